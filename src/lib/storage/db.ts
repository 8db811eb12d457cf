// The progress database in IndexedDB. One database, "<prefix>-progress",
// opened with idb, holds three object stores, so the changes that must land together do:
// - cards: card states keyed by card id (plus a snapshot and a journal, see loadStates);
// - log: the append-only review log, keyed "<ISO time>|<card id>|<unique tag>";
// - meta: schema version, settings and small values.
// A rating writes its card and its log entry in one readwrite transaction, issued at once, so
// both are saved or neither. Until 2026 each store was an idb-keyval database of its own; the
// first open copies those in (legacy-copy.ts). IndexedDB is opened here (with idb) and in kv.ts
// (with idb-keyval, for the small stores: custom decks, the class list); nowhere else.
// Over 300 lines for one reason: IdbProgressStore is one class whose methods, one transaction
// each, share the key layout below (snapshot, journal, chunks); split, that layout would scatter.
import { openDB } from 'idb';
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import {
	DB_VERSION,
	progressDbName,
	Requests,
	runTx,
	STORES,
	withTimeout,
	type Db,
	type ProgressSchema,
	type Store,
	type Tx
} from './idb-tx';
import { copyLegacy } from './legacy-copy';
import { MemoryProgressStore } from './memory-store';
import {
	DEFAULT_DB_PREFIX,
	newLogKey,
	type CardChange,
	type Collection,
	type ProgressStore
} from './progress-store';
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
import { errorMessage } from './saved';

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
