// The stored shapes' schemas and the migrations between versions: what FSRS accepts, checked
// on every backup and on records of older versions. Pure, so importing a backup file and
// migrating IndexedDB run the very same checks. Loaded only where they are needed (the settings
// page, a migration), not with every page.
import * as v from 'valibot';
import { CARD_STATES, RATINGS, type CardState, type ReviewLogEntry } from '$lib/srs/card';
import { SCHEMA_VERSION } from './records';

// Messages are in plain words: they finish a sentence naming the card, "its … ".
// Dates are stored as Date objects (IndexedDB clones them), and arrive as ISO strings from JSON.
// A real date is one between 2000 and 2100: a typo of a year breaks the schedule as surely as
// "not a date" does.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
const date = v.pipe(
	v.union([v.date(), v.string(), v.number()], 'is not a date'),
	v.transform((value) => new Date(value)),
	v.date('is not a real date'),
	v.check((d) => d.getTime() >= EARLIEST && d.getTime() < LATEST, 'is not a real date')
);
const nullableDate = v.nullable(date);
const cardId = v.pipe(
	v.string('is not text'),
	v.minLength(1, 'is empty'),
	v.maxLength(120, 'is too long')
);
const number = (range: string) => v.pipe(v.number(range), v.finite(range));
const count = v.pipe(
	v.number('must be a whole number from 0 up'),
	v.integer('must be a whole number from 0 up'),
	v.minValue(0, 'must be a whole number from 0 up')
);
const days = v.pipe(
	number('must be a number of days from 0 up'),
	v.minValue(0, 'must be a number of days from 0 up')
);
const states = v.picklist(CARD_STATES, `must be one of ${CARD_STATES.join(', ')}`);
// A card never rated has stability and difficulty 0; once rated, FSRS needs stability above 0
// and difficulty from 1 to 10.
const STABILITY = 'must be a number above 0';
const DIFFICULTY = 'must be a number from 1 to 10';
const stability = v.pipe(number(STABILITY), v.minValue(0, STABILITY));
const difficulty = v.pipe(
	number(DIFFICULTY),
	v.minValue(0, DIFFICULTY),
	v.maxValue(10, DIFFICULTY)
);
const strict = (what: string) => `must be ${what}`;

/** An object, not an array (valibot's object schemas take arrays as objects). */
const record = (what: string) =>
	v.pipe(
		v.unknown(),
		v.check((raw) => !Array.isArray(raw), strict(what))
	);

export const CardStateSchema = v.pipe(
	record("a card's schedule"),
	v.strictObject(
		{
			cardId,
			state: states,
			due: date,
			stability,
			difficulty,
			scheduledDays: days,
			learningSteps: count,
			reps: count,
			lapses: count,
			lastReview: nullableDate,
			suspended: v.boolean('must be true or false'),
			buriedUntil: nullableDate,
			addedUntil: nullableDate
		},
		strict("a card's schedule")
	),
	v.forward(
		v.check((s) => s.state === 'new' || s.stability > 0, STABILITY),
		['stability']
	),
	v.forward(
		v.check((s) => s.state === 'new' || s.difficulty >= 1, DIFFICULTY),
		['difficulty']
	)
);

export const ReviewLogEntrySchema = v.pipe(
	record('a review'),
	v.strictObject(
		{
			cardId,
			rating: v.picklist(RATINGS, `must be one of ${RATINGS.join(', ')}`),
			state: states,
			review: date,
			due: date,
			scheduledDays: days,
			stability,
			difficulty,
			source: v.picklist(['review', 'quiz', 'study'], 'must be one of review, quiz, study')
		},
		strict('a review')
	)
);

// Compile-time check that the schemas produce exactly the engine's types.
const _state: CardState = {} as v.InferOutput<typeof CardStateSchema>;
const _log: ReviewLogEntry = {} as v.InferOutput<typeof ReviewLogEntrySchema>;
void _state;
void _log;

/** One migration per version step: turns a record of version n into one of version n + 1. */
interface Migration {
	card(raw: unknown, key: string): unknown;
	log(raw: unknown): unknown;
}

type Loose = Record<string, unknown>;
const asRecord = (raw: unknown): Loose =>
	typeof raw === 'object' && raw !== null ? (raw as Loose) : {};

// Version 0 stored ts-fsrs's own card and log records (snake_case, numeric state and rating).
const V0_STATES = ['new', 'learning', 'review', 'relearning'];
const V0_RATINGS = [undefined, 'again', 'hard', 'good', 'easy'];

const MIGRATIONS: Record<number, Migration> = {
	0: {
		card(raw, key) {
			const r = asRecord(raw);
			return {
				cardId: r.cardId ?? r.card_id ?? key,
				state: typeof r.state === 'number' ? V0_STATES[r.state] : r.state,
				due: r.due,
				stability: r.stability,
				difficulty: r.difficulty,
				scheduledDays: r.scheduled_days ?? 0,
				learningSteps: r.learning_steps ?? 0,
				reps: r.reps,
				lapses: r.lapses,
				lastReview: r.last_review ?? null,
				suspended: r.suspended === true,
				buriedUntil: null,
				addedUntil: null
			};
		},
		log(raw) {
			const r = asRecord(raw);
			return {
				cardId: r.cardId ?? r.card_id,
				rating: typeof r.rating === 'number' ? V0_RATINGS[r.rating] : r.rating,
				state: typeof r.state === 'number' ? V0_STATES[r.state] : r.state,
				review: r.review,
				due: r.due,
				scheduledDays: r.scheduled_days ?? 0,
				stability: r.stability,
				difficulty: r.difficulty,
				source: 'review'
			};
		}
	}
};

export function migrateCard(raw: unknown, key: string, fromVersion: number): unknown {
	let record = raw;
	for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
		record = MIGRATIONS[version]?.card(record, key) ?? record;
	}
	return record;
}

export function migrateLog(raw: unknown, fromVersion: number): unknown {
	let record = raw;
	for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
		record = MIGRATIONS[version]?.log(record) ?? record;
	}
	return record;
}

// The fields in plain words, for messages such as "its due date is not a real date".
const FIELD_NAMES: Record<string, string> = {
	cardId: 'card id',
	state: 'learning state',
	due: 'due date',
	stability: 'stability',
	difficulty: 'difficulty',
	scheduledDays: 'interval',
	learningSteps: 'learning step',
	reps: 'number of reviews',
	lapses: 'number of lapses',
	lastReview: 'last review date',
	suspended: '"suspended" mark',
	buriedUntil: '"buried until" date',
	addedUntil: '"added until" date',
	rating: 'rating',
	review: 'review date',
	source: 'source',
	cards: 'list of cards',
	log: 'list of reviews',
	version: 'version number',
	format: 'format mark'
};

/**
 * The first problem found, in words that finish "its …", e.g. "due date is not a real date"
 * or "stability must be a number above 0".
 */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	if (!issue) return 'content cannot be read';
	const path = v.getDotPath(issue);
	if (!path) return `content ${issue.message}`;
	const field = FIELD_NAMES[path] ?? `field "${path}"`;
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		return `${field} is not something this app writes`;
	}
	if (issue.received === 'undefined') return `${field} is missing`;
	return `${field} ${issue.message}`;
}

export function parseCardState(raw: unknown): CardState | null {
	const result = v.safeParse(CardStateSchema, raw);
	return result.success ? result.output : null;
}

export function parseLogEntry(raw: unknown): ReviewLogEntry | null {
	const result = v.safeParse(ReviewLogEntrySchema, raw);
	return result.success ? result.output : null;
}
