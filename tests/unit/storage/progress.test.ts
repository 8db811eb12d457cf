import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '$lib/storage/progress.svelte';
import { MemoryProgressStore } from '$lib/storage/memory-store';
import { errorMessage } from '$lib/storage/saved';
import type { Deck } from '$lib/decks/schema';

const DAY = 86_400_000;
let dbCount = 0;
const opened: Progress[] = [];

function deck(n: number, id = 'dates'): Deck {
	return {
		id,
		title: 'Dates',
		description: 'Test deck',
		cards: Array.from({ length: n }, (_, i) => ({
			id: `${id}-${i}`,
			kind: 'date' as const,
			prompt: `Prompt ${i}`,
			answer: `Answer ${i}`,
			source: { doc: 'doc.txt', section: '', excerpt: `Excerpt ${i}` }
		}))
	};
}

/** A fixed clock the test moves by hand. */
function clock(start = new Date(2025, 2, 10, 9, 0)) {
	let time = start.getTime();
	return {
		now: () => new Date(time),
		advance: (ms: number) => {
			time += ms;
		}
	};
}

function makeProgress(options: ConstructorParameters<typeof Progress>[0] = {}) {
	const progress = new Progress({ prefix: `test-${++dbCount}`, ...options });
	opened.push(progress);
	return progress;
}

afterEach(() => {
	for (const p of opened.splice(0)) p.close();
	vi.unstubAllGlobals();
});

describe('Progress', () => {
	it('builds the queue from the decks and rating a card takes it out', async () => {
		const time = clock();
		const progress = makeProgress({ clock: time.now });
		await progress.load();
		progress.setDecks([deck(30)]);
		expect(progress.persistent).toBe(true);
		expect(progress.queue.counts).toEqual({ new: 20, learning: 0, review: 0 });
		await progress.rate('dates-0', 'easy');
		expect(progress.queue.counts.new).toBe(19);
		expect(progress.queue.ids).not.toContain('dates-0');
		expect(progress.queue.doneToday.new).toBe(1);
	});

	it('keeps progress across a reload, dates included', async () => {
		const time = clock();
		const first = makeProgress({ clock: time.now });
		await first.load();
		await first.rate('dates-3', 'good');
		const saved = first.states.get('dates-3');
		const second = new Progress({ prefix: `test-${dbCount}`, clock: time.now });
		opened.push(second);
		await second.load();
		const loaded = second.states.get('dates-3');
		expect(loaded?.due).toBeInstanceOf(Date);
		expect(loaded).toEqual(saved);
		expect(second.todayLogs).toHaveLength(1);
		expect(second.todayLogs[0]?.rating).toBe('good');
	});

	it('undoes several ratings in a row, restoring each exact state and removing the log entries', async () => {
		const time = clock();
		const progress = makeProgress({ clock: time.now });
		await progress.load();
		progress.setDecks([deck(5)]);
		await progress.rate('dates-0', 'good');
		time.advance(10 * 60_000);
		const afterFirst = JSON.stringify(progress.stateOf('dates-0'));
		await progress.rate('dates-0', 'good');
		await progress.rate('dates-1', 'again');
		expect(progress.todayLogs).toHaveLength(3);

		expect(await progress.undo()).toBe('dates-1');
		expect(progress.states.has('dates-1')).toBe(false);
		expect(await progress.undo()).toBe('dates-0');
		expect(JSON.stringify(progress.stateOf('dates-0'))).toBe(afterFirst);
		expect(progress.todayLogs).toHaveLength(1);

		const reloaded = new Progress({ prefix: `test-${dbCount}`, clock: time.now });
		opened.push(reloaded);
		await reloaded.load();
		expect(JSON.stringify(reloaded.stateOf('dates-0'))).toBe(afterFirst);
		expect(reloaded.todayLogs).toHaveLength(1);
		expect(await progress.undo()).toBe('dates-0');
		expect(await progress.undo()).toBeNull();
	});

	it('an undo pressed before the rating was saved still wins: writes land in the order made', async () => {
		// In a browser a rating is saved after the next paint; a frame here takes 5 ms.
		vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 5));
		const time = clock();
		const progress = makeProgress({ clock: time.now });
		await progress.load();
		progress.setDecks([deck(5)]);
		// The scheduler is loaded before the first rating in the app.
		await progress.rate('dates-1', 'good');
		const rated = progress.rate('dates-0', 'good');
		const undone = progress.undo();
		await Promise.all([rated, undone]);
		expect(progress.states.has('dates-0')).toBe(false);

		const reloaded = new Progress({ prefix: `test-${dbCount}`, clock: time.now });
		opened.push(reloaded);
		await reloaded.load();
		expect(reloaded.states.has('dates-0')).toBe(false);
		expect(reloaded.todayLogs.map((l) => l.cardId)).toEqual(['dates-1']);
	});

	it('maps auto-graded answers; quiz answers count only when the setting says so', async () => {
		const time = clock();
		const progress = makeProgress({ clock: time.now });
		await progress.load();
		progress.setDecks([deck(5)]);
		await progress.grade('dates-0', false);
		expect(progress.todayLogs.at(-1)?.rating).toBe('again');
		await progress.grade('dates-1', true);
		expect(progress.todayLogs.at(-1)?.rating).toBe('good');

		await progress.grade('dates-2', false, 'quiz');
		expect(progress.todayLogs).toHaveLength(2);
		expect(progress.stateOf('dates-2').addedUntil).not.toBeNull();

		await progress.updateSettings({ quizCountsAsReview: true });
		await progress.grade('dates-3', true, 'quiz');
		expect(progress.todayLogs.at(-1)).toMatchObject({ cardId: 'dates-3', source: 'quiz' });
	});

	it('adds a card to today beyond the new-card limit, and buries and suspends cards', async () => {
		const time = clock();
		const progress = makeProgress({ clock: time.now });
		await progress.load();
		progress.setDecks([deck(30)]);
		await progress.addToToday('dates-25');
		expect(progress.queue.ids).toContain('dates-25');
		await progress.bury('dates-0');
		await progress.suspend('dates-1');
		expect(progress.queue.ids).not.toContain('dates-0');
		expect(progress.queue.ids).not.toContain('dates-1');
		time.advance(DAY);
		await progress.tick();
		expect(progress.queue.ids).toContain('dates-0');
		expect(progress.queue.ids).not.toContain('dates-1');
	});

	it('only includes the decks chosen for the daily review', async () => {
		const progress = makeProgress({ clock: clock().now });
		await progress.load();
		progress.setDecks([deck(3, 'dates'), deck(3, 'quotes')]);
		expect(progress.queue.ids).toHaveLength(6);
		await progress.updateSettings({ reviewDecks: ['quotes'] });
		expect(progress.queue.ids).toEqual(['quotes-0', 'quotes-1', 'quotes-2']);
	});

	it('shows a rating made in another tab, and neither tab overwrites the other', async () => {
		const time = clock();
		const prefix = `test-${++dbCount}`;
		const tabA = new Progress({ prefix, clock: time.now });
		const tabB = new Progress({ prefix, clock: time.now });
		opened.push(tabA, tabB);
		await Promise.all([tabA.load(), tabB.load()]);
		tabA.setDecks([deck(5)]);
		tabB.setDecks([deck(5)]);

		await tabA.rate('dates-0', 'easy');
		await vi.waitFor(() => expect(tabB.states.get('dates-0')?.state).toBe('review'));
		await vi.waitFor(() => expect(tabB.queue.ids).not.toContain('dates-0'));

		await tabB.rate('dates-1', 'good');
		await vi.waitFor(() => expect(tabA.states.has('dates-1')).toBe(true));

		const fresh = new Progress({ prefix, clock: time.now });
		opened.push(fresh);
		await fresh.load();
		expect([...fresh.states.keys()].sort()).toEqual(['dates-0', 'dates-1']);
		expect(fresh.todayLogs).toHaveLength(2);
	});

	it('computes stats from the full log', async () => {
		const time = clock();
		const progress = makeProgress({ clock: time.now });
		await progress.load();
		await progress.rate('dates-0', 'good');
		time.advance(DAY);
		await progress.rate('dates-1', 'good');
		const stats = await progress.stats(['dates-0', 'dates-1', 'dates-2']);
		expect(stats.totalReviews).toBe(2);
		expect(stats.streak).toBe(2);
		expect(stats.cardCounts.new).toBe(1);
	});
});

