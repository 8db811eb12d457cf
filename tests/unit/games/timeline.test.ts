import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/decks/schema';
import {
	TimelineGame,
	cardDate,
	createTimelineRound,
	dayNumber,
	kendallScore,
	moveDown,
	moveItem,
	moveUp,
	type TimelineRound
} from '$lib/games';
import { card, dateCards, eventCards } from './fixtures';

const round = (seed = 'tl', cards: Card[] = eventCards, events = 6) =>
	createTimelineRound({ seed, settings: { events } }, cards);

const dateOf = (r: TimelineRound, i: number, cards: Card[]) =>
	cardDate(cards.find((c) => c.id === r.events[i]?.cardId) as Card)!;

describe('kendallScore', () => {
	it('gives n(n−1)/2 for the true order', () => {
		expect(kendallScore([0, 1, 2, 3, 4, 5])).toEqual({ correct: 15, total: 15 });
	});

	it('gives 0 for the reversed order', () => {
		expect(kendallScore([4, 3, 2, 1, 0])).toEqual({ correct: 0, total: 10 });
	});

	it('loses one pair for one swap of neighbours', () => {
		expect(kendallScore([0, 2, 1, 3, 4])).toEqual({ correct: 9, total: 10 });
	});

	it('loses more for moving the last event to the front than for a neighbour swap', () => {
		expect(kendallScore([4, 0, 1, 2, 3]).correct).toBe(6);
	});
});

describe('moving items', () => {
	it('moves an item to a new position', () => {
		expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
	});

	it('moves one step up or down, and stays put at the ends', () => {
		expect(moveUp(['a', 'b', 'c'], 1)).toEqual(['b', 'a', 'c']);
		expect(moveDown(['a', 'b', 'c'], 1)).toEqual(['a', 'c', 'b']);
		expect(moveUp(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
		expect(moveDown(['a', 'b', 'c'], 2)).toEqual(['a', 'b', 'c']);
	});
});

describe('createTimelineRound', () => {
	it('lists the chosen number of events in true chronological order', () => {
		for (const events of [5, 6, 7, 8]) {
			const r = round('s', eventCards, events);
			expect(r.events).toHaveLength(events);
			const days = r.events.map((_, i) => dayNumber(dateOf(r, i, eventCards)));
			expect([...days].sort((a, b) => a - b)).toEqual(days);
		}
	});

	it('uses distinct years when the deck has enough of them', () => {
		for (let i = 0; i < 30; i++) {
			const r = round(`y${i}`, dateCards, 8);
			const years = r.events.map((_, j) => dateOf(r, j, dateCards).year);
			expect(new Set(years).size).toBe(8);
		}
	});

	it('spreads the events over the whole period', () => {
		for (let i = 0; i < 30; i++) {
			const r = round(`p${i}`, eventCards, 6);
			expect(dateOf(r, 0, eventCards).year).toBeLessThanOrEqual(2013);
			expect(dateOf(r, 5, eventCards).year).toBeGreaterThanOrEqual(2022);
		}
	});

	it('never puts two events of the same month (or an open month) on one timeline', () => {
		const crowded = [
			...['01', '03', '05', '07', '09', '11'].map((m) =>
				card({ id: `e16-${m}`, kind: 'event', answer: `2016 event ${m}`, when: `2016-${m}-10` })
			),
			card({ id: 'e16-03b', kind: 'event', answer: 'Also March 2016', when: '2016-03-20' }),
			card({ id: 'e16', kind: 'event', answer: 'Sometime in 2016', when: '2016' }),
			card({ id: 'e17', kind: 'event', answer: 'In 2017', when: '2017' })
		];
		for (let i = 0; i < 30; i++) {
			const r = round(`c${i}`, crowded, 6);
			const dates = r.events.map((_, j) => dateOf(r, j, crowded));
			const months = dates.map((d) => `${d.year}-${d.month ?? 'open'}`);
			expect(new Set(months).size).toBe(months.length);
			if (months.some((m) => m === '2016-open')) {
				expect(dates.filter((d) => d.year === 2016)).toHaveLength(1);
			}
		}
	});

	it('starts unsolved, the same for the same seed', () => {
		for (let i = 0; i < 30; i++) {
			const r = round(`u${i}`);
			expect(kendallScore(r.start).correct).toBeLessThan(kendallScore(r.start).total);
		}
		expect(round('same')).toEqual(round('same'));
		expect(round('same')).not.toEqual(round('other'));
	});
});

describe('TimelineGame', () => {
	const solve = (game: TimelineGame) => {
		// Selection sort with single moves, as a keyboard user would do it.
		for (let target = 0; target < game.order.length; target++) {
			game.move(game.order.indexOf(target), target);
		}
	};

	it('scores the full n(n−1)/2 once the order is right, and locks on submit', () => {
		const game = new TimelineGame(round());
		solve(game);
		expect(game.submit(30_000)).toEqual({ correct: 15, total: 15 });
		expect(game.done).toBe(true);
		game.moveUp(3);
		expect(game.score.correct).toBe(15);
	});

	it('shows the events in the player’s order', () => {
		const game = new TimelineGame(round());
		const first = game.events[1];
		game.moveUp(1);
		expect(game.events[0]).toEqual(first);
	});

	it('resumes identically after being serialised mid-game', () => {
		const game = new TimelineGame(round());
		game.moveDown(0);
		game.moveUp(4);
		const resumed = new TimelineGame(game.toString());
		expect(resumed.order).toEqual(game.order);
		solve(resumed);
		solve(game);
		expect(resumed.toString()).toBe(game.toString());
		expect(resumed.submit(1000)).toEqual(game.submit(1000));
	});

	it('refuses to restore an order that drops an event', () => {
		const saved = JSON.parse(new TimelineGame(round()).toString()) as { order: number[] };
		saved.order = [0, 1, 2];
		expect(() => new TimelineGame(JSON.stringify(saved))).toThrow();
	});
});

describe('timeline event texts', () => {
	const dateCard = (id: string, when: string, note?: string): Card => ({
		id,
		kind: 'date',
		prompt: `In which year did event ${id} happen?`,
		answer: when.slice(0, 4),
		when,
		...(note ? { note } : {}),
		source: { doc: 't.txt', section: '', excerpt: `Event ${id}.` }
	});

	it('shows a date card as its statement, unless the statement gives the date away', () => {
		const cards = [
			dateCard('a', '1990', 'Ruritania joined the league.'),
			dateCard('b', '1995', 'In 1995, Freedonia left the league.'),
			dateCard('c', '2000'),
			dateCard('d', '2005', 'A treaty was signed.'),
			dateCard('e', '2010', 'A summit was held.')
		];
		const round = createTimelineRound({ seed: 'texts', settings: { events: 5 } }, cards);
		const text = (id: string) => round.events.find((e) => e.cardId === id)?.text;
		expect(text('a')).toBe('Ruritania joined the league.');
		expect(text('b')).toBe('In which year did event b happen?');
		expect(text('c')).toBe('In which year did event c happen?');
	});
});
