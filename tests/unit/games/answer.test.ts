import { describe, expect, it } from 'vitest';
import { checkAnswer, normalizeAnswer } from '$lib/games/answer';
import { card } from './fixtures';

const speaker = card({ id: 'q', kind: 'quote-speaker', answer: 'Xi Jinping', accept: ['Xi'] });
const doctrine = card({
	id: 'd',
	kind: 'doctrine-name',
	answer: 'Community with a Shared Future for Mankind',
	accept: ['community of common destiny']
});
const date = card({ id: 'dt', kind: 'date', answer: 'March 2016', accept: ['2016-03'] });
const country = card({ id: 'c', kind: 'country', answer: 'Iran' });
const figure = card({ id: 'f', kind: 'figure', answer: '350,000 miles' });

describe('checkAnswer', () => {
	it('ignores case', () => {
		expect(checkAnswer('xi jinping', speaker)).toBe('correct');
		expect(checkAnswer('march 2016', date)).toBe('correct');
	});

	it('ignores accents', () => {
		expect(checkAnswer('Xí Jìnpíng', speaker)).toBe('correct');
	});

	it('ignores punctuation and spacing', () => {
		expect(checkAnswer('  Xi-Jinping. ', speaker)).toBe('correct');
		expect(checkAnswer('XiJinping', speaker)).toBe('correct');
		expect(checkAnswer('350000 miles', figure)).toBe('correct');
	});

	it('ignores a leading article', () => {
		expect(checkAnswer('the community with a shared future for mankind', doctrine)).toBe('correct');
	});

	it('accepts anything in the accept list', () => {
		expect(checkAnswer('XI', speaker)).toBe('correct');
		expect(checkAnswer('Community of Common Destiny', doctrine)).toBe('correct');
	});

	it('calls one typo close', () => {
		expect(checkAnswer('Xi Jinpign', speaker)).toBe('close');
		expect(checkAnswer('Community with a Shared Futur for Mankind', doctrine)).toBe('close');
		expect(checkAnswer('Marhc 2016', date)).toBe('close');
	});

	it('calls a different answer wrong', () => {
		expect(checkAnswer('Wang Yi', speaker)).toBe('wrong');
		expect(checkAnswer('', speaker)).toBe('wrong');
		expect(checkAnswer('...', speaker)).toBe('wrong');
	});

	it('never calls a different number close, even one digit away', () => {
		expect(checkAnswer('March 2015', date)).toBe('wrong');
		expect(checkAnswer('350,001 miles', figure)).toBe('wrong');
	});

	it('does not forgive typos in short words, where one letter makes another answer', () => {
		expect(checkAnswer('Iraq', country)).toBe('wrong');
	});

	it('accepts the same date written another way, but not a less precise one', () => {
		expect(checkAnswer('12 March 2016', date)).toBe('correct');
		expect(checkAnswer('Mar 2016', date)).toBe('correct');
		expect(checkAnswer('2016-03-12', date)).toBe('correct');
		expect(checkAnswer('the 12th of march, 2016', date)).toBe('correct');
		expect(checkAnswer('2016', date)).toBe('wrong');
		expect(checkAnswer('April 2016', date)).toBe('wrong');
	});
});

describe('checkAnswer on a full date', () => {
	const day = card({
		id: 'day',
		kind: 'date',
		answer: '12 March 2016',
		accept: ['March 12, 2016']
	});
	const range = card({
		id: 'range',
		kind: 'date',
		answer: '20–22 March 2023',
		accept: ['March 20–22, 2023']
	});

	it('accepts the same day written another way', () => {
		for (const given of ['12 March 2016', 'March 12, 2016', '12 Mar 2016', '2016-03-12']) {
			expect(checkAnswer(given, day), given).toBe('correct');
		}
	});

	it('calls the year alone, the month alone or the day without its year wrong, not close', () => {
		for (const given of ['2016', 'march 2016', 'Mar 2016', '2016-03', '12 March']) {
			expect(checkAnswer(given, day), given).toBe('wrong');
		}
	});

	it('accepts a range of days with a hyphen or month first, but not one day of it', () => {
		for (const given of ['20–22 March 2023', '20-22 March 2023', 'March 20-22, 2023']) {
			expect(checkAnswer(given, range), given).toBe('correct');
		}
		for (const given of ['20 March 2023', 'March 2023', '2023', '21-22 March 2023']) {
			expect(checkAnswer(given, range), given).toBe('wrong');
		}
	});

	it('ignores vaguer forms that decks made before this rule list among the accepted answers', () => {
		const old = card({
			id: 'old',
			kind: 'date',
			answer: '12 March 2016',
			accept: ['March 12, 2016', '12 March', 'March 2016', '2016']
		});
		expect(checkAnswer('2016', old)).toBe('wrong');
		expect(checkAnswer('March 2016', old)).toBe('wrong');
		expect(checkAnswer('12 March', old)).toBe('wrong');
		expect(checkAnswer('March 12, 2016', old)).toBe('correct');
		const oldRange = card({
			id: 'old-range',
			kind: 'date',
			answer: '20–22 March 2023',
			accept: ['March 20, 2023', '20 March', '20 March 2023', 'March 2023', '2023']
		});
		for (const given of ['March 20, 2023', '20 March', '20 March 2023', 'March 2023', '2023']) {
			expect(checkAnswer(given, oldRange), given).toBe('wrong');
		}
		expect(checkAnswer('20-22 March 2023', oldRange)).toBe('correct');
	});

	it('leaves the accept list of other kinds alone, however short', () => {
		expect(checkAnswer('Xi', speaker)).toBe('correct');
	});
});

describe('normalizeAnswer', () => {
	it('keeps a decimal point, so 1.5 and 15 stay different', () => {
		expect(normalizeAnswer('1.5 trillion')).not.toBe(normalizeAnswer('15 trillion'));
		expect(normalizeAnswer('1,5 trillion')).toBe(normalizeAnswer('1.5 trillion'));
	});

	it('reads & as and', () => {
		expect(normalizeAnswer('Belt & Road')).toBe(normalizeAnswer('Belt and Road'));
	});
});
