import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '$lib/storage/progress.svelte';
import type { Deck } from '$lib/decks/schema';

const opened: Progress[] = [];
let dbCount = 0;
const fixedNow = () => new Date(2025, 2, 10, 9, 0);

afterEach(() => {
	for (const p of opened.splice(0)) p.close();
	vi.restoreAllMocks();
});

function deck(n: number): Deck {
	return {
		id: 'dates',
		title: 'Dates',
		description: 'Test deck',
		cards: Array.from({ length: n }, (_, i) => ({
			id: `dates-${i}`,
			kind: 'date' as const,
			prompt: `Prompt ${i}`,
			answer: `Answer ${i}`,
			source: { doc: 'doc.txt', section: '', excerpt: `Excerpt ${i}` }
		}))
	};
}

async function open(prefix: string) {
	const progress = new Progress({ prefix, clock: fixedNow });
	opened.push(progress);
	await progress.load();
	progress.setDecks([deck(10)]);
	return progress;
}

/** What a reload would show: every state and the number of reviews in the log. */
async function reloaded(prefix: string) {
	const progress = await open(prefix);
	return {
		states: JSON.stringify([...progress.states.values()]),
		reviews: (await progress.stats()).totalReviews
	};
}

/** A full disk: every put into `store` after the first `allowed` throws QuotaExceededError. */
function fillDiskAfter(allowed: number, store?: string) {
	const put = IDBObjectStore.prototype.put;
	let puts = 0;
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
		this: IDBObjectStore,
		...args: Parameters<IDBObjectStore['put']>
	) {
		if ((store === undefined || this.name === store) && ++puts > allowed) {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		return put.apply(this, args);
	});
}

describe('one transaction per change', () => {
	it('a full disk while saving a rating saves neither the card nor its log entry', async () => {
		const prefix = `atomic-${++dbCount}`;
		const progress = await open(prefix);
		await progress.rate('dates-0', 'good');
		const before = await reloaded(prefix);

		fillDiskAfter(0, 'log');
		vi.spyOn(console, 'error').mockImplementation(() => {});
		await progress.rate('dates-1', 'good');
		expect(progress.lastError).toBe('Not saved: the browser has no room left to save it');
		vi.mocked(IDBObjectStore.prototype.put).mockRestore();

		expect(await reloaded(prefix)).toEqual(before);
	});

	it('a full disk during "Replace my progress" keeps the old progress whole, and says so', async () => {
		const source = await open(`atomic-${++dbCount}`);
		for (let i = 0; i < 6; i++) await source.rate(`dates-${i}`, 'easy');
		const { json } = await source.exportBackup();

		const prefix = `atomic-${++dbCount}`;
		const target = await open(prefix);
		await target.rate('dates-9', 'again');
		await target.updateSettings({ newCardsPerDay: 3 });
		const before = await reloaded(prefix);

		fillDiskAfter(4);
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const result = await target.importBackup(json);
		vi.mocked(IDBObjectStore.prototype.put).mockRestore();
		expect(result).toEqual({
			ok: false,
			message:
				'The backup could not be saved (the browser has no room left to save it). Nothing was changed: your progress is as it was.'
		});
		expect(target.states.has('dates-9')).toBe(true);
		expect(await reloaded(prefix)).toEqual(before);
		expect((await open(prefix)).settings.newCardsPerDay).toBe(3);
	});
});

describe('two tabs', () => {
	it('a tab rating from a stale copy rates the stored state: no rating lost', async () => {
		const prefix = `tabs-${++dbCount}`;
		const [tabA, tabB] = [await open(prefix), await open(prefix)];
		// Both tabs show dates-0 as new; neither has heard of the other's rating yet.
		await Promise.all([tabA.rate('dates-0', 'good'), tabB.rate('dates-0', 'good')]);
		await tabA.rate('dates-1', 'again');
		await tabB.rate('dates-1', 'good');

		const fresh = await open(prefix);
		expect(fresh.states.get('dates-0')?.reps).toBe(2);
		expect(fresh.states.get('dates-1')?.reps).toBe(2);
		expect(fresh.todayLogs).toHaveLength(4);
		// The tab whose copy was stale shows what was stored, not its guess.
		expect(tabB.states.get('dates-0')).toEqual(fresh.states.get('dates-0'));
		await vi.waitFor(() => expect(tabA.states.get('dates-1')).toEqual(fresh.states.get('dates-1')));
		await vi.waitFor(() => expect(tabA.queue.counts).toEqual(fresh.queue.counts));
		expect(tabB.queue.counts).toEqual(fresh.queue.counts);
	});

	it('undo in one tab after a rating from a stale copy restores what was stored', async () => {
		const prefix = `tabs-${++dbCount}`;
		const [tabA, tabB] = [await open(prefix), await open(prefix)];
		await Promise.all([tabA.rate('dates-0', 'good'), tabB.rate('dates-0', 'easy')]);
		const afterA = (await open(prefix)).todayLogs.length;
		expect(afterA).toBe(2);
		await tabB.undo();
		const fresh = await open(prefix);
		expect(fresh.todayLogs.map((l) => l.rating)).toEqual(['good']);
		expect(fresh.states.get('dates-0')?.reps).toBe(1);
		expect(tabB.states.get('dates-0')?.reps).toBe(1);
	});
});
