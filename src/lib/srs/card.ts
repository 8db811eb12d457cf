// Card states and what can be done to them without the scheduler. Kept apart from ts-fsrs so
// the pages that only read progress (the dashboard) do not load the algorithm.
import { nextDayStart } from './day';

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATES)[number];

/** Where a rating came from; quiz and study answers are marked so stats can tell them apart. */
export type ReviewSource = 'review' | 'quiz' | 'study';

/** Learning steps stay under one day, so a card learnt today is never left for tomorrow. */
export const LEARNING_STEPS = ['1m', '10m'] as const;
export const RELEARNING_STEPS = ['10m'] as const;
/** A course is revised over months, not decades: no interval longer than a year. */
export const MAXIMUM_INTERVAL_DAYS = 365;

/** The scheduling state of one card, keyed by the card's stable id. */
export interface CardState {
	cardId: string;
	state: CardStateName;
	due: Date;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	lastReview: Date | null;
	suspended: boolean;
	/** Hidden from the queue until this time (the start of the next study day). */
	buriedUntil: Date | null;
	/** Put into today's review by hand (study "still learning", a missed quiz card) until then. */
	addedUntil: Date | null;
}

/** One entry of the append-only review log. */
export interface ReviewLogEntry {
	cardId: string;
	rating: Rating;
	/** The card's state before this rating: 'new' means the card was introduced. */
	state: CardStateName;
	review: Date;
	/** Next due time and the memory model after this rating. */
	due: Date;
	scheduledDays: number;
	stability: number;
	difficulty: number;
	source: ReviewSource;
}

export interface RateResult {
	state: CardState;
	log: ReviewLogEntry;
	/** The exact state before rating, for undo (ts-fsrs rollback would move `due` to the review). */
	snapshot: CardState;
}

export interface RatingPreview {
	due: Date;
	/** Short label for the rating button: "<1m", "10m", "4d", "3.2mo". */
	label: string;
}

/** A card never reviewed, due at once (the same record ts-fsrs's createEmptyCard gives). */
export function newCardState(cardId: string, now: Date): CardState {
	return {
		cardId,
		state: 'new',
		due: new Date(now),
		stability: 0,
		difficulty: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		lastReview: null,
		suspended: false,
		buriedUntil: null,
		addedUntil: null
	};
}

/** Auto-graded answers (quiz, typed): wrong is Again, right is Good. */
export function ratingForAnswer(correct: boolean): Rating {
	return correct ? 'good' : 'again';
}

/** Suspended cards never enter the queue until unsuspended. */
export function suspend(current: CardState, suspended = true): CardState {
	return { ...structuredClone(current), suspended };
}

/** Hidden until the next study day begins. */
export function bury(current: CardState, now: Date, dayStartHour: number): CardState {
	return { ...structuredClone(current), buriedUntil: nextDayStart(now, dayStartHour) };
}

/** Back to new: the log keeps the history, the schedule starts over. */
export function resetCard(current: CardState, now: Date): CardState {
	return newCardState(current.cardId, now);
}

/** Puts a card into today's review regardless of its due date and the daily limits. */
export function addToToday(current: CardState, now: Date, dayStartHour: number): CardState {
	return { ...structuredClone(current), addedUntil: nextDayStart(now, dayStartHour) };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** "<1m", "10m", "3h", "4d", "3.2mo", "1.1y". */
export function formatInterval(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	if (ms < MONTH) return `${Math.round(ms / DAY)}d`;
	if (ms < YEAR) return `${trimmed(ms / MONTH)}mo`;
	return `${trimmed(ms / YEAR)}y`;
}

function trimmed(value: number): string {
	return value.toFixed(1).replace(/\.0$/, '');
}