describe('when storage is unavailable', () => {
	it('falls back to memory when there is no IndexedDB, and says so', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const progress = makeProgress({ clock: clock().now });
		await progress.load();
		expect(progress.persistent).toBe(false);
		expect(progress.lastError).toMatch(/IndexedDB/);
		progress.setDecks([deck(3)]);
		await progress.rate('dates-0', 'good');
		expect(progress.states.get('dates-0')?.reps).toBe(1);
	});

	it('falls back to memory when opening the database fails (private mode)', async () => {
		vi.stubGlobal('indexedDB', {
			open() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		const progress = makeProgress({ clock: clock().now });
		await progress.load();
		expect({ persistent: progress.persistent, lastError: progress.lastError }).toEqual({
			persistent: false,
			lastError: 'The operation is insecure.'
		});
	});

	it('reports a failed write (quota exceeded) instead of swallowing it, and keeps working', async () => {
		class FullStore extends MemoryProgressStore {
			override commitCard(): Promise<never> {
				return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
			}
		}
		const failing = new FullStore();
		const progress = makeProgress({
			clock: clock().now,
			open: async () => ({ store: failing, error: null })
		});
		await progress.load();
		expect(progress.lastError).toBeNull();
		vi.spyOn(console, 'error').mockImplementation(() => {});
		await progress.rate('dates-0', 'good');
		expect(progress.lastError).toBe('Not saved: the browser has no room left to save it');
		expect(progress.states.get('dates-0')?.reps).toBe(1);
	});

	it('says in plain words when a save was stopped with no error (never "Not saved: null")', async () => {
		class AbortingStore extends MemoryProgressStore {
			override commitCard(): Promise<never> {
				// What a transaction aborted by the browser without an error rejects with.
				return Promise.reject(null);
			}
		}
		const progress = makeProgress({
			clock: clock().now,
			open: async () => ({ store: new AbortingStore(), error: null })
		});
		await progress.load();
		vi.spyOn(console, 'error').mockImplementation(() => {});
		await progress.rate('dates-0', 'good');
		expect(progress.lastError).toBe('Not saved: the browser gave no reason');
		expect(errorMessage(new DOMException('AbortError', 'AbortError'))).toBe(
			'the browser stopped the save before it finished'
		);
	});
});
