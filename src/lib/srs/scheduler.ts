// The only module that imports ts-fsrs. It keeps to the parts of the API that survive
// ts-fsrs 6 (no afterHandler, no elapsed_days input, no Date.prototype helpers) and converts
// to our own plain records, so storage never holds a library type.
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating as FsrsRating,
	State as FsrsState,
	type Card as FsrsCard,
	type FSRS,
	type Grade
} from 'ts-fsrs';
import { nextDayStart } from './day';
import type { Settings } from './settings';

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

// ts-fsrs numbers ratings 1..4; naming them explicitly guards against the Again/Easy swap.
const TO_FSRS_RATING: Record<Rating, Grade> = {
	again: FsrsRating.Again,
	hard: FsrsRating.Hard,
	good: FsrsRating.Good,
	easy: FsrsRating.Easy
};

const TO_FSRS_STATE: Record<CardStateName, FsrsState> = {
	new: FsrsState.New,
	learning: FsrsState.Learning,
	review: FsrsState.Review,
	relearning: FsrsState.Relearning
};

const FROM_FSRS_STATE: Record<FsrsState, CardStateName> = {
	[FsrsState.New]: 'new',
	[FsrsState.Learning]: 'learning',
	[FsrsState.Review]: 'review',
	[FsrsState.Relearning]: 'relearning'
};

const schedulers = new Map<number, FSRS>();

function schedulerFor(desiredRetention: number): FSRS {
	let scheduler = schedulers.get(desiredRetention);
	if (!scheduler) {
		scheduler = fsrs(
			generatorParameters({
				request_retention: desiredRetention,
				maximum_interval: MAXIMUM_INTERVAL_DAYS,
				enable_fuzz: true,
				enable_short_term: true,
				learning_steps: [...LEARNING_STEPS],
				relearning_steps: [...RELEARNING_STEPS]
			})
		);
		schedulers.set(desiredRetention, scheduler);
	}
	return scheduler;
}

/** A card never reviewed, due at once. */
export function newCardState(cardId: string, now: Date): CardState {
	return fromFsrs(cardId, createEmptyCard(now), {
		suspended: false,
		buriedUntil: null,
		addedUntil: null
	});
}

function toFsrs(state: CardState): FsrsCard {
	return {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		// Required by the ts-fsrs 5 type only; the library recomputes it from last_review.
		elapsed_days: 0,
		scheduled_days: state.scheduledDays,
		learning_steps: state.learningSteps,
		reps: state.reps,
		lapses: state.lapses,
		state: TO_FSRS_STATE[state.state],
		...(state.lastReview ? { last_review: new Date(state.lastReview) } : {})
	};
}

/**
 * A last review later than now (the clock was set back, or a backup came from a device
 * whose clock ran ahead) makes ts-fsrs throw on a negative interval; count it as just now.
 */
function toFsrsAt(state: CardState, now: Date): FsrsCard {
	const card = toFsrs(state);
	if (card.last_review && card.last_review > now) card.last_review = new Date(now);
	return card;
}

function fromFsrs(
	cardId: string,
	card: FsrsCard,
	flags: Pick<CardState, 'suspended' | 'buriedUntil' | 'addedUntil'>
): CardState {
	return {
		cardId,
		state: FROM_FSRS_STATE[card.state],
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		lastReview: card.last_review ? new Date(card.last_review) : null,
		...flags
	};
}

const DAY_MS = 86_400_000;

/**
 * ts-fsrs 5 keeps Easy at least a day beyond Good after clamping, so Easy can pass
 * maximum_interval by a day or two; cap it here so the limit really holds.
 */
function capInterval(card: FsrsCard, now: Date): FsrsCard {
	if (card.scheduled_days <= MAXIMUM_INTERVAL_DAYS) return card;
	return {
		...card,
		scheduled_days: MAXIMUM_INTERVAL_DAYS,
		due: new Date(now.getTime() + MAXIMUM_INTERVAL_DAYS * DAY_MS)
	};
}

/** Rates a card. Pure: the caller stores `state` and `log`, and keeps `snapshot` for undo. */
export function rate(
	current: CardState,
	rating: Rating,
	now: Date,
	settings: Pick<Settings, 'desiredRetention'>,
	source: ReviewSource = 'review'
): RateResult {
	const snapshot = structuredClone(current);
	const item = schedulerFor(settings.desiredRetention).next(
		toFsrsAt(current, now),
		now,
		TO_FSRS_RATING[rating]
	);
	// Answering a card ends its burial and any hand-made place in today's queue.
	const state = fromFsrs(current.cardId, capInterval(item.card, now), {
		suspended: current.suspended,
		buriedUntil: null,
		addedUntil: null
	});
	const log: ReviewLogEntry = {
		cardId: current.cardId,
		rating,
		state: current.state,
		review: new Date(now),
		due: new Date(state.due),
		scheduledDays: state.scheduledDays,
		stability: state.stability,
		difficulty: state.difficulty,
		source
	};
	return { state, log, snapshot };
}

/** Auto-graded answers (quiz, typed): wrong is Again, right is Good. */
export function ratingForAnswer(correct: boolean): Rating {
	return correct ? 'good' : 'again';
}

/** The next due time of each rating, with the label for its button. */
export function preview(
	current: CardState,
	now: Date,
	settings: Pick<Settings, 'desiredRetention'>
): Record<Rating, RatingPreview> {
	const outcomes = schedulerFor(settings.desiredRetention).repeat(toFsrsAt(current, now), now);
	const entry = (rating: Rating): RatingPreview => {
		const due = capInterval(outcomes[TO_FSRS_RATING[rating]].card, now).due;
		return { due, label: formatInterval(due.getTime() - now.getTime()) };
	};
	return { again: entry('again'), hard: entry('hard'), good: entry('good'), easy: entry('easy') };
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

/** Probability of recall now, for display (0..1); null for a card never reviewed. */
export function retrievability(
	current: CardState,
	now: Date,
	settings: Pick<Settings, 'desiredRetention'>
): number | null {
	if (current.state === 'new') return null;
	return schedulerFor(settings.desiredRetention).get_retrievability(
		toFsrsAt(current, now),
		now,
		false
	);
}
