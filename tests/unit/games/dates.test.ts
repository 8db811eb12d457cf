import { describe, expect, it } from 'vitest';
import { decks } from '$lib/decks/load';
import { asPreciseAs, dateAnswerText } from '$lib/games/dates';

describe('dateAnswerText: the answer a date card shows', () => {
	it('shows the full date when the card knows more than its answer says', () => {
		expect(dateAnswerText({ answer: '2016', when: '2016-03-12' })).toBe('12 March 2016');
		expect(dateAnswerText({ answer: 'March 2016', when: '2016-03-12' })).toBe('12 March 2016');
		expect(dateAnswerText({ answer: '2016', when: '2016-03' })).toBe('March 2016');
	});

	it('shows the answer itself when it is already as precise', () => {
		expect(dateAnswerText({ answer: '12 March 2016', when: '2016-03-12' })).toBe('12 March 2016');
		expect(dateAnswerText({ answer: 'March 12, 2016', when: '2016-03-12' })).toBe('March 12, 2016');
		expect(dateAnswerText({ answer: 'March 2016', when: '2016-03' })).toBe('March 2016');
	});

	it('keeps a range of days whole, though its when holds only the first day', () => {
		expect(dateAnswerText({ answer: '20–22 March 2023', when: '2023-03-20' })).toBe(
			'20–22 March 2023'
		);
	});

	it('shows the answer when there is no when, or one that names another date', () => {
		expect(dateAnswerText({ answer: 'March 2016' })).toBe('March 2016');
		expect(dateAnswerText({ answer: '2016', when: '2017-03-12' })).toBe('2016');
		expect(dateAnswerText({ answer: 'the late 1990s', when: '1998' })).toBe('the late 1990s');
	});

	it("shows the generated card on Xi Jinping's visit to Russia with both days", () => {
		const visit = decks
			.flatMap((d) => d.cards)
			.find(
				(c) => c.kind === 'date' && c.prompt.startsWith('On what dates did Xi Jinping visit Russia')
			);
		expect(visit?.when).toBe('2023-03-20');
		expect(visit && dateAnswerText(visit)).toBe('20–22 March 2023');
	});
});

describe('asPreciseAs', () => {
	it('takes another spelling of the same precision, or a more precise one', () => {
		expect(asPreciseAs('March 12, 2016', '12 March 2016')).toBe(true);
		expect(asPreciseAs('2016-03', 'March 2016')).toBe(true);
		expect(asPreciseAs('12 March 2016', 'March 2016')).toBe(true);
	});

	it('refuses a vaguer one: the month, the year, or a day without its year', () => {
		expect(asPreciseAs('March 2016', '12 March 2016')).toBe(false);
		expect(asPreciseAs('2016', '12 March 2016')).toBe(false);
		expect(asPreciseAs('12 March', '12 March 2016')).toBe(false);
	});

	it('takes a range only written as a range, with its year', () => {
		expect(asPreciseAs('March 20–22, 2023', '20–22 March 2023')).toBe(true);
		expect(asPreciseAs('20 March 2023', '20–22 March 2023')).toBe(false);
		expect(asPreciseAs('March 2023', '20–22 March 2023')).toBe(false);
		expect(asPreciseAs('20 March', '20–22 March 2023')).toBe(false);
	});
});
