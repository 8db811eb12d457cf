// The only module that talks to IndexedDB, through idb-keyval. Three databases, one object
// store each (idb-keyval's createStore opens one database per name pair and only creates
// its store on first open, so stores cannot share a database): card states keyed by card id,
// the append-only review log keyed by "<ISO time>|<card id>", and meta (schema version, settings).
// A rating writes two records; nothing ever rewrites the whole collection.
import {
	clear,
	createStore,
	del,
	delMany,
	get,
	getMany,
	promisifyRequest,
	set,
	setMany,
	type UseStore
} from 'idb-keyval';
import type { CardState, ReviewLogEntry } from '$lib/srs';
import {
	decodeLogChunk,
	decodeSnapshot,
	encodeLogChunk,
	encodeSnapshot,
	logKey,
	logKeyFrom,
	reviveCardState,
	reviveLogEntry
} from './records';

export const DEFAULT_DB_PREFIX = 'xi-fp';

/** Everything the app keeps, in one shape for backups, imports and the bench. */
export interface Collection {
	states: CardState[];
	logs: ReviewLogEntry[];
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
	/** Appends one entry and returns its key (for undo). */
	appendLog(entry: ReviewLogEntry): Promise<string>;
	appendLogs(entries: readonly ReviewLogEntry[]): Promise<void>;
	deleteLog(key: string): Promise<void>;
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
	/** Replaces states and log entirely (import, migration, reset). */
	replaceCollection(collection: Collection): Promise<void>;
}

function revivedStates(records: [IDBValidKey, unknown][]): Map<string, CardState> {
	const states = new Map<string, CardState>();
	for (const [key, raw] of records) {
		const state = reviveCardState(raw);
		if (state && state.cardId === key) states.set(state.cardId, state);
	}
	return states;
}

function revivedLogs(records: unknown[]): ReviewLogEntry[] {
	const logs: ReviewLogEntry[] = [];
	for (const raw of records) {
		const entry = reviveLogEntry(raw);
		if (entry) logs.push(entry);
	}
	return logs;
}

// Keys of the card store that are not card ids start with "~", which no card id does
// (ids match /^[a-z0-9]/), so every card record sorts before them.
const SNAPSHOT_KEY = '~snapshot';
const JOURNAL_PREFIX = '~journal|';
const JOURNAL_RANGE = () => IDBKeyRange.bound(JOURNAL_PREFIX, JOURNAL_PREFIX + '\uffff');
const CARD_RANGE = () => IDBKeyRange.upperBound('~', true);
// The log store likewise: entries keyed by ISO time (starting with a digit), then chunks.
const CHUNK_PREFIX = '~chunk|';
const CHUNK_RANGE = () => IDBKeyRange.bound(CHUNK_PREFIX, CHUNK_PREFIX + '\uffff');
const ENTRY_RANGE = (from?: string) =>
	from === undefined
		? IDBKeyRange.upperBound('~', true)
		: IDBKeyRange.bound(from, '~', false, true);
/** Pack only when this many old entries have gathered, so chunks stay few and large. */
const COMPACT_THRESHOLD = 2000;
const CHUNK_SIZE = 10_000;

export class IdbProgressStore implements ProgressStore {
	readonly persistent = true;
	readonly #cards: UseStore;
	readonly #log: UseStore;
	readonly #meta: UseStore;

	constructor(prefix = DEFAULT_DB_PREFIX) {
		this.#cards = createStore(`${prefix}-cards`, 'cards');
		this.#log = createStore(`${prefix}-log`, 'log');
		this.#meta = createStore(`${prefix}-meta`, 'meta');
	}

