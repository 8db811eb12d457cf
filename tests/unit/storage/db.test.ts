import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { IdbProgressStore } from '$lib/storage/db';
import { progressDbName } from '$lib/storage/idb-tx';
import { MemoryProgressStore } from '$lib/storage/memory-store';
import { newLogKey, writeCollection } from '$lib/storage/progress-store';
import { logKey } from '$lib/storage/records';
import { dayStart } from '$lib/srs/day';
import { buildQueue } from '$lib/srs/queue';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { makeSyntheticCollection } from '$lib/srs/synthetic';

const now = new Date(2025, 2, 10, 9, 0);
let dbCount = 0;

describe.each([
	['IndexedDB', () => new IdbProgressStore(`db-${++dbCount}`)],
	['memory', () => new MemoryProgressStore()]
])('%s store', (_, makeStore) => {
	it('returns states with their dates as dates', async () => {
		const store = makeStore();
		const { states } = makeSyntheticCollection(20, 0, 1, now);
		await store.putStates(states);
		const loaded = await store.loadStates();
		expect(loaded.size).toBe(states.length);
		for (const state of states) expect(loaded.get(state.cardId)).toEqual(state);
		expect([...loaded.values()][0]?.due).toBeInstanceOf(Date);
	});

	it("reads only today's log entries, oldest first", async () => {
		const store = makeStore();
		const { logs } = makeSyntheticCollection(50, 2000, 2, now);
		await writeCollection(store, { states: [], logs });
		const start = dayStart(now, 4);
		const today = await store.logsSince(start);
		const expected = logs.filter((l) => l.review >= start);
		expect(expected.length).toBeGreaterThan(0);
		expect(today.map(logKey)).toEqual(expected.map(logKey));
		expect((await store.allLogs()).length).toBe(2000);
	});

	it('writes a card and its log entry together, and an undo removes just that entry', async () => {
		const store = makeStore();
		const { states, logs } = makeSyntheticCollection(5, 10, 3, now);
		await store.appendLogs(logs);
		const card = states[0]!;
		const entry = { ...logs[0]!, cardId: card.cardId, review: now };
		const log = { key: newLogKey(entry), entry };
		let seen: unknown = 'not called';
		await store.commitCard(card.cardId, (stored) => {
			seen = stored;
			return { state: card, log };
		});
		expect(seen).toBeUndefined();
		expect((await store.getStates([card.cardId]))[0]).toEqual(card);
		expect(await store.allLogs()).toHaveLength(logs.length + 1);

		await store.commitCard(card.cardId, (stored) => {
			seen = stored;
			return { state: null, deleteLog: log.key };
		});
		expect(seen).toEqual(card);
		expect((await store.getStates([card.cardId]))[0]).toBeUndefined();
		expect((await store.allLogs()).map(logKey)).toEqual(logs.map(logKey));
	});

	it('keeps two entries for the same card in the same millisecond (two tabs)', async () => {
		const store = makeStore();
		const { logs } = makeSyntheticCollection(1, 1, 3, now);
		const entry = logs[0]!;
		await store.appendLogs([entry, { ...entry, rating: 'again' }]);
		await store.commitCard(entry.cardId, () => ({
			state: null,
			log: { key: newLogKey(entry), entry: { ...entry, rating: 'easy' } }
		}));
		const ratings = (await store.allLogs()).map((l) => l.rating).sort();
		expect(ratings).toEqual(['again', 'easy', entry.rating].sort());
	});
});

describe('IndexedDB snapshot and journal', () => {
	it('loads cards written and deleted by another tab after the last snapshot', async () => {
		const prefix = `db-${++dbCount}`;
		const { states } = makeSyntheticCollection(30, 0, 5, now);
		const tabA = new IdbProgressStore(prefix);
		await writeCollection(tabA, { states, logs: [] }); // leaves a fresh snapshot

		const tabB = new IdbProgressStore(prefix);
		const changed = { ...states[0]!, reps: 99, due: new Date(2030, 0, 1) };
		await tabB.putState(changed);
		await tabB.deleteState(states[1]!.cardId);

		const loaded = await new IdbProgressStore(prefix).loadStates();
		expect(loaded.get(changed.cardId)).toEqual(changed);
		expect(loaded.has(states[1]!.cardId)).toBe(false);
		expect(loaded.size).toBe(states.length - 1);
		// Folded into the snapshot: a second load agrees.
		expect(await new IdbProgressStore(prefix).loadStates()).toEqual(loaded);
	});
});

describe('IndexedDB log chunks', () => {
	it('packs old entries into a few records and still returns every entry in order', async () => {
		const prefix = `db-${++dbCount}`;
		const store = new IdbProgressStore(prefix);
		const { logs } = makeSyntheticCollection(100, 12_000, 6, now);
		await writeCollection(store, { states: [], logs });
		const start = dayStart(now, 4);
		const todayBefore = await store.logsSince(start);

		const packed = await store.compactLog(start);
		expect(packed).toBe(logs.filter((l) => l.review < start).length);
		const db = await openDB(progressDbName(prefix));
		const records = await db.getAllKeys('log');
		db.close();
		expect(records.length).toBeLessThan(todayBefore.length + 5);

		expect((await store.allLogs()).map(logKey)).toEqual(logs.map(logKey));
		expect((await store.logsSince(start)).map(logKey)).toEqual(todayBefore.map(logKey));
		expect(await store.compactLog(start)).toBe(0); // nothing left to pack
	});

	it('leaves a small log as single entries', async () => {
		const store = new IdbProgressStore(`db-${++dbCount}`);
		const { logs } = makeSyntheticCollection(10, 100, 7, now);
		await store.appendLogs(logs);
		expect(await store.compactLog(now)).toBe(0);
		expect(await store.allLogs()).toEqual(logs);
	});
});

describe('scale', () => {
	it('loads 10,000 states and builds the queue without reading the whole log', async () => {
		const store = new IdbProgressStore(`db-${++dbCount}`);
		const collection = makeSyntheticCollection(10_000, 20_000, 4, now);
		await writeCollection(store, collection);
		const states = await store.loadStates();
		const todayLogs = await store.logsSince(dayStart(now, 4));
		const queue = buildQueue({
			cards: collection.cards,
			states,
			todayLogs,
			settings: DEFAULT_SETTINGS,
			now
		});
		expect(states.size).toBe(collection.states.length);
		expect(todayLogs.length).toBeLessThan(200);
		expect(queue.counts.review).toBeLessThanOrEqual(DEFAULT_SETTINGS.maxReviewsPerDay);
		expect(queue.counts.new).toBeLessThanOrEqual(DEFAULT_SETTINGS.newCardsPerDay);
		expect(queue.ids.length).toBeGreaterThan(0);
	});
});
