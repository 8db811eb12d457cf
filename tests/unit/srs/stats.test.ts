import { describe, expect, it } from 'vitest';
import {
	newCardState,
	suspend,
	type CardState,
	type Rating,
	type ReviewLogEntry
} from '$lib/srs/card';
import { rate } from '$lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { computeStats } from '$lib/srs/stats';

const DAY = 86_400_000;
const now = new Date(2025, 2, 10, 12, 0);
const daysAgo = (n: number, hour = 12) => new Date(2025, 2, 10 - n, hour, 0);

function log(review: Date, rating: Rating = 'good', state: ReviewLogEntry['state'] = 'review') {
	return {
		cardId: 'c',
		rating,
		state,
		review,
		due: new Date(review.getTime() + DAY),
		scheduledDays: 1,
		stability: 1,
		difficulty: 5,
		source: 'review'
	} satisfies ReviewLogEntry;
}

const stats = (logs: ReviewLogEntry[], states = new Map<string, CardState>(), cardIds?: string[]) =>
	computeStats({ logs, states, now, dayStartHour: 4, ...(cardIds ? { cardIds } : {}) });

describe('stats', () => {
	it('counts reviews per study day, ending today', () => {
		const s = stats([log(daysAgo(0)), log(daysAgo(0)), log(daysAgo(2)), log(daysAgo(40))]);
		expect(s.reviewsPerDay).toHaveLength(30);
		expect(s.reviewsPerDay.at(-1)).toEqual({ day: '2025-03-10', count: 2 });
		expect(s.reviewsPerDay.at(-3)).toEqual({ day: '2025-03-08', count: 1 });
		expect(s.totalReviews).toBe(4);
	});

	it('puts a review at 02:00 on the previous study day', () => {
		const s = stats([log(new Date(2025, 2, 10, 2, 0))]);
		expect(s.reviewsPerDay.at(-2)).toEqual({ day: '2025-03-09', count: 1 });
	});

	it('measures true retention over review-state cards only, by window', () => {
		const logs = [
			log(daysAgo(1), 'good'),
			log(daysAgo(2), 'again'),
			log(daysAgo(10), 'hard'),
			log(daysAgo(10), 'again'),
			log(daysAgo(100), 'easy'),
			log(daysAgo(1), 'again', 'new'), // learning a new card is not retention
			log(daysAgo(1), 'again', 'learning')
		];
		const { retention } = stats(logs);
		expect(retention.last7).toEqual({ recalled: 1, total: 2, rate: 0.5 });
		expect(retention.last30).toEqual({ recalled: 2, total: 4, rate: 0.5 });
		expect(retention.allTime).toEqual({ recalled: 3, total: 5, rate: 0.6 });
		expect(stats([]).retention.allTime.rate).toBeNull();
	});

	it('counts the streak of consecutive days with reviews, alive until today ends', () => {
		expect(stats([log(daysAgo(0)), log(daysAgo(1)), log(daysAgo(2)), log(daysAgo(4))]).streak).toBe(
			3
		);
		expect(stats([log(daysAgo(1)), log(daysAgo(2))]).streak).toBe(2);
		expect(stats([log(daysAgo(2))]).streak).toBe(0);
	});

	it('forecasts due cards per day, with overdue cards counted today', () => {
		const settings = DEFAULT_SETTINGS;
		const reviewed = (id: string, due: Date): CardState => ({
			...rate(newCardState(id, daysAgo(20)), 'easy', daysAgo(20), settings).state,
			due
		});
		const states = new Map([
			['overdue', reviewed('overdue', daysAgo(5))],
			['today', reviewed('today', new Date(2025, 2, 11, 3, 0))],
			['in3', reviewed('in3', new Date(2025, 2, 13, 9, 0))],
			['far', reviewed('far', new Date(2025, 6, 1))],
			['suspended', suspend(reviewed('suspended', daysAgo(1)))]
		]);
		const { forecast, cardCounts } = stats([], states);
		expect(forecast).toHaveLength(30);
		expect(forecast[0]).toEqual({ day: '2025-03-10', due: 2 });
		expect(forecast[3]).toEqual({ day: '2025-03-13', due: 1 });
		expect(forecast.reduce((sum, d) => sum + d.due, 0)).toBe(3);
		expect(cardCounts.suspended).toBe(1);
	});

	it('counts cards per state, cards without progress as new, and keeps other ids out', () => {
		const states = new Map([
			['a', rate(newCardState('a', now), 'again', now, DEFAULT_SETTINGS).state],
			['gone', rate(newCardState('gone', now), 'again', now, DEFAULT_SETTINGS).state]
		]);
		const { cardCounts } = stats([], states, ['a', 'b', 'c']);
		expect(cardCounts).toEqual({ new: 2, learning: 1, review: 0, relearning: 0, suspended: 0 });
	});
});

describe('dashboard series', () => {
	const now = new Date(2026, 2, 20, 12);
	const log = (daysAgo: number, rating: 'again' | 'good'): ReviewLogEntry => {
		const review = new Date(2026, 2, 20 - daysAgo, 10);
		return {
			cardId: `c${daysAgo}${rating}`,
			rating,
			state: 'review',
			review,
			due: review,
			scheduledDays: 3,
			stability: 3,
			difficulty: 5,
			source: 'review'
		};
	};

	it('keeps six months of history for the heatmap, ending today', () => {
		const stats = computeStats({
			logs: [log(0, 'good'), log(100, 'good')],
			states: new Map(),
			now,
			dayStartHour: 4
		});
		expect(stats.history).toHaveLength(182);
		expect(stats.history.at(-1)).toEqual({ day: '2026-03-20', count: 1 });
		expect(stats.history.reduce((s, d) => s + d.count, 0)).toBe(2);
	});

	it('gives true retention per week, with no rate for a week without reviews', () => {
		const logs = [
			log(0, 'good'),
			log(1, 'again'),
			log(2, 'good'),
			log(3, 'good'),
			log(20, 'again')
		];
		const weeks = computeStats({ logs, states: new Map(), now, dayStartHour: 4 }).retentionByWeek;
		expect(weeks).toHaveLength(12);
		expect(weeks.at(-1)?.rate).toBe(0.75);
		expect(weeks.at(-2)?.rate).toBeNull();
		expect(weeks.at(-3)?.rate).toBe(0);
	});
});
