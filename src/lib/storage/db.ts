// The only module that talks to IndexedDB for progress. One database, "<prefix>-progress",
// opened with idb, holds three object stores, so the changes that must land together do:
// - cards: card states keyed by card id (plus a snapshot and a journal, see loadStates);
// - log: the append-only review log, keyed "<ISO time>|<card id>|<unique tag>";
// - meta: schema version, settings and small values.
// A rating writes its card and its log entry in one readwrite transaction, issued at once, so
// both are saved or neither. Until 2026 each store was an idb-keyval database of its own; the
// first open copies those in (see copyLegacy). idb-keyval stays for the simple stores elsewhere.
import {
	openDB,
	type DBSchema,
	type IDBPDatabase,
	type IDBPTransaction,
	type StoreNames
} from 'idb';
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import {
	decodeLogChunk,
	decodeSnapshot,
	encodeLogChunk,
	encodeSnapshot,
	logKey,
	logKeyFrom,
	reviveCardState,
	reviveLogEntry,
	uniqueLogKey
} from './records';

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

interface ProgressSchema extends DBSchema {
	cards: { key: string; value: unknown };
	log: { key: string; value: unknown };
	meta: { key: string; value: unknown };
}
type Db = IDBPDatabase<ProgressSchema>;
type Store = StoreNames<ProgressSchema>;
type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<ProgressSchema, Store[], Mode>;

const DB_VERSION = 1;
const STORES: Store[] = ['cards', 'log', 'meta'];
/** Set in meta once the idb-keyval databases have been copied (or found missing). */
export const MIGRATED_KEY = 'copiedFromKeyval';

export const progressDbName = (prefix: string) => `${prefix}-progress`;
/** The databases of the idb-keyval layout: one per store, each with a store of that name. */
export const legacyDbName = (prefix: string, store: Store) => `${prefix}-${store}`;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(message)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function openProgressDb(prefix: string, timeoutMs: number): Promise<Db> {
	const db = await withTimeout(
		openDB<ProgressSchema>(progressDbName(prefix), DB_VERSION, {
			upgrade(database) {
				for (const name of STORES) {
					if (!database.objectStoreNames.contains(name)) database.createObjectStore(name);
				}
			}
		}),
		timeoutMs,
		'IndexedDB did not open in time (blocked?)'
	);
	await copyLegacy(db, prefix);
	return db;
}

/** All records of one idb-keyval database, or null when it does not exist. */
async function readLegacy(name: string, store: Store): Promise<[IDBValidKey, unknown][] | null> {
	// Where the browser can list databases, a missing one is not created by looking.
	if (typeof indexedDB.databases === 'function') {
		const names = (await indexedDB.databases()).map((d) => d.name);
		if (!names.includes(name)) return null;
	}
	const legacy = await openDB(name, undefined, {
		// As idb-keyval would have, so the database stays usable by an older version of the app.
		upgrade(database) {
			if (!database.objectStoreNames.contains(store)) database.createObjectStore(store);
		}
	});
	try {
		if (!legacy.objectStoreNames.contains(store)) return null;
		const tx = legacy.transaction(store, 'readonly');
		const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
		return keys.map((key, i) => [key, values[i]]);
	} finally {
		legacy.close();
	}
}

/**
 * Copies the idb-keyval databases into the new one, once. Records keep their keys, so the
 * snapshot, journal, chunks and log keys read exactly as before. The old databases are left
 * in place (nothing reads them again) so a failed copy can be retried and nothing is lost.
 */
async function copyLegacy(db: Db, prefix: string): Promise<void> {
	if ((await db.get('meta', MIGRATED_KEY)) !== undefined) return;
	const records = await Promise.all(STORES.map((s) => readLegacy(legacyDbName(prefix, s), s)));
	const tx = db.transaction(STORES, 'readwrite');
	await runTx(tx, async () => {
		// Another tab may have copied them while this one was reading.
		if ((await tx.objectStore('meta').get(MIGRATED_KEY)) !== undefined) return;
		const writes = new Requests();
		STORES.forEach((name, i) => {
			const store = tx.objectStore(name);
			for (const [key, value] of records[i] ?? []) {
				if (typeof key === 'string') writes.add(store.put(value, key));
			}
		});
		writes.add(tx.objectStore('meta').put(new Date().toISOString(), MIGRATED_KEY));
		await writes.done();
	});
}

