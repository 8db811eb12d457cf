import { describe, expect, it } from 'vitest';
import { checkAnswer, normalizeAnswer } from '$lib/games';
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

describe('normalizeAnswer', () => {
	it('keeps a decimal point, so 1.5 and 15 stay different', () => {
		expect(normalizeAnswer('1.5 trillion')).not.toBe(normalizeAnswer('15 trillion'));
		expect(normalizeAnswer('1,5 trillion')).toBe(normalizeAnswer('1.5 trillion'));
	});

	it('reads & as and', () => {
		expect(normalizeAnswer('Belt & Road')).toBe(normalizeAnswer('Belt and Road'));
	});
});
