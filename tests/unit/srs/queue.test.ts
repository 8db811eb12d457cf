import { describe, expect, it } from 'vitest';
import {
	addToToday,
	bury,
	newCardState,
	suspend,
	type CardState,
	type ReviewLogEntry
} from '$lib/srs/card';
import { buildQueue } from '$lib/srs/queue';
import { rate } from '$lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';

const settings = DEFAULT_SETTINGS;
const DAY = 86_400_000;
const now = new Date(2025, 2, 10, 9, 0);

const cards = (n: number, prefix = 'c') =>
	Array.from(
		{ length: n },
		(_, i) => ({ id: `${prefix}${i}` }) as { id: string; sibling?: string }
	);

/** A card in review state, due at `due`. */
function reviewState(id: string, due: Date): CardState {
	const start = new Date(due.getTime() - 30 * DAY);
	let state = rate(newCardState(id, start), 'easy', start, settings).state;
	state = { ...state, state: 'review', due };
	return state;
}

function learningState(id: string, due: Date): CardState {
	return { ...rate(newCardState(id, now), 'again', now, settings).state, due };
}

function log(cardId: string, state: ReviewLogEntry['state'], review: Date): ReviewLogEntry {
	return {
		cardId,
		rating: 'good',
		state,
		review,
		due: new Date(review.getTime() + DAY),
		scheduledDays: 1,
		stability: 1,
		difficulty: 5,
		source: 'review'
	};
}

const queue = (input: Partial<Parameters<typeof buildQueue>[0]>) =>
	buildQueue({ cards: [], states: new Map(), todayLogs: [], settings, now, ...input });

describe("today's queue", () => {
	it('shows due learning cards, then due reviews, then new cards', () => {
		const states = new Map([
			['r1', reviewState('r1', new Date(now.getTime() - DAY))],
			['l1', learningState('l1', new Date(now.getTime() - 60_000))]
		]);
		const q = queue({ cards: [{ id: 'n1' }, { id: 'r1' }, { id: 'l1' }], states });
		expect(q.ids).toEqual(['l1', 'r1', 'n1']);
		expect(q.counts).toEqual({ new: 1, learning: 1, review: 1 });
	});

	it('introduces at most 20 new cards a day by default, in deck order', () => {
		const q = queue({ cards: cards(50) });
		expect(q.counts.new).toBe(20);
		expect(q.ids[0]).toBe('c0');
		expect(q.ids[19]).toBe('c19');
	});

	it('counts new cards introduced earlier today against the limit', () => {
		const earlier = new Date(now.getTime() - 3_600_000);
		const todayLogs = ['x0', 'x1', 'x2', 'x3', 'x4'].map((id) => log(id, 'new', earlier));
		const q = queue({ cards: cards(50), todayLogs });
		expect(q.counts.new).toBe(15);
		expect(q.doneToday.new).toBe(5);
	});

	it('caps reviews at the daily maximum, counting reviews already done today', () => {
		const states = new Map(
			cards(300).map(({ id }) => [id, reviewState(id, new Date(now.getTime() - DAY))])
		);
		expect(queue({ cards: cards(300), states }).counts.review).toBe(200);
		const todayLogs = cards(50, 'done').map(({ id }) => log(id, 'review', now));
		expect(queue({ cards: cards(300), states, todayLogs }).counts.review).toBe(150);
	});

	it('shows the most overdue reviews first', () => {
		const states = new Map([
			['a', reviewState('a', new Date(now.getTime() - DAY))],
			['b', reviewState('b', new Date(now.getTime() - 5 * DAY))]
		]);
		expect(queue({ cards: [{ id: 'a' }, { id: 'b' }], states }).ids).toEqual(['b', 'a']);
	});

	it('leaves out reviews due tomorrow, suspended cards and buried cards', () => {
		const states = new Map([
			['tomorrow', reviewState('tomorrow', new Date(2025, 2, 11, 5, 0))],
			['later-today', reviewState('later-today', new Date(2025, 2, 10, 23, 0))],
			['suspended', suspend(newCardState('suspended', now))],
			['buried', bury(newCardState('buried', now), now, 4)]
		]);
		const q = queue({
			cards: [{ id: 'tomorrow' }, { id: 'later-today' }, { id: 'suspended' }, { id: 'buried' }],
			states
		});
		expect(q.ids).toEqual(['later-today']);
	});

	it('brings a buried card back when the next study day starts', () => {
		const states = new Map([['b', bury(newCardState('b', now), now, 4)]]);
		const nextMorning = new Date(2025, 2, 11, 4, 0);
		expect(queue({ cards: [{ id: 'b' }], states, now: nextMorning }).ids).toEqual(['b']);
	});

	it('does not show two siblings of the same fact on the same day', () => {
		const siblings = [{ id: 'a', sibling: 'fact' }, { id: 'b', sibling: 'fact' }, { id: 'c' }];
		expect(queue({ cards: siblings }).ids).toEqual(['a', 'c']);
		// 'a' was answered earlier today, so 'b' waits for tomorrow too.
		const todayLogs = [log('a', 'new', now)];
		const states = new Map([['a', reviewState('a', new Date(now.getTime() + 3 * DAY))]]);
		expect(queue({ cards: siblings, states, todayLogs }).ids).toEqual(['c']);
	});

	it('adds a card by hand regardless of the limits', () => {
		const states = new Map([['c30', addToToday(newCardState('c30', now), now, 4)]]);
		const q = queue({ cards: cards(50), states, settings: { ...settings, newCardsPerDay: 0 } });
		expect(q.ids).toEqual(['c30']);
	});

	it('shows a learning card due in a few minutes when nothing else is left', () => {
		const states = new Map([['l', learningState('l', new Date(now.getTime() + 5 * 60_000))]]);
		const q = queue({
			cards: [{ id: 'l' }, { id: 'r' }],
			states,
			settings: { ...settings, newCardsPerDay: 0 }
		});
		expect(q.ids).toEqual(['l']);
		const farther = new Map([['l', learningState('l', new Date(now.getTime() + 60 * 60_000))]]);
		const waiting = queue({ cards: [{ id: 'l' }], states: farther });
		expect(waiting.ids).toEqual([]);
		expect(waiting.laterToday).toBe(1);
		expect(waiting.nextDue).toEqual(new Date(now.getTime() + 60 * 60_000));
	});
});

describe('the day boundary (4 a.m. start)', () => {
	const lastNight = new Date(2025, 2, 10, 23, 30);
	const todayLogs = cards(20, 'x').map(({ id }) => log(id, 'new', lastNight));

	it('at 03:59 it is still yesterday: last night’s new cards still count', () => {
		const q = queue({ cards: cards(30), todayLogs, now: new Date(2025, 2, 11, 3, 59) });
		expect(q.counts.new).toBe(0);
	});

	it('at 04:00 a new day starts with a fresh allowance', () => {
		const q = queue({ cards: cards(30), todayLogs, now: new Date(2025, 2, 11, 4, 0) });
		expect(q.counts.new).toBe(20);
	});

	it('follows a different start hour from the settings', () => {
		const q = queue({
			cards: cards(30),
			todayLogs,
			now: new Date(2025, 2, 11, 3, 59),
			settings: { ...settings, dayStartHour: 0 }
		});
		expect(q.counts.new).toBe(20);
	});
});
