// The stored shapes, their schema version and the migrations between versions. Pure, so
// loading from IndexedDB and importing a backup file run the very same checks.
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

const isDate = (d: unknown) => d instanceof Date && !Number.isNaN(d.getTime());
const isDateOrNull = (d: unknown) => d === null || isDate(d);
const isNumber = (n: unknown) => typeof n === 'number' && Number.isFinite(n);

/**
 * A check of the shape of records of the current version read back from IndexedDB, which were
 * validated when written, without the schemas (they load with backups and migrations only, to
 * keep every page light). A record failing it is skipped and stays stored; one the scheduler
 * rejects all the same is reset when rated (see Progress).
 */
export function reviveCardState(raw: unknown): CardState | null {
	const r = raw as CardState | null;
	return r &&
		typeof r.cardId === 'string' &&
		CARD_STATES.includes(r.state) &&
		isDate(r.due) &&
		isNumber(r.stability) &&
		isNumber(r.difficulty) &&
		isNumber(r.scheduledDays) &&
		isNumber(r.learningSteps) &&
		isNumber(r.reps) &&
		isNumber(r.lapses) &&
		isDateOrNull(r.lastReview) &&
		typeof r.suspended === 'boolean' &&
		isDateOrNull(r.buriedUntil) &&
		isDateOrNull(r.addedUntil)
		? r
		: null;
}

export function reviveLogEntry(raw: unknown): ReviewLogEntry | null {
	const r = raw as ReviewLogEntry | null;
	return r &&
		typeof r.cardId === 'string' &&
		RATINGS.includes(r.rating) &&
		CARD_STATES.includes(r.state) &&
		isDate(r.review) &&
		isDate(r.due) &&
		isNumber(r.stability) &&
		isNumber(r.difficulty)
		? r
		: null;
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
