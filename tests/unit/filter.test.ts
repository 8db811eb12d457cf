import { describe, expect, it } from 'vitest';
import { splitAroundExcerpt } from '$lib/decks/excerpt';
import { filterCards, tagCounts } from '$lib/decks/filter';
import type { Card } from '$lib/decks/schema';

const card = (id: string, prompt: string, answer: string, tags: string[]): Card => ({
	id,
	kind: 'event',
	prompt,
	answer,
	tags,
	source: { doc: 'test.txt', section: 'Ruritania', excerpt: `${prompt} ${answer}` }
});

const cards = [
	card('a', 'What did the Ruritanian Prime Minister sign in 1999?', 'A trade pact', ['ruritania']),
	card('b', 'Where did Nguyễn travel in 2004?', 'To Freedonia', ['freedonia', '2004']),
	card('c', 'What did Freedonia agree in 2004?', 'A ceasefire', ['freedonia', '2004'])
];

describe('filterCards', () => {
	it('matches every word of the query, in any field, ignoring case and accents', () => {
		expect(filterCards(cards, { query: 'nguyen FREEDONIA', tag: '' }).map((c) => c.id)).toEqual([
			'b'
		]);
	});

	it('keeps only cards with the chosen tag', () => {
		expect(filterCards(cards, { query: '', tag: '2004' }).map((c) => c.id)).toEqual(['b', 'c']);
	});

	it('returns every card for an empty filter', () => {
		expect(filterCards(cards, { query: '  ', tag: '' })).toHaveLength(3);
	});
});

describe('tagCounts', () => {
	it('lists the most used tags first', () => {
		expect(tagCounts(cards)[0]).toEqual({ tag: '2004', count: 2 });
		expect(tagCounts(cards).map((t) => t.tag)).toContain('ruritania');
	});
});

describe('splitAroundExcerpt', () => {
	it('splits a passage around the excerpt so it can be highlighted in place', () => {
		const split = splitAroundExcerpt('One. Two three. Four.', 'Two three.');
		expect(split).toEqual({ before: 'One. ', excerpt: 'Two three.', after: ' Four.' });
	});

	it('reports an excerpt that is not in the passage', () => {
		expect(splitAroundExcerpt('One. Two.', 'Three.')).toBeUndefined();
	});
});
