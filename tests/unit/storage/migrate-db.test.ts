import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Progress } from '$lib/storage/progress.svelte';
import type { CardState } from '$lib/srs/card';
import { dayStart } from '$lib/srs/day';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { makeSyntheticCollection } from '$lib/srs/synthetic';
import { LegacyKeyvalStore } from './legacy-keyval-store';

const now = new Date(2025, 2, 10, 9, 0);
const opened: Progress[] = [];
let dbCount = 0;

afterEach(() => {
	for (const p of opened.splice(0)) p.close();
});

async function open(prefix: string) {
	const progress = new Progress({ prefix, clock: () => now });
	opened.push(progress);
	await progress.load();
	return progress;
}

const byId = (states: Iterable<CardState>) =>
	[...states].sort((a, b) => (a.cardId < b.cardId ? -1 : 1));

/** Every log entry the app can read, as a student's backup file would list them. */
async function loggedReviews(progress: Progress) {
	const backup = JSON.parse((await progress.exportBackup()).json) as { log: unknown[] };
	return backup.log.map((entry) => JSON.stringify(entry)).sort();
}

/**
 * A collection saved by the previous version: a snapshot, cards written after it (the
 * journal), old entries packed into chunks, single entries, settings and a personal best.
 */
async function savedByPreviousVersion(prefix: string) {
	const legacy = new LegacyKeyvalStore(prefix);
	const { states, logs } = makeSyntheticCollection(400, 3000, 21, now);
	for (let i = 0; i < states.length; i += 100) await legacy.putStates(states.slice(i, i + 100));
	await legacy.appendLogs(logs);
	await legacy.loadStates(); // writes the snapshot
	expect(await legacy.compactLog(dayStart(now, 4))).toBeGreaterThan(2000);
	const changed = { ...states[0]!, reps: states[0]!.reps + 1, due: new Date(2025, 5, 1) };
	await legacy.putState(changed);
	await legacy.deleteState(states[1]!.cardId);
	const extra = { ...logs[0]!, cardId: changed.cardId, review: now };
	await legacy.appendLog(extra);
	await legacy.setMeta('schemaVersion', 1);
	await legacy.setMeta('settings', { ...DEFAULT_SETTINGS, newCardsPerDay: 7 });
	await legacy.setMeta('best:quiz:dates', 9);
	const expected = new Map(states.map((s) => [s.cardId, s]));
	expected.set(changed.cardId, changed);
	expected.delete(states[1]!.cardId);
	return { states: byId(expected.values()), logCount: logs.length + 1 };
}

describe('moving from the idb-keyval databases to one database', () => {
	it('loads a collection saved by the previous version with nothing lost', async () => {
		const prefix = `migrate-${++dbCount}`;
		const saved = await savedByPreviousVersion(prefix);

		const progress = await open(prefix);
		expect(progress.persistent).toBe(true);
		expect(progress.lastError).toBeNull();
		expect(byId(progress.states.values())).toEqual(saved.states);
		const reviews = await loggedReviews(progress);
		expect(reviews).toHaveLength(saved.logCount);
		expect(progress.settings.newCardsPerDay).toBe(7);
		expect(await progress.personalBest('quiz:dates')).toBe(9);

		// Copied once: a rating and a reload add one entry, not a second copy of the log.
		await progress.rate('synthetic-5', 'good');
		const reloaded = await open(prefix);
		expect(await loggedReviews(reloaded)).toHaveLength(saved.logCount + 1);
		expect(reloaded.states.get('synthetic-5')).toEqual(progress.states.get('synthetic-5'));
		expect(reloaded.states.size).toBe(progress.states.size);
	});

	it('copies once when two tabs open the new version at the same moment', async () => {
		const prefix = `migrate-${++dbCount}`;
		const saved = await savedByPreviousVersion(prefix);
		const [tabA, tabB] = await Promise.all([open(prefix), open(prefix)]);
		expect(await loggedReviews(tabA)).toHaveLength(saved.logCount);
		expect(byId(tabB.states.values())).toEqual(saved.states);
		expect(await loggedReviews(await open(prefix))).toHaveLength(saved.logCount);
	});

	it('starts empty when there is nothing to copy', async () => {
		const progress = await open(`migrate-${++dbCount}`);
		expect(progress.states.size).toBe(0);
		expect(await loggedReviews(progress)).toEqual([]);
	});
});
