import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/decks/schema';
import { CramSession, studyCards } from '$lib/review/study';

const card = (id: string, tags: string[] = []): Card => ({
	id,
	kind: 'event',
	prompt: `Question ${id}?`,
	answer: `Answer ${id}`,
	tags,
	source: { doc: 'test.txt', section: '', excerpt: 'Invented.' }
});

const deck = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => card(id, i % 2 ? ['odd'] : []));

describe('studyCards', () => {
	it('keeps deck order unless shuffled', () => {
		expect(studyCards(deck, { seed: null, tag: '' }).map((c) => c.id)).toEqual([
			'a',
			'b',
			'c',
			'd',
			'e',
			'f'
		]);
	});

	it('shuffles the same way for the same seed, and every card stays', () => {
		const one = studyCards(deck, { seed: 'x1', tag: '' }).map((c) => c.id);
		expect(studyCards(deck, { seed: 'x1', tag: '' }).map((c) => c.id)).toEqual(one);
		expect([...one].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		const orders = new Set(
			['s1', 's2', 's3', 's4'].map((s) =>
				studyCards(deck, { seed: s, tag: '' })
					.map((c) => c.id)
					.join()
			)
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	it('filters by tag', () => {
		expect(studyCards(deck, { seed: null, tag: 'odd' }).map((c) => c.id)).toEqual(['b', 'd', 'f']);
	});
});

describe('CramSession', () => {
	it('sends a missed card to the back until it is known', () => {
		const cram = new CramSession(['a', 'b', 'c']);
		cram.answer(false); // a missed
		expect(cram.current).toBe('b');
		cram.answer(true);
		cram.answer(true);
		expect(cram.current).toBe('a');
		expect(cram.done).toBe(false);
		cram.answer(true);
		expect(cram.done).toBe(true);
		expect(cram.misses).toBe(1);
		expect(cram.firstTime).toBe(2);
	});
});
