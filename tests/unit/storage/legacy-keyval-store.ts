// The progress store as it was before the single database (commit 0a4ef6a): three idb-keyval
// databases, log keys "<ISO time>|<card id>". Kept, trimmed of nothing but its exports, so
// the migration test saves a collection exactly as the previous version of the app did.
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
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import {
	decodeLogChunk,
	decodeSnapshot,
	encodeLogChunk,
	encodeSnapshot,
	logKey,
	logKeyFrom,
	reviveCardState,
	reviveLogEntry
} from '$lib/storage/records';

interface Collection {
	states: CardState[];
	logs: ReviewLogEntry[];
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

export class LegacyKeyvalStore {
	readonly persistent = true;
	readonly #cards: UseStore;
	readonly #log: UseStore;
	readonly #meta: UseStore;

	constructor(prefix: string) {
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
