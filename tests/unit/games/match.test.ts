import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { Card } from '$lib/decks/schema';
import { decks } from '$lib/decks/load';
import { normalizeAnswer } from '$lib/games/answer';
import { parseWhen, datesOverlap } from '$lib/games/dates';
import {
	canMatch,
	MatchGame,
	createMatchBoard,
	defaultPairing,
	type MatchBoard
} from '$lib/games/match';
import { MatchSettingsSchema, type MatchSettings } from '$lib/games/settings';
import { card, dateCards, eventCards, quoteCards } from './fixtures';

const settings = (overrides: Partial<MatchSettings> = {}): MatchSettings => ({
	...v.parse(MatchSettingsSchema, {}),
	...overrides
});
const board = (
	seed = 'board',
	cards: Card[] = quoteCards,
	overrides: Partial<MatchSettings> = {}
) => createMatchBoard({ seed, settings: settings(overrides) }, cards);

/** Position in the right column of the partner of the left item at `leftIndex`. */
const partnerOf = (b: MatchBoard, leftIndex: number) =>
	b.right.indexOf(b.left[leftIndex] as number);

describe('createMatchBoard', () => {
	it('lays out 6 pairs of quotes and speakers by default', () => {
		const b = board();
		expect(b.pairs).toHaveLength(6);
		for (const pair of b.pairs) {
			const source = quoteCards.find((c) => c.id === pair.cardId) as Card;
			expect(source.prompt).toContain(pair.left);
			expect(pair.right).toBe(source.answer);
		}
	});

	it('shows the quote, not the question around it', () => {
		const texts = board().pairs.map((p) => p.left);
		for (const text of texts) expect(text).not.toMatch(/Who said/);
	});

	it('never has two pairs with the same left or the same right text (one Xi quote per board)', () => {
		for (let i = 0; i < 50; i++) {
			const b = board(`s${i}`);
			const rights = b.pairs.map((p) => normalizeAnswer(p.right));
			const lefts = b.pairs.map((p) => normalizeAnswer(p.left));
			expect(new Set(rights).size).toBe(rights.length);
			expect(new Set(lefts).size).toBe(lefts.length);
		}
	});

	it('gives the same board for the same seed and another for another seed', () => {
		expect(board('a')).toEqual(board('a'));
		expect(board('a')).not.toEqual(board('b'));
	});

	it('has fewer pairs when the cards do not offer six distinct ones', () => {
		expect(board('s', quoteCards.slice(0, 4)).pairs).toHaveLength(3);
	});

	it('never puts overlapping dates on a date-event board', () => {
		const clash = [
			card({ id: 'y', kind: 'date', answer: '2016', when: '2016', prompt: 'Year event?' }),
			...dateCards.filter((c) => c.when?.startsWith('2016'))
		];
		for (let i = 0; i < 20; i++) {
			const b = board(`d${i}`, clash, { pairing: 'date-event' });
			const dates = b.pairs.map((p) => parseWhen(clash.find((c) => c.id === p.cardId)?.when ?? ''));
			for (const [i, a] of dates.entries()) {
				for (const d of dates.slice(i + 1)) expect(datesOverlap(a!, d!)).toBe(false);
			}
		}
	});

	it('pairs countries with events and dates with events', () => {
		const countries = board('c', eventCards, { pairing: 'country-event' });
		expect(countries.pairs.map((p) => p.left).sort()).toEqual([
			'Brazil',
			'France',
			'India',
			'Japan',
			'Kenya',
			'Russia'
		]);
		const dates = board('d', eventCards, { pairing: 'date-event' });
		expect(dates.pairs).toHaveLength(6);
		for (const p of dates.pairs) expect(p.left).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
	});

	it('shows each fact once, through the card that reads as a statement', () => {
		const fact = [
			card({
				id: 'n',
				kind: 'doctrine-name',
				answer: 'cloud diplomacy',
				prompt: 'Which term?',
				sibling: 'cloud'
			}),
			card({
				id: 'm',
				kind: 'doctrine',
				answer: 'Video meetings',
				prompt: 'What does "cloud diplomacy" mean?',
				sibling: 'cloud'
			})
		];
		for (const seed of ['a', 'b', 'c', 'd']) {
			expect(board(seed, fact, { pairing: 'concept-meaning' }).pairs).toEqual([
				{ cardId: 'm', left: 'cloud diplomacy', right: 'Video meetings' }
			]);
		}
	});

	it('picks the pairing with the most pairs for a deck', () => {
		expect(defaultPairing(quoteCards)).toBe('quote-speaker');
		expect(defaultPairing(dateCards)).toBe('date-event');
	});
});

