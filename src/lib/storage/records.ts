// The stored shapes, their schema version and the migrations between versions. Pure, so
// loading from IndexedDB and importing a backup file run the very same checks.
import * as v from 'valibot';
import { CARD_STATES, RATINGS, type CardState, type ReviewLogEntry } from '$lib/srs/card';

/** Bump with a new entry in MIGRATIONS whenever a stored shape changes. */
export const SCHEMA_VERSION = 1;

/**
 * Log keys sort by time, so today's entries are one key range. Keys written before 2026 are
 * just "<ISO time>|<card id>" (this function); they stay readable, but two tabs rating a card
 * in the same millisecond wrote the same key, so new entries carry a unique tag as well.
 */
export function logKey(entry: Pick<ReviewLogEntry, 'review' | 'cardId'>): string {
	return `${entry.review.toISOString()}|${entry.cardId}`;
}

/** "<ISO time>|<card id>|<tag>": sorts with the old keys, and the tag keeps it unique. */
export function uniqueLogKey(
	entry: Pick<ReviewLogEntry, 'review' | 'cardId'>,
	tag: string
): string {
	return `${logKey(entry)}|${tag}`;
}

/** The smallest log key at or after `time`. */
export function logKeyFrom(time: Date): string {
	return time.toISOString();
}

// What FSRS accepts, checked on every backup and on stored records that fail the quick check,
// with messages in plain words: they finish a sentence naming the card, "its … ".
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

/**
 * Cheap check for records of the current version read back from IndexedDB, which were
 * validated when written; only records failing it go through the full schema.
 */
export function reviveCardState(raw: unknown): CardState | null {
	const r = raw as CardState | null;
	if (
		r &&
		typeof r.cardId === 'string' &&
		r.due instanceof Date &&
		typeof r.stability === 'number' &&
		typeof r.suspended === 'boolean' &&
		(r.lastReview === null || r.lastReview instanceof Date)
	) {
		return r;
	}
	return parseCardState(raw);
}

export function reviveLogEntry(raw: unknown): ReviewLogEntry | null {
	const r = raw as ReviewLogEntry | null;
	if (r && typeof r.cardId === 'string' && r.review instanceof Date && r.due instanceof Date) {
		return r;
	}
	return parseLogEntry(raw);
}

/**
 * A compact copy of all card states in one record, so loading 10,000 cards is one read
 * instead of 10,000 (IndexedDB pays per record). The per-card records stay the truth:
 * every write also marks its card in a journal, and loading applies the journal on top.
 */
export interface StateSnapshot {
	version: number;
	states: StateTuple[];
}

type StateTuple = [
	cardId: string,
	state: number,
	due: number,
	stability: number,
	difficulty: number,
	scheduledDays: number,
	learningSteps: number,
	reps: number,
	lapses: number,
	lastReview: number | null,
	suspended: boolean,
	buriedUntil: number | null,
	addedUntil: number | null
];

const time = (date: Date | null) => (date ? date.getTime() : null);
const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

export function encodeSnapshot(states: Iterable<CardState>): StateSnapshot {
	const tuples: StateTuple[] = [];
	for (const s of states) {
		tuples.push([
			s.cardId,
			CARD_STATES.indexOf(s.state),
			s.due.getTime(),
			s.stability,
			s.difficulty,
			s.scheduledDays,
			s.learningSteps,
			s.reps,
			s.lapses,
			time(s.lastReview),
			s.suspended,
			time(s.buriedUntil),
			time(s.addedUntil)
		]);
	}
	return { version: SCHEMA_VERSION, states: tuples };
}

/** The states in a snapshot, or null when there is none of the current version. */
export function decodeSnapshot(raw: unknown): Map<string, CardState> | null {
	const snapshot = raw as StateSnapshot | undefined;
	if (!snapshot || snapshot.version !== SCHEMA_VERSION || !Array.isArray(snapshot.states)) {
		return null;
	}
	const states = new Map<string, CardState>();
	for (const t of snapshot.states) {
		const state = CARD_STATES[t[1]];
		if (!state) return null;
		states.set(t[0], {
			cardId: t[0],
			state,
			due: new Date(t[2]),
			stability: t[3],
			difficulty: t[4],
			scheduledDays: t[5],
			learningSteps: t[6],
			reps: t[7],
			lapses: t[8],
			lastReview: toDate(t[9]),
			suspended: t[10],
			buriedUntil: toDate(t[11]),
			addedUntil: toDate(t[12])
		});
	}
	return states;
}

/**
 * Old log entries packed into one record per chunk, column by column in typed arrays
 * (which IndexedDB copies as raw bytes), so reading the full log for stats is a few reads
 * instead of 200,000. A future migration must migrate chunks as well.
 */
export interface LogChunk {
	version: number;
	cardIds: string[];
	ratings: Uint8Array;
	states: Uint8Array;
	sources: Uint8Array;
	review: Float64Array;
	due: Float64Array;
	scheduledDays: Float64Array;
	stability: Float64Array;
	difficulty: Float64Array;
}

const SOURCES = ['review', 'quiz', 'study'] as const;

export function encodeLogChunk(entries: readonly ReviewLogEntry[]): LogChunk {
	const n = entries.length;
	const chunk: LogChunk = {
		version: SCHEMA_VERSION,
		cardIds: entries.map((e) => e.cardId),
		ratings: new Uint8Array(n),
		states: new Uint8Array(n),
		sources: new Uint8Array(n),
		review: new Float64Array(n),
		due: new Float64Array(n),
		scheduledDays: new Float64Array(n),
		stability: new Float64Array(n),
		difficulty: new Float64Array(n)
	};
	entries.forEach((e, i) => {
		chunk.ratings[i] = RATINGS.indexOf(e.rating);
		chunk.states[i] = CARD_STATES.indexOf(e.state);
		chunk.sources[i] = SOURCES.indexOf(e.source);
		chunk.review[i] = e.review.getTime();
		chunk.due[i] = e.due.getTime();
		chunk.scheduledDays[i] = e.scheduledDays;
		chunk.stability[i] = e.stability;
		chunk.difficulty[i] = e.difficulty;
	});
	return chunk;
}

/** The entries of a chunk, or null when it is not a chunk of the current version. */
export function decodeLogChunk(raw: unknown): ReviewLogEntry[] | null {
	const chunk = raw as LogChunk | undefined;
	if (!chunk || chunk.version !== SCHEMA_VERSION || !Array.isArray(chunk.cardIds)) return null;
	const entries: ReviewLogEntry[] = [];
	for (let i = 0; i < chunk.cardIds.length; i++) {
		const rating = RATINGS[chunk.ratings[i] ?? -1];
		const state = CARD_STATES[chunk.states[i] ?? -1];
		const source = SOURCES[chunk.sources[i] ?? -1];
		if (!rating || !state || !source) return null;
		entries.push({
			cardId: chunk.cardIds[i] ?? '',
			rating,
			state,
			review: new Date(chunk.review[i] ?? NaN),
			due: new Date(chunk.due[i] ?? NaN),
			scheduledDays: chunk.scheduledDays[i] ?? 0,
			stability: chunk.stability[i] ?? 0,
			difficulty: chunk.difficulty[i] ?? 0,
			source
		});
	}
	return entries;
}
