import { describe, expect, it } from 'vitest';
import {
	bury,
	formatInterval,
	newCardState,
	ratingForAnswer,
	RATINGS,
	resetCard,
	type CardState,
	type Rating
} from '$lib/srs/card';
import { preview, rate } from '$lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';

const settings = DEFAULT_SETTINGS;
const start = new Date(2025, 0, 10, 9, 0);
const minutes = (date: Date, from: Date) => (date.getTime() - from.getTime()) / 60_000;

/** A card in review state after two Good ratings a few days apart. */
function reviewCard(): { card: CardState; now: Date } {
	let card = newCardState('c1', start);
	card = rate(card, 'good', start, settings).state;
	let now = new Date(card.due);
	card = rate(card, 'good', now, settings).state;
	now = new Date(card.due.getTime() + 60_000);
	card = rate(card, 'good', now, settings).state;
	now = new Date(card.due);
	return { card, now };
}

describe('rating outcomes', () => {
	it('orders the four outcomes Again ≤ Hard ≤ Good ≤ Easy for a new card', () => {
		const p = preview(newCardState('c1', start), start, settings);
		expect(p.again.due.getTime()).toBeLessThanOrEqual(p.hard.due.getTime());
		expect(p.hard.due.getTime()).toBeLessThanOrEqual(p.good.due.getTime());
		expect(p.good.due.getTime()).toBeLessThanOrEqual(p.easy.due.getTime());
	});

	it('orders the four outcomes for a card in review', () => {
		const { card, now } = reviewCard();
		expect(card.state).toBe('review');
		const p = preview(card, now, settings);
		expect(p.again.due < p.hard.due).toBe(true);
		expect(p.hard.due <= p.good.due).toBe(true);
		expect(p.good.due < p.easy.due).toBe(true);
	});

	// Regression: other FSRS apps swapped Again and Easy in their rating map.
	it('gives "Again" the shortest interval and "Easy" the longest, and logs the rating given', () => {
		const { card, now } = reviewCard();
		const outcomes = Object.fromEntries(
			RATINGS.map((rating) => [rating, rate(card, rating, now, settings)])
		) as Record<Rating, ReturnType<typeof rate>>;
		const dues = RATINGS.map((rating) => outcomes[rating].state.due.getTime());
		expect(Math.min(...dues)).toBe(outcomes.again.state.due.getTime());
		expect(Math.max(...dues)).toBe(outcomes.easy.state.due.getTime());
		expect(outcomes.again.state.lapses).toBe(card.lapses + 1);
		expect(outcomes.again.state.state).toBe('relearning');
		for (const rating of RATINGS) expect(outcomes[rating].log.rating).toBe(rating);
	});

	it('agrees with preview: rating a card lands on the due time its button showed', () => {
		const { card, now } = reviewCard();
		const p = preview(card, now, settings);
		for (const rating of RATINGS) {
			expect(rate(card, rating, now, settings).state.due).toEqual(p[rating].due);
		}
	});

	it('keeps learning steps under one day', () => {
		const card = newCardState('c1', start);
		const p = preview(card, start, settings);
		expect(minutes(p.again.due, start)).toBeLessThan(24 * 60);
		expect(minutes(p.hard.due, start)).toBeLessThan(24 * 60);
		expect(minutes(p.good.due, start)).toBeLessThan(24 * 60);
		const lapsed = rate(reviewCard().card, 'again', reviewCard().now, settings).state;
		expect(minutes(lapsed.due, reviewCard().now)).toBeLessThan(24 * 60);
	});

	// Regression: ts-fsrs 5 keeps Easy a day past Good even when Good sits at maximum_interval.
	it('never schedules beyond the maximum interval of a year', () => {
		let card = newCardState('c1', start);
		let now = start;
		for (let i = 0; i < 20; i++) {
			card = rate(card, 'easy', now, settings).state;
			expect(card.scheduledDays).toBeLessThanOrEqual(365);
			now = new Date(card.due);
		}
	});

	it('schedules longer intervals when desired retention is lower', () => {
		const { card, now } = reviewCard();
		const relaxed = rate(card, 'good', now, { desiredRetention: 0.7 }).state;
		const strict = rate(card, 'good', now, { desiredRetention: 0.99 }).state;
		expect(relaxed.due.getTime()).toBeGreaterThan(strict.due.getTime());
	});

	it('maps auto-graded answers: wrong is Again, right is Good', () => {
		expect(ratingForAnswer(false)).toBe('again');
		expect(ratingForAnswer(true)).toBe('good');
	});

	it('records the state before the rating, so a first rating counts as a new card introduced', () => {
		const { log } = rate(newCardState('c1', start), 'good', start, settings);
		expect(log.state).toBe('new');
		expect(log.review).toEqual(start);
		expect(log.cardId).toBe('c1');
	});
});