describe('MatchGame', () => {
	it('makes a pair from one item of each column', () => {
		const game = new MatchGame(board());
		expect(game.select('left', 0, 1000)).toBe('selected');
		expect(game.select('right', partnerOf(game.board, 0), 2000)).toBe('pair');
		expect(game.matchedCount).toBe(1);
		expect(game.isMatched('left', 0)).toBe(true);
		expect(game.select('left', 0, 2500)).toBe('ignored');
	});

	it('counts a wrong pairing as a miss that costs the penalty', () => {
		const game = new MatchGame(board());
		game.select('right', (partnerOf(game.board, 0) + 1) % 6, 1000);
		expect(game.select('left', 0, 2000)).toBe('miss');
		expect(game.misses).toBe(1);
		expect(game.timeMs(2000)).toBe(2000 + game.board.settings.missPenaltyMs);
		expect(game.selected).toBeNull();
	});

	it('moves the selection within a column and clears it when picked again', () => {
		const game = new MatchGame(board());
		game.select('left', 0, 0);
		expect(game.select('left', 1, 0)).toBe('selected');
		expect(game.selected).toEqual({ side: 'left', index: 1 });
		expect(game.select('left', 1, 0)).toBe('deselected');
		expect(game.selected).toBeNull();
	});

	it('finishes when every pair is made, with misses added to the final time', () => {
		const game = new MatchGame(board());
		game.select('left', 0, 500);
		game.select('right', (partnerOf(game.board, 0) + 1) % 6, 900);
		for (let i = 0; i < 6; i++) {
			expect(game.done).toBe(false);
			game.select('left', i, 1000 * (i + 1));
			game.select('right', partnerOf(game.board, i), 1000 * (i + 1) + 500);
		}
		expect(game.done).toBe(true);
		expect(game.finalTimeMs).toBe(6500 + game.board.settings.missPenaltyMs);
		// The clock stops: later ticks do not change the result.
		expect(game.timeMs(99_000)).toBe(game.finalTimeMs);
	});

	it('resumes identically after being serialised mid-game', () => {
		const play = (game: MatchGame, from: number, to: number) => {
			for (let i = from; i < to; i++) {
				game.select('left', i, 1000 * i);
				game.select('right', partnerOf(game.board, i) ^ (i === 2 ? 1 : 0), 1000 * i + 400);
			}
		};
		const straight = new MatchGame(board());
		play(straight, 0, 6);
		const interrupted = new MatchGame(board());
		play(interrupted, 0, 3);
		interrupted.select('left', 3, 3000);
		const resumed = new MatchGame(interrupted.toString());
		expect(resumed.selected).toEqual({ side: 'left', index: 3 });
		resumed.select('right', partnerOf(resumed.board, 3), 3400);
		play(resumed, 4, 6);
		expect(resumed.toString()).toBe(straight.toString());
		expect(resumed.timeMs()).toBe(straight.timeMs());
	});

	it('refuses to restore a board whose columns do not show every pair once', () => {
		const saved = JSON.parse(new MatchGame(board()).toString()) as { board: { left: number[] } };
		saved.board.left = [0, 0, 0, 0, 0, 0];
		expect(() => new MatchGame(JSON.stringify(saved))).toThrow();
	});
});

describe('canMatch', () => {
	it('is true for a deck of quotes and false for a deck with nothing to pair', () => {
		const byId = (id: string) => decks.find((d) => d.id === id)!.cards;
		expect(canMatch(byId('quotes'))).toBe(true);
		expect(canMatch(byId('figures'))).toBe(false);
		expect(canMatch([])).toBe(false);
	});
});
