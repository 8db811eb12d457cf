// Statistics from the review log and card states. The full log is only needed here,
// so the app loads it lazily when the stats page opens.
import { dayKey, dayStartOffset } from './day';
import type { CardState, CardStateName, ReviewLogEntry } from './card';

export interface Retention {
	/** Reviews of cards in review state that were recalled (anything but Again). */
	recalled: number;
	total: number;
	/** recalled / total, or null when there were no reviews. */
	rate: number | null;
}

export interface StatsInput {
	logs: readonly ReviewLogEntry[];
	states: ReadonlyMap<string, CardState>;
	/** Cards to count (e.g. those in the current decks); missing states count as new. */
	cardIds?: readonly string[];
	now: Date;
	dayStartHour: number;
	/** Days in the per-day series and the forecast. */
	days?: number;
	/** Days in the review history (the dashboard's heatmap shows about six months). */
	historyDays?: number;
	/** Weeks in the retention series. */
	weeks?: number;
}

export interface Stats {
	/** Reviews per study day, oldest first, ending today. */
	reviewsPerDay: { day: string; count: number }[];
	/** The same over `historyDays`, for the heatmap. */
	history: { day: string; count: number }[];
	/** True retention per 7-day period, oldest first, the last ending today; null rate: no reviews. */
	retentionByWeek: { week: string; rate: number | null }[];
	retention: { last7: Retention; last30: Retention; allTime: Retention };
	/** Cards due per study day from today on; today includes overdue cards. */
	forecast: { day: string; due: number }[];
	/** Consecutive study days with at least one review, up to today (or yesterday). */
	streak: number;
	cardCounts: Record<CardStateName | 'suspended', number>;
	totalReviews: number;
}

function retentionOf(logs: readonly ReviewLogEntry[], since: number, until = Infinity): Retention {
	let recalled = 0;
	let total = 0;
	for (const log of logs) {
		const at = log.review.getTime();
		if (log.state !== 'review' || at < since || at >= until) continue;
		total++;
		if (log.rating !== 'again') recalled++;
	}
	return { recalled, total, rate: total === 0 ? null : recalled / total };
}

/** Start times of `count` consecutive study days beginning `from` days after today's. */
function dayStarts(now: Date, startHour: number, from: number, count: number): number[] {
	return Array.from({ length: count }, (_, i) =>
		dayStartOffset(now, startHour, from + i).getTime()
	);
}

export function computeStats({
	logs,
	states,
	cardIds,
	now,
	dayStartHour,
	days = 30,
	historyDays = 182,
	weeks = 12
}: StatsInput): Stats {
	// Logs come oldest first, so the day of the previous entry usually fits the next one too:
	// working the day out only when an entry leaves it keeps 200,000 entries cheap.
	const perDay = new Map<string, number>();
	let key = '';
	let from = Infinity;
	let until = -Infinity;
	for (const log of logs) {
		const time = log.review.getTime();
		if (time < from || time >= until) {
			key = dayKey(log.review, dayStartHour);
			from = dayStartOffset(log.review, dayStartHour, 0).getTime();
			until = dayStartOffset(log.review, dayStartHour, 1).getTime();
		}
		perDay.set(key, (perDay.get(key) ?? 0) + 1);
	}

	const perDaySeries = (count: number) =>
		dayStarts(now, dayStartHour, -(count - 1), count).map((start) => {
			const day = dayKey(new Date(start), dayStartHour);
			return { day, count: perDay.get(day) ?? 0 };
		});
	const reviewsPerDay = perDaySeries(days);
	const history = perDaySeries(historyDays);

	// Week w covers the 7 study days that end 7 × (weeks − 1 − w) days before today ends.
	const weekStarts = Array.from({ length: weeks + 1 }, (_, w) =>
		dayStartOffset(now, dayStartHour, 7 * (w - weeks) + 1).getTime()
	);
	const retentionByWeek = Array.from({ length: weeks }, (_, w) => {
		const from = weekStarts[w] as number;
		const to = weekStarts[w + 1] as number;
		const r = retentionOf(logs, from, to);
		return { week: dayKey(new Date(from), dayStartHour), rate: r.rate };
	});

	const todayKey = dayKey(now, dayStartHour);
	let streak = 0;
	let offset = perDay.has(todayKey) ? 0 : -1; // today is not lost until it ends
	while (perDay.has(dayKey(dayStartOffset(now, dayStartHour, offset), dayStartHour))) {
		streak++;
		offset--;
	}

	const cardCounts: Stats['cardCounts'] = {
		new: 0,
		learning: 0,
		review: 0,
		relearning: 0,
		suspended: 0
	};
	const counted: CardState[] = [];
	if (cardIds) {
		for (const id of new Set(cardIds)) {
			const state = states.get(id);
			if (state) counted.push(state);
			else cardCounts.new++;
		}
	} else counted.push(...states.values());

	// Boundaries of the forecast days: index i covers [starts[i], starts[i + 1]).
	const starts = dayStarts(now, dayStartHour, 1, days);
	const forecastCounts = new Array<number>(days).fill(0);
	for (const state of counted) {
		if (state.suspended) {
			cardCounts.suspended++;
			continue;
		}
		cardCounts[state.state]++;
		if (state.state === 'new') continue;
		const due = state.due.getTime();
		let index = 0;
		while (index < days && due >= (starts[index] ?? Infinity)) index++;
		if (index < days) forecastCounts[index] = (forecastCounts[index] ?? 0) + 1;
	}
	const forecast = forecastCounts.map((due, i) => ({
		day: dayKey(dayStartOffset(now, dayStartHour, i), dayStartHour),
		due
	}));

	return {
		reviewsPerDay,
		history,
		retentionByWeek,
		retention: {
			last7: retentionOf(logs, dayStartOffset(now, dayStartHour, -6).getTime()),
			last30: retentionOf(logs, dayStartOffset(now, dayStartHour, -29).getTime()),
			allTime: retentionOf(logs, -Infinity)
		},
		forecast,
		streak,
		cardCounts,
		totalReviews: logs.length
	};
}