/**
 * The write requests of one transaction, awaited together. Each is watched as it is made, so
 * when one throws halfway (a full disk), the others' rejections on abort are not left unheard.
 */
class Requests {
	readonly #all: Promise<unknown>[] = [];
	add(request: Promise<unknown>): void {
		request.catch(() => undefined);
		this.#all.push(request);
	}
	done(): Promise<unknown[]> {
		return Promise.all(this.#all);
	}
}

/**
 * Runs `body` in `tx` and resolves once the transaction has committed. Anything thrown,
 * including a failed request, aborts the transaction, so none of its writes is kept.
 */
async function runTx<T, Mode extends IDBTransactionMode>(
	tx: Tx<Mode>,
	body: (tx: Tx<Mode>) => Promise<T>
): Promise<T> {
	try {
		const result = await body(tx);
		await tx.done;
		return result;
	} catch (error) {
		tx.done.catch(() => undefined);
		try {
			tx.abort();
		} catch {
			// Already finished or aborted.
		}
		throw error;
	}
}

export class IdbProgressStore implements ProgressStore {
	readonly persistent = true;
	readonly #prefix: string;
	#opening: Promise<Db> | null = null;
	/** Set once open, so a change can start its transaction synchronously. */
	#db: Db | null = null;

	constructor(prefix = DEFAULT_DB_PREFIX) {
		this.#prefix = prefix;
	}

	/** Opens the database (copying the old layout in, the first time). */
	open(timeoutMs = OPEN_TIMEOUT_MS): Promise<void> {
		this.#opening ??= openProgressDb(this.#prefix, timeoutMs).then((db) => (this.#db = db));
		return this.#opening.then(() => undefined);
	}

