// Small hand-made cards, so each test shows the facts it depends on.
import type { Card } from '$lib/decks/schema';

type CardInput = Partial<Card> & Pick<Card, 'id' | 'kind' | 'answer'>;

export function card(input: CardInput): Card {
	return {
		prompt: `Question for ${input.id}?`,
		source: { doc: 'test.txt', section: '', excerpt: 'An excerpt.' },
		...input
	};
}

const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** Date cards from 2005 to 2024, one every few months: "March 2016", when "2016-03". */
export const dateCards: Card[] = Array.from({ length: 40 }, (_, i) => {
	const year = 2005 + Math.floor(i / 2);
	const monthIndex = (i * 5) % MONTHS.length;
	const month = String(monthIndex * 2 + 1).padStart(2, '0');
	return card({
		id: `date-${i}`,
		kind: 'date',
		prompt: `When did event ${i} happen?`,
		note: `Event ${i} happened.`,
		answer: `${MONTHS[monthIndex]} ${year}`,
		when: `${year}-${month}`
	});
});

export const quoteCards: Card[] = [
	['q-xi-1', 'Xi Jinping', 'We will never seek hegemony'],
	['q-xi-2', 'Xi Jinping', 'The Pacific Ocean is big enough'],
	['q-wang', 'Wang Yi', 'Friends are in our hearts'],
	['q-li', 'Li Keqiang', 'Open the door wider'],
	['q-obama', 'Barack Obama', 'We welcome a rising China'],
	['q-putin', 'Vladimir Putin', 'Our friendship has no limits'],
	['q-modi', 'Narendra Modi', 'Asia is rising together'],
	['q-trump', 'Donald Trump', 'A great relationship'],
	['q-biden', 'Joe Biden', 'Competition, not conflict']
].map(([id, speaker, quote]) =>
	card({
		id: id as string,
		kind: 'quote-speaker',
		prompt: `Who said “${quote}”?`,
		answer: speaker as string,
		speaker
	})
);

/** Every event happens in a different year, so any order of them is unambiguous. */
export const eventCards: Card[] = Array.from({ length: 12 }, (_, i) =>
	card({
		id: `event-${i}`,
		kind: 'event',
		prompt: `What happened in ${2012 + i}?`,
		answer: `Event number ${i}`,
		when: `${2012 + i}-0${1 + (i % 9)}-15`,
		country: ['Russia', 'India', 'Japan', 'Brazil', 'Kenya', 'France'][i % 6] as string
	})
);
