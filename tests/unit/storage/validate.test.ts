import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkBackup, makeBackupFile } from '$lib/storage/backup';
import { MemoryProgressStore } from '$lib/storage/memory-store';
import { Progress } from '$lib/storage/progress.svelte';
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';

const now = new Date(2025, 2, 10, 9, 0);
const opened: Progress[] = [];
afterEach(() => {
	for (const p of opened.splice(0)) p.close();
	vi.restoreAllMocks();
});

const reviewed: CardState = {
	cardId: 'dates-1',
	state: 'review',
	due: new Date(2025, 2, 20),
	stability: 8.3,
	difficulty: 4.9,
	scheduledDays: 10,
	learningSteps: 0,
	reps: 3,
	lapses: 0,
	lastReview: new Date(2025, 2, 10),
	suspended: false,
	buriedUntil: null,
	addedUntil: null
};
const entry: ReviewLogEntry = {
	cardId: 'dates-1',
	rating: 'good',
	state: 'review',
	review: new Date(2025, 2, 10),
	due: new Date(2025, 2, 20),
	scheduledDays: 10,
	stability: 8.3,
	difficulty: 4.9,
	source: 'review'
};

/** A backup file with the card and the review changed as given. */
function backupWith(card: Record<string, unknown> | unknown, log: unknown = entry): string {
	const { json } = makeBackupFile(
		{ settings: DEFAULT_SETTINGS, states: [reviewed], logs: [entry] },
		now
	);
	const file = JSON.parse(json);
	file.cards = [
		card && typeof card === 'object' && !Array.isArray(card) ? { ...file.cards[0], ...card } : card
	];
	file.log = [log];
	return JSON.stringify(file);
}

describe('a backup is checked against what the scheduler accepts', () => {
	it('accepts a sound backup', () => {
		expect(checkBackup(backupWith({})).ok).toBe(true);
	});

	it.each([
		[{ stability: -5 }, 'its stability must be a number above 0'],
		[{ stability: 0 }, 'its stability must be a number above 0'],
		[{ difficulty: 11 }, 'its difficulty must be a number from 1 to 10'],
		[{ difficulty: 0.5 }, 'its difficulty must be a number from 1 to 10'],
		[{ due: '1899-12-31T00:00:00.000Z' }, 'its due date is not a real date'],
		[{ due: 'soon' }, 'its due date is not a real date'],
		[{ lastReview: 'yesterday' }, 'its last review date is not a real date'],
		[{ state: 'mastered' }, 'its learning state must be one of new, learning, review, relearning'],
		[{ reps: 2.5 }, 'its number of reviews must be a whole number from 0 up'],
		[{ extra: 1 }, 'its field "extra" is not something this app writes']
	])('refuses a card with %o, naming the card and the field', (change, problem) => {
		expect(checkBackup(backupWith(change))).toEqual({
			ok: false,
			message: `Card 1 ("dates-1") in this backup cannot be used: ${problem}.`
		});
	});

	it('accepts stability and difficulty 0 on a card never rated', () => {
		const card = { state: 'new', stability: 0, difficulty: 0, reps: 0, lastReview: null };
		expect(checkBackup(backupWith(card)).ok).toBe(true);
	});

	it('refuses an array where a card is meant', () => {
		expect(checkBackup(backupWith([reviewed]))).toEqual({
			ok: false,
			message: "Card 1 in this backup cannot be used: its content must be a card's schedule."
		});
	});

	it('refuses a review with an unknown rating, naming its card', () => {
		expect(checkBackup(backupWith({}, { ...entry, rating: 'perfect' }))).toEqual({
			ok: false,
			message:
				'Review 1 (of card "dates-1") in this backup cannot be used: its rating must be one of again, hard, good, easy.'
		});
	});

	it('refuses a field the app does not write at the top of the file', () => {
		const file = JSON.parse(backupWith({}));
		file.extra = true;
		expect(checkBackup(JSON.stringify(file))).toEqual({
			ok: false,
			message: 'This backup is damaged: its field "extra" is not something this app writes.'
		});
	});
});

describe('a stored card the scheduler rejects', () => {
	it('is reset with a notice and never blocks the review', async () => {
		const store = new MemoryProgressStore();
		// Written by an older version or by hand: it never went through the checks above.
		await store.setMeta('schemaVersion', 1);
		await store.putState({ ...reviewed, stability: -5 });
		const progress = new Progress({
			clock: () => now,
			open: async () => ({ store, error: null })
		});
		opened.push(progress);
		await progress.load();
		vi.spyOn(console, 'error').mockImplementation(() => {});

		// Previewing the buttons loads the scheduler, then shows times instead of failing.
		await vi.waitFor(() => expect(progress.preview('dates-1')?.good.label).toBeTruthy());
		await progress.rate('dates-1', 'good');
		const state = progress.states.get('dates-1');
		expect(state?.reps).toBe(1);
		expect(state?.stability).toBeGreaterThan(0);
		expect(progress.notice).toBe(
			'The saved schedule of the card "dates-1" was damaged, so it starts again as a new card. Its review history is kept.'
		);
		expect((await store.getStates(['dates-1']))[0]).toEqual(state);
		expect(await store.allLogs()).toHaveLength(1);
		expect(progress.lastError).toBeNull();
	});
});