	/** Runs `body` in a new transaction: created at once when the database is open. */
	#run<T, Mode extends IDBTransactionMode>(
		stores: Store[],
		mode: Mode,
		body: (tx: Tx<Mode>) => Promise<T>
	): Promise<T> {
		if (this.#db) return runTx(this.#db.transaction(stores, mode), body);
		return this.open().then(() => runTx(this.#db!.transaction(stores, mode), body));
	}

	getMeta(key: string) {
		return this.#run(['meta'], 'readonly', (tx) => tx.objectStore('meta').get(key));
	}
	async setMeta(key: string, value: unknown) {
		await this.#run(['meta'], 'readwrite', (tx) => tx.objectStore('meta').put(value, key));
	}
	/**
	 * Reads the snapshot, applies the journal of cards written since, and, when the journal
	 * is not empty, folds it into a new snapshot: all in one transaction, so a write from
	 * another tab lands wholly before or wholly after.
	 */
	loadStates() {
		return this.#run(['cards'], 'readwrite', async (tx) => {
			const store = tx.objectStore('cards');
			const [snapshot, dirty] = await Promise.all([
				store.get(SNAPSHOT_KEY),
				store.getAllKeys(JOURNAL_RANGE())
			]);
			let states = decodeSnapshot(snapshot);
			const fromSnapshot = states !== null;
			if (!states) {
				const range = CARD_RANGE();
				const [keys, records] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
				states = revivedStates(keys.map((key, i) => [key, records[i]]));
			} else if (dirty.length > 0) {
				const ids = dirty.map((key) => String(key).slice(JOURNAL_PREFIX.length));
				const fresh = await Promise.all(ids.map((id) => store.get(id)));
				ids.forEach((id, i) => {
					const state = reviveCardState(fresh[i]);
					if (state && state.cardId === id) states?.set(id, state);
					else states?.delete(id);
				});
			}
			if (!fromSnapshot || dirty.length > 0) {
				await Promise.all([
					store.put(encodeSnapshot(states.values()), SNAPSHOT_KEY),
					store.delete(JOURNAL_RANGE())
				]);
			}
			return states;
		});
	}
	getStates(ids: readonly string[]) {
		return this.#run(['cards'], 'readonly', async (tx) => {
			const raw = await Promise.all(ids.map((id) => tx.objectStore('cards').get(id)));
			return raw.map((r, i) => {
				const state = reviveCardState(r);
				return state && state.cardId === ids[i] ? state : undefined;
			});
		});
	}
	putState(state: CardState) {
		return this.putStates([state]);
	}
	/** Writes the cards and marks them in the journal, in one transaction. */
	async putStates(states: readonly CardState[]) {
		await this.#run(['cards'], 'readwrite', (tx) => {
			const store = tx.objectStore('cards');
			const writes = new Requests();
			for (const state of states) {
				writes.add(store.put(state, state.cardId));
				writes.add(store.put(1, JOURNAL_PREFIX + state.cardId));
			}
			return writes.done();
		});
	}
	async deleteState(cardId: string) {
		await this.#run(['cards'], 'readwrite', (tx) => {
			const store = tx.objectStore('cards');
			const writes = new Requests();
			writes.add(store.delete(cardId));
			writes.add(store.put(1, JOURNAL_PREFIX + cardId));
			return writes.done();
		});
	}
	commitCard(cardId: string, change: (stored: CardState | undefined) => CardChange) {
		return this.#run(['cards', 'log'], 'readwrite', async (tx) => {
			const cards = tx.objectStore('cards');
			const log = tx.objectStore('log');
			const raw = await cards.get(cardId);
			const revived = reviveCardState(raw);
			const next = change(revived && revived.cardId === cardId ? revived : undefined);
			const writes = new Requests();
			writes.add(next.state ? cards.put(next.state, cardId) : cards.delete(cardId));
			writes.add(cards.put(1, JOURNAL_PREFIX + cardId));
			if (next.log) writes.add(log.put(next.log.entry, next.log.key));
			if (next.deleteLog) writes.add(log.delete(next.deleteLog));
			await writes.done();
			return next;
		});
	}
	async appendLogs(logs: readonly ReviewLogEntry[]) {
		await this.#run(['log'], 'readwrite', (tx) => {
			const store = tx.objectStore('log');
			const writes = new Requests();
			for (const entry of logs) writes.add(store.put(entry, newLogKey(entry)));
			return writes.done();
		});
	}
	logsSince(from: Date) {
		const range = ENTRY_RANGE(logKeyFrom(from));
		return this.#run(['log'], 'readonly', async (tx) =>
			revivedLogs(await tx.objectStore('log').getAll(range))
		);
	}
	async allLogs() {
		const [chunks, entries] = await this.#run(['log'], 'readonly', (tx) =>
			Promise.all([
				tx.objectStore('log').getAll(CHUNK_RANGE()),
				tx.objectStore('log').getAll(ENTRY_RANGE())
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
		return this.#run(['log'], 'readwrite', async (tx) => {
			const store = tx.objectStore('log');
			const count = await store.count(range);
			if (count < COMPACT_THRESHOLD) return 0;
			const [keys, raw] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
			const entries = revivedLogs(raw);
			const writes = new Requests();
			for (let i = 0; i < entries.length; i += CHUNK_SIZE) {
				const chunk = entries.slice(i, i + CHUNK_SIZE);
				writes.add(store.put(encodeLogChunk(chunk), CHUNK_PREFIX + logKey(chunk[0]!)));
			}
			// Only the entries read are removed; anything unreadable stays as it was.
			if (entries.length === keys.length) writes.add(store.delete(range));
			else {
				for (const key of keys.filter((_, i) => reviveLogEntry(raw[i]))) {
					writes.add(store.delete(key));
				}
			}
			await writes.done();
			return entries.length;
		});
	}
	rawStates() {
		return this.#run(['cards'], 'readonly', async (tx) => {
			const [keys, records] = await Promise.all([
				tx.objectStore('cards').getAllKeys(CARD_RANGE()),
				tx.objectStore('cards').getAll(CARD_RANGE())
			]);
			return keys.map((key, i) => [String(key), records[i]] as [string, unknown]);
		});
	}
	rawLogs() {
		return this.#run(['log'], 'readonly', (tx) => tx.objectStore('log').getAll(ENTRY_RANGE()));
	}
	/**
	 * Clears and rewrites in a single transaction: IndexedDB keeps all of it or none, so a
	 * full disk halfway through leaves the old progress as it was.
	 */
	async replaceCollection(
		{ states, logs }: Collection,
		meta: Readonly<Record<string, unknown>> = {}
	) {
		await this.#run(STORES, 'readwrite', async (tx) => {
			const cards = tx.objectStore('cards');
			const log = tx.objectStore('log');
			const writes = new Requests();
			writes.add(cards.clear());
			writes.add(log.clear());
			for (const state of states) writes.add(cards.put(state, state.cardId));
			writes.add(cards.put(encodeSnapshot(states), SNAPSHOT_KEY));
			for (const entry of logs) writes.add(log.put(entry, newLogKey(entry)));
			for (const [key, value] of Object.entries(meta)) {
				writes.add(tx.objectStore('meta').put(value, key));
			}
			await writes.done();
		});
	}
	/** Deletes log entries by key (used by tests and the bench to tidy up). */
	async deleteLogs(keys: string[]) {
		await this.#run(['log'], 'readwrite', (tx) =>
			Promise.all(keys.map((key) => tx.objectStore('log').delete(key)))
		);
	}
	/** Closes the connection (tests that delete or reopen the database). */
	async close() {
		(await this.#opening)?.close();
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
	async commitCard(cardId: string, change: (stored: CardState | undefined) => CardChange) {
		const next = change(structuredClone(this.#cards.get(cardId)));
		if (next.state) this.#cards.set(cardId, structuredClone(next.state));
		else this.#cards.delete(cardId);
		if (next.log) this.#log.set(next.log.key, structuredClone(next.log.entry));
		if (next.deleteLog) this.#log.delete(next.deleteLog);
		return next;
	}
	async appendLogs(logs: readonly ReviewLogEntry[]) {
		for (const entry of logs) this.#log.set(newLogKey(entry), structuredClone(entry));
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
	async replaceCollection(
		{ states, logs }: Collection,
		meta: Readonly<Record<string, unknown>> = {}
	) {
		this.#cards.clear();
		this.#log.clear();
		await this.putStates(states);
		await this.appendLogs(logs);
		for (const [key, value] of Object.entries(meta)) this.#meta.set(key, structuredClone(value));
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
 * another version holding it open) or broken. Never throws. The time limit is for opening
 * only: copying a large collection from the old layout may take longer, and must finish.
 */
export async function openProgressStore(prefix = DEFAULT_DB_PREFIX): Promise<OpenedStore> {
	if (typeof indexedDB === 'undefined') {
		return { store: new MemoryProgressStore(), error: 'This browser offers no IndexedDB.' };
	}
	try {
		const store = new IdbProgressStore(prefix);
		await store.open(OPEN_TIMEOUT_MS);
		return { store, error: null };
	} catch (error) {
		return { store: new MemoryProgressStore(), error: errorMessage(error) };
	}
}

/** A storage failure in plain words, for the banner and messages. */
export function errorMessage(error: unknown): string {
	const name =
		typeof error === 'object' && error && 'name' in error ? String(error.name) : undefined;
	if (name === 'QuotaExceededError') return 'the browser has no room left to save it';
	if (name === 'AbortError' && !(error instanceof Error && error.message !== name)) {
		return 'the browser stopped the save before it finished';
	}
	if (error instanceof Error) return error.message || error.name;
	if (name) return name;
	// A transaction aborted with no error gives null.
	if (error === null || error === undefined) return 'the browser gave no reason';
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
