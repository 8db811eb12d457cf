import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/decks/schema';
import { CramSession, studyCards, studyStatus } from '$lib/review/study';
import { newCardState } from '$lib/srs/card';

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

describe('studyStatus', () => {
	const now = new Date('2026-03-10T12:00:00Z');
	const later = (ms: number) => new Date(now.getTime() + ms);
	const fresh = newCardState('a', now);

	it('a card never studied says so', () => {
		expect(studyStatus(undefined, now)).toBe('not studied yet');
		expect(studyStatus(fresh, now)).toBe('not studied yet');
	});

	it('a learning card says when it comes back, a review card when it is due', () => {
		expect(studyStatus({ ...fresh, state: 'learning', due: later(10 * 60_000) }, now)).toBe(
			'learning, back in 10m'
		);
		expect(studyStatus({ ...fresh, state: 'review', due: later(8 * 86_400_000) }, now)).toBe(
			'in review, due in 8d'
		);
		expect(studyStatus({ ...fresh, state: 'review', due: now }, now)).toBe('due now');
	});

	it('a card added to today, or suspended, says that first', () => {
		const added = { ...fresh, addedUntil: later(3_600_000) };
		expect(studyStatus(added, now)).toBe('in today’s review');
		expect(studyStatus({ ...added, addedUntil: now }, now)).toBe('not studied yet');
		expect(studyStatus({ ...added, state: 'review', suspended: true }, now)).toBe('suspended');
	});
});