describe('clock changes', () => {
	// Regression: ts-fsrs threw "Invalid delta_t" for a card last reviewed after `now`.
	it('rates a card whose last review lies in the future (clock set back)', () => {
		const { card, now } = reviewCard();
		const earlier = new Date(card.lastReview!.getTime() - 5 * 86_400_000);
		for (const rating of RATINGS) {
			const next = rate(card, rating, earlier, settings).state;
			expect(next.due.getTime()).toBeGreaterThan(earlier.getTime());
		}
		expect(() => preview(card, earlier, settings)).not.toThrow();
		expect(now.getTime()).toBeGreaterThan(earlier.getTime());
	});
});

describe('undo snapshot', () => {
	it('restores the card byte for byte, including due (unlike ts-fsrs rollback)', () => {
		const { card, now } = reviewCard();
		const before = JSON.stringify(card);
		const result = rate(card, 'again', new Date(now.getTime() + 3 * 86_400_000), settings);
		expect(JSON.stringify(result.state)).not.toBe(before);
		expect(JSON.stringify(result.snapshot)).toBe(before);
		expect(result.snapshot).toStrictEqual(card);
		expect(result.snapshot).not.toBe(card);
	});

	it('does not mutate the card it is given', () => {
		const card = newCardState('c1', start);
		const copy = structuredClone(card);
		rate(card, 'easy', start, settings);
		expect(card).toStrictEqual(copy);
	});
});

describe('card actions', () => {
	it('buries a card until the next study day starts', () => {
		const card = bury(newCardState('c1', start), new Date(2025, 0, 10, 3, 59), 4);
		expect(card.buriedUntil).toEqual(new Date(2025, 0, 10, 4, 0));
		const later = bury(newCardState('c1', start), new Date(2025, 0, 10, 4, 0), 4);
		expect(later.buriedUntil).toEqual(new Date(2025, 0, 11, 4, 0));
	});

	it('resets a reviewed card to new', () => {
		const { card, now } = reviewCard();
		const reset = resetCard(card, now);
		expect(reset.state).toBe('new');
		expect(reset.reps).toBe(0);
		expect(reset.due).toEqual(now);
	});
});

describe('interval labels', () => {
	it.each([
		[30_000, '<1m'],
		[60_000, '1m'],
		[10 * 60_000, '10m'],
		[3 * 3_600_000, '3h'],
		[4 * 86_400_000, '4d'],
		[96 * 86_400_000, '3.2mo'],
		[400 * 86_400_000, '1.1y']
	])('formats %i ms as %s', (ms, label) => {
		expect(formatInterval(ms)).toBe(label);
	});

	it('labels the buttons of a new card in minutes', () => {
		const p = preview(newCardState('c1', start), start, settings);
		expect(p.again.label).toBe('1m');
		expect(p.good.label).toBe('10m');
	});
});

describe('newCardState without ts-fsrs', () => {
	it('is the record ts-fsrs starts a card from (it is hand-written so the dashboard need not load ts-fsrs)', async () => {
		const { createEmptyCard } = await import('ts-fsrs');
		const now = new Date(Date.UTC(2026, 2, 3, 9, 30));
		const empty = createEmptyCard(now);
		const state = newCardState('card-1', now);
		expect({
			due: state.due,
			stability: state.stability,
			difficulty: state.difficulty,
			scheduledDays: state.scheduledDays,
			learningSteps: state.learningSteps,
			reps: state.reps,
			lapses: state.lapses
		}).toEqual({
			due: empty.due,
			stability: empty.stability,
			difficulty: empty.difficulty,
			scheduledDays: empty.scheduled_days,
			learningSteps: empty.learning_steps,
			reps: empty.reps,
			lapses: empty.lapses
		});
		expect(state.state).toBe('new');
		expect(state.lastReview).toBeNull();
	});
});
