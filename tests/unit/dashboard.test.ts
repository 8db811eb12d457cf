import { describe, expect, it } from 'vitest';
import type { Deck } from '$lib/decks/schema';
import { deckProgress } from '$lib/review/dashboard';
import { newCardState, type CardState } from '$lib/srs/card';

const now = new Date(2026, 0, 10, 12);
const source = { doc: 't.txt', section: '', excerpt: 'x' };
const deck = (id: string, ids: string[]): Deck => ({
	id,
	title: id,
	description: id,
	cards: ids.map((c) => ({ id: c, kind: 'event', prompt: `${c}?`, answer: c, source }))
});

const state = (id: string, patch: Partial<CardState>): CardState => ({
	...newCardState(id, now),
	...patch
});

describe('deckProgress', () => {
	it('sorts each deck’s cards into new, learning, young and mature, and counts today’s', () => {
		const states = new Map([
			['a2', state('a2', { state: 'learning' })],
			['a3', state('a3', { state: 'review', scheduledDays: 5 })],
			['a4', state('a4', { state: 'review', scheduledDays: 30 })],
			['b1', state('b1', { state: 'relearning' })]
		]);
		const rows = deckProgress([deck('a', ['a1', 'a2', 'a3', 'a4']), deck('b', ['b1'])], states, [
			'a1',
			'b1'
		]);
		expect(rows[0]).toMatchObject({
			total: 4,
			new: 1,
			learning: 1,
			young: 1,
			mature: 1,
			dueToday: 1
		});
		expect(rows[1]).toMatchObject({ total: 1, new: 0, learning: 1, dueToday: 1 });
	});
});
