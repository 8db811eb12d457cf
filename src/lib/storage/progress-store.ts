// What a progress store is, whichever keeps it (IndexedDB in db.ts, memory in memory-store.ts):
// the card states, the append-only review log and the meta values, with the changes that must
// land together in one call. Also the log keys every store writes, and a bulk write.
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import { uniqueLogKey } from './records';

export const DEFAULT_DB_PREFIX = 'xi-fp';

/** Everything the app keeps, in one shape for backups, imports and the bench. */
export interface Collection {
	states: CardState[];
	logs: ReviewLogEntry[];
}

/** What one change writes to a card, computed from the card as stored at that moment. */
export interface CardChange {
	/** The card's new state; null removes it (an undo back to "never studied"). */
	state: CardState | null;
	/** A log entry to add, under a key from newLogKey. */
	log?: { key: string; entry: ReviewLogEntry };
	/** The key of a log entry to remove (undo). */
	deleteLog?: string;
}

export interface ProgressStore {
	/** False for the in-memory fallback: nothing survives a reload. */
	readonly persistent: boolean;
	getMeta(key: string): Promise<unknown>;
	setMeta(key: string, value: unknown): Promise<void>;
	/** All card states; records that cannot be read are skipped (and stay stored). */
	loadStates(): Promise<Map<string, CardState>>;
	getStates(ids: readonly string[]): Promise<(CardState | undefined)[]>;
	putState(state: CardState): Promise<void>;
	putStates(states: readonly CardState[]): Promise<void>;
	deleteState(cardId: string): Promise<void>;
	/**
	 * One change to one card (a rating, an undo, a suspend) in one transaction: reads the card as
	 * stored, passes it to `change`, and writes what that returns, log entry included; all of it
	 * or nothing. Started synchronously, so changes land in the order they were made, and
	 * `change` sees every change made before it, from any tab. Resolves with what was written.
	 */
	commitCard(
		cardId: string,
		change: (stored: CardState | undefined) => CardChange
	): Promise<CardChange>;
	appendLogs(entries: readonly ReviewLogEntry[]): Promise<void>;
	/** Entries reviewed at or after `from`, oldest first, read by key range only. */
	logsSince(from: Date): Promise<ReviewLogEntry[]>;
	allLogs(): Promise<ReviewLogEntry[]>;
	/** Raw records with their keys, for migrations. */
	rawStates(): Promise<[string, unknown][]>;
	rawLogs(): Promise<unknown[]>;
	/**
	 * Packs log entries reviewed before `before` into chunk records when there are enough of
	 * them to be worth it; returns how many were packed. Today's entries are never packed.
	 */
	compactLog(before: Date): Promise<number>;
	/**
	 * Replaces states and log entirely, and sets the given meta values (import, migration,
	 * reset), in one transaction: on any failure the old progress stays whole.
	 */
	replaceCollection(
		collection: Collection,
		meta?: Readonly<Record<string, unknown>>
	): Promise<void>;
}

// A tag unique to this page, so two tabs rating the same card in the same millisecond write
// two log entries instead of one overwriting the other.
const TAB_TAG = randomTag();
let keyCount = 0;

function randomTag(): string {
	const bytes = new Uint8Array(6);
	if (typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(bytes);
	else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
	return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

/** A log key no other write, in this tab or another, can use: "<ISO time>|<card id>|<tag>". */
export function newLogKey(entry: Pick<ReviewLogEntry, 'review' | 'cardId'>): string {
	return uniqueLogKey(entry, `${TAB_TAG}${(keyCount++).toString(36)}`);
}

/**
 * Bulk-writes a collection (the bench and tests) in a few large transactions, then reads
 * the states once so the next load starts from a fresh snapshot.
 */
export async function writeCollection(store: ProgressStore, collection: Collection) {
	const CHUNK = 5000;
	for (let i = 0; i < collection.states.length; i += CHUNK) {
		await store.putStates(collection.states.slice(i, i + CHUNK));
	}
	for (let i = 0; i < collection.logs.length; i += CHUNK) {
		await store.appendLogs(collection.logs.slice(i, i + CHUNK));
	}
	await store.loadStates();
}

/** The meta key of the settings (written with the progress on import, read on every load). */
export const SETTINGS_KEY = 'settings';