	getMeta(key: string) {
		return get<unknown>(key, this.#meta);
	}
	setMeta(key: string, value: unknown) {
		return set(key, value, this.#meta);
	}
	/**
	 * Reads the snapshot, applies the journal of cards written since, and, when the journal
	 * is not empty, folds it into a new snapshot: all in one transaction, so a write from
	 * another tab lands wholly before or wholly after.
	 */
	loadStates() {
		return this.#cards('readwrite', async (store) => {
			const [snapshot, dirty] = await Promise.all([
				promisifyRequest(store.get(SNAPSHOT_KEY)),
				promisifyRequest(store.getAllKeys(JOURNAL_RANGE()))
			]);
			let states = decodeSnapshot(snapshot);
			const fromSnapshot = states !== null;
			if (!states) {
				const range = CARD_RANGE();
				const [keys, records] = await Promise.all([
					promisifyRequest(store.getAllKeys(range)),
					promisifyRequest(store.getAll(range))
				]);
				states = revivedStates(keys.map((key, i) => [key, records[i]]));
			} else if (dirty.length > 0) {
				const ids = dirty.map((key) => String(key).slice(JOURNAL_PREFIX.length));
				const fresh = await Promise.all(ids.map((id) => promisifyRequest(store.get(id))));
				ids.forEach((id, i) => {
					const state = reviveCardState(fresh[i]);
					if (state && state.cardId === id) states?.set(id, state);
					else states?.delete(id);
				});
			}
			if (!fromSnapshot || dirty.length > 0) {
				store.put(encodeSnapshot(states.values()), SNAPSHOT_KEY);
				store.delete(JOURNAL_RANGE());
			}
			return states;
		});
	}
	async getStates(ids: readonly string[]) {
		const raw = await getMany<unknown>([...ids], this.#cards);
		return raw.map((r) => reviveCardState(r) ?? undefined);
	}
	putState(state: CardState) {
		return this.putStates([state]);
	}
	/** Writes the cards and marks them in the journal, in one transaction. */
	putStates(states: readonly CardState[]) {
		return this.#cards('readwrite', (store) => {
			for (const state of states) {
				store.put(state, state.cardId);
				store.put(1, JOURNAL_PREFIX + state.cardId);
			}
			return promisifyRequest(store.transaction);
		});
	}
	deleteState(cardId: string) {
		return this.#cards('readwrite', (store) => {
			store.delete(cardId);
			store.put(1, JOURNAL_PREFIX + cardId);
			return promisifyRequest(store.transaction);
		});
	}
	async appendLog(entry: ReviewLogEntry) {
		const key = logKey(entry);
		await set(key, entry, this.#log);
		return key;
	}
	appendLogs(logs: readonly ReviewLogEntry[]) {
		return setMany(
			logs.map((entry) => [logKey(entry), entry]),
			this.#log
		);
	}
	deleteLog(key: string) {
		return del(key, this.#log);
	}
	async logsSince(from: Date) {
		const range = ENTRY_RANGE(logKeyFrom(from));
		const raw = await this.#log('readonly', (store) => promisifyRequest(store.getAll(range)));
		return revivedLogs(raw);
	}
	async allLogs() {
		const [chunks, entries] = await this.#log('readonly', (store) =>
			Promise.all([
				promisifyRequest(store.getAll(CHUNK_RANGE())),
				promisifyRequest(store.getAll(ENTRY_RANGE()))
			])
		);
		const logs = chunks.flatMap((chunk) => decodeLogChunk(chunk) ?? []);
		logs.push(...revivedLogs(entries));
		// Chunks hold older entries than the single ones, but an import can break that order.
		for (let i = 1; i < logs.length; i++) {
			if (logs[i - 1]!.review > logs[i]!.review) {
				return logs.sort((a, b) => a.review.getTime() - b.review.getTime());
			}
		}
		return logs;
	}
	compactLog(before: Date) {
		const range = IDBKeyRange.upperBound(logKeyFrom(before), true);
		return this.#log('readwrite', async (store) => {
			const count = await promisifyRequest(store.count(range));
			if (count < COMPACT_THRESHOLD) return 0;
			const [keys, raw] = await Promise.all([
				promisifyRequest(store.getAllKeys(range)),
				promisifyRequest(store.getAll(range))
			]);
			const entries = revivedLogs(raw);
			for (let i = 0; i < entries.length; i += CHUNK_SIZE) {
				const chunk = entries.slice(i, i + CHUNK_SIZE);
				store.put(encodeLogChunk(chunk), CHUNK_PREFIX + logKey(chunk[0]!));
			}
			// Only the entries read are removed; anything unreadable stays as it was.
			if (entries.length === keys.length) store.delete(range);
			else for (const key of keys.filter((_, i) => reviveLogEntry(raw[i]))) store.delete(key);
			return entries.length;
		});
	}
	async rawStates() {
		const entries = await this.#cards('readonly', (store) =>
			Promise.all([
				promisifyRequest(store.getAllKeys(CARD_RANGE())),
				promisifyRequest(store.getAll(CARD_RANGE()))
			])
		);
		const [keys, records] = entries;
		return keys.map((key, i) => [String(key), records[i]] as [string, unknown]);
	}
	rawLogs() {
		return this.#log('readonly', (store) => promisifyRequest(store.getAll(ENTRY_RANGE())));
	}
	async replaceCollection({ states, logs }: Collection) {
		await clear(this.#cards);
		await clear(this.#log);
		await this.putStates(states);
		await this.appendLogs(logs);
		await this.loadStates();
	}
	/** Deletes log entries by key (used by tests and the bench to tidy up). */
	deleteLogs(keys: string[]) {
		return delMany(keys, this.#log);
	}
}

/** Keeps everything in memory when IndexedDB is unavailable. Copies in and out, like IDB. */
export class MemoryProgressStore implements ProgressStore {
	readonly persistent = false;
	readonly #cards = new Map<string, CardState>();
	readonly #log = new Map<string, ReviewLogEntry>();
	readonly #meta = new Map<string, unknown>();

	async getMeta(key: string) {
		return structuredClone(this.#meta.get(key));
	}
	async setMeta(key: string, value: unknown) {
		this.#meta.set(key, structuredClone(value));
	}
	async loadStates() {
		return new Map([...this.#cards].map(([id, s]) => [id, structuredClone(s)]));
	}
	async getStates(ids: readonly string[]) {
		return ids.map((id) => structuredClone(this.#cards.get(id)));
	}
	async putState(state: CardState) {
		this.#cards.set(state.cardId, structuredClone(state));
	}
	async putStates(states: readonly CardState[]) {
		for (const state of states) this.#cards.set(state.cardId, structuredClone(state));
	}
	async deleteState(cardId: string) {
		this.#cards.delete(cardId);
	}
	async appendLog(entry: ReviewLogEntry) {
		const key = logKey(entry);
		this.#log.set(key, structuredClone(entry));
		return key;
	}
	async appendLogs(logs: readonly ReviewLogEntry[]) {
		for (const entry of logs) this.#log.set(logKey(entry), structuredClone(entry));
	}
	async deleteLog(key: string) {
		this.#log.delete(key);
	}
	async logsSince(from: Date) {
		const lower = logKeyFrom(from);
		return [...this.#log]
			.filter(([key]) => key >= lower)
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([, entry]) => structuredClone(entry));
	}
	async allLogs() {
		return [...this.#log]
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([, entry]) => structuredClone(entry));
	}
	async rawStates() {
		return [...this.#cards].map(([id, s]) => [id, structuredClone(s)] as [string, unknown]);
	}
	async rawLogs() {
		return this.allLogs();
	}
	async compactLog() {
		return 0;
	}
	async replaceCollection({ states, logs }: Collection) {
		this.#cards.clear();
		this.#log.clear();
		await this.putStates(states);
		await this.appendLogs(logs);
	}
}

export interface OpenedStore {
	store: ProgressStore;
	/** Why progress will not be saved, when the store is the in-memory fallback. */
	error: string | null;
}

const OPEN_TIMEOUT_MS = 3000;

/**
 * Opens IndexedDB, or falls back to memory when it is missing, blocked (private mode,
 * another version holding it open) or broken. Never throws.
 */
export async function openProgressStore(prefix = DEFAULT_DB_PREFIX): Promise<OpenedStore> {
	if (typeof indexedDB === 'undefined') {
		return { store: new MemoryProgressStore(), error: 'This browser offers no IndexedDB.' };
	}
	try {
		const store = new IdbProgressStore(prefix);
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(
				() => reject(new Error('IndexedDB did not open in time (blocked?)')),
				OPEN_TIMEOUT_MS
			);
		});
		try {
			// A read from every database proves all three open.
			await Promise.race([
				Promise.all([
					store.getMeta('schemaVersion'),
					store.getStates([]),
					store.logsSince(new Date())
				]),
				timeout
			]);
		} finally {
			clearTimeout(timer);
		}
		return { store, error: null };
	} catch (error) {
		return { store: new MemoryProgressStore(), error: errorMessage(error) };
	}
}

export function errorMessage(error: unknown): string {
	if (error instanceof Error) return error.message || error.name;
	if (typeof error === 'object' && error && 'name' in error) return String(error.name);
	return String(error);
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
