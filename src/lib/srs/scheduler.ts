// The only module that imports ts-fsrs. It keeps to the parts of the API that survive
// ts-fsrs 6 (no afterHandler, no elapsed_days input, no Date.prototype helpers) and converts
// to our own plain records, so storage never holds a library type.
import {
	fsrs,
	generatorParameters,
	Rating as FsrsRating,
	State as FsrsState,
	type Card as FsrsCard,
	type FSRS,
	type Grade
} from 'ts-fsrs';
import {
	formatInterval,
	type CardState,
	type CardStateName,
	type Rating,
	type RateResult,
	type RatingPreview,
	type ReviewLogEntry,
	type ReviewSource,
	LEARNING_STEPS,
	MAXIMUM_INTERVAL_DAYS,
	RELEARNING_STEPS
} from './card';
import type { Settings } from './settings';

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
