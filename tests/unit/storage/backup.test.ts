import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, set } from 'idb-keyval';
import { Progress } from '$lib/storage/progress.svelte';
import { BACKUP_FORMAT, checkBackup } from '$lib/storage/backup';

let dbCount = 0;
const opened: Progress[] = [];
const fixedNow = () => new Date(2025, 2, 10, 9, 0);

async function freshProgress(prefix = `backup-${++dbCount}`) {
	const progress = new Progress({ prefix, clock: fixedNow });
	opened.push(progress);
	await progress.load();
	return progress;
}

/** Everything a user would see of their progress, in a comparable form. */
async function snapshot(progress: Progress) {
	return JSON.stringify({
		states: [...progress.states.values()].sort((a, b) => (a.cardId < b.cardId ? -1 : 1)),
		settings: progress.settings,
		logs: (await progress.stats()).totalReviews,
		backupBody: JSON.parse((await progress.exportBackup()).json)
	});
}

async function withSomeProgress() {
	const progress = await freshProgress();
	await progress.rate('dates-1', 'good');
	await progress.rate('dates-2', 'again');
	await progress.suspend('dates-3');
	await progress.updateSettings({ newCardsPerDay: 7, theme: 'dark' });
	return progress;
}

afterEach(() => {
	for (const p of opened.splice(0)) p.close();
});

describe('backup', () => {
	it('export then import into an empty browser gives the same state', async () => {
		const source = await withSomeProgress();
		const { json, fileName } = await source.exportBackup();
		expect(fileName).toBe('xi-progress-2025-03-10.json');

		const target = await freshProgress();
		const result = await target.importBackup(json);
		expect(result).toEqual({
			ok: true,
			message: 'Imported. Backup saved on 2025-03-10: 3 cards with progress, 2 reviews.'
		});
		expect(await snapshot(target)).toBe(await snapshot(source));
		expect(target.states.get('dates-1')?.due).toBeInstanceOf(Date);
		expect(target.settings.newCardsPerDay).toBe(7);

		// And it survives a reload of the target.
		const reloaded = await freshProgress(`backup-${dbCount}`);
		expect(await snapshot(reloaded)).toBe(await snapshot(source));
	});

	it('importing the same file twice changes nothing', async () => {
		const { json } = await (await withSomeProgress()).exportBackup();
		const target = await freshProgress();
		await target.importBackup(json);
		const once = await snapshot(target);
		await target.importBackup(json);
		expect(await snapshot(target)).toBe(once);
	});

	it('a corrupt import changes nothing and says what is wrong', async () => {
		const progress = await withSomeProgress();
		const before = await snapshot(progress);
		const file = JSON.parse((await progress.exportBackup()).json);
		file.cards[1].due = 'not a date';
		file.cards.push({ cardId: 'dates-9', state: 'review' });
		file.settings.newCardsPerDay = 99;

		const result = await progress.importBackup(JSON.stringify(file));
		expect(result.ok).toBe(false);
		expect(result.message).toBe(
			'Card 2 ("dates-2") in this backup cannot be used: its due date is not a real date.'
		);
		expect(await snapshot(progress)).toBe(before);
	});

	it.each([
		['not JSON', '{"format": ', 'This file is not a progress backup: it is not valid JSON.'],
		[
			'a deck file',
			'{"id":"dates","cards":[]}',
			'This file is not a progress backup from this app.'
		],
		['a JSON array', '[1,2,3]', 'This file is not a progress backup from this app.'],
		[
			'a file from a newer version',
			JSON.stringify({ format: BACKUP_FORMAT, version: 99, cards: [], log: [] }),
			'This backup was made by a newer version of the app. Reload the page and try again.'
		],
		[
			'a backup missing its log',
			JSON.stringify({ format: BACKUP_FORMAT, version: 1, cards: [] }),
			'This backup is damaged: its list of reviews is missing.'
		]
	])('refuses %s with a clear message', async (_, text, message) => {
		const progress = await withSomeProgress();
		const before = await snapshot(progress);
		expect(await progress.importBackup(text)).toEqual({ ok: false, message });
		expect(await snapshot(progress)).toBe(before);
	});

	it('refuses a file over 20 MB before parsing it', () => {
		const result = checkBackup(' '.repeat(20 * 1024 * 1024 + 1));
		expect(result).toEqual({
			ok: false,
			message: 'This file is 20.0 MB; a progress backup can be at most 20 MB.'
		});
	});

	it('refuses a backup that lists a card twice', async () => {
		const file = JSON.parse((await (await withSomeProgress()).exportBackup()).json);
		file.cards.push(file.cards[0]);
		const result = checkBackup(JSON.stringify(file));
		expect(result.ok).toBe(false);
	});
});

describe('schema migration', () => {
	it('migrates hand-written v0 records (ts-fsrs shape) to the current schema', async () => {
		const prefix = `v0-${++dbCount}`;
		const cards = createStore(`${prefix}-cards`, 'cards');
		const log = createStore(`${prefix}-log`, 'log');
		await set(
			'dates-1992-consensus',
			{
				due: '2025-03-12T09:00:00.000Z',
				stability: 8.29,
				difficulty: 4.93,
				elapsed_days: 3,
				scheduled_days: 8,
				learning_steps: 0,
				reps: 3,
				lapses: 1,
				state: 2,
				last_review: '2025-03-04T09:00:00.000Z'
			},
			cards
		);
		await set(
			'legacy-1',
			{
				card_id: 'dates-1992-consensus',
				rating: 1,
				state: 2,
				due: '2025-03-04T09:10:00.000Z',
				review: '2025-03-04T09:00:00.000Z',
				stability: 2,
				difficulty: 5,
				elapsed_days: 10,
				last_elapsed_days: 4,
				scheduled_days: 0
			},
			log
		);

		const progress = await freshProgress(prefix);
		expect(progress.lastError).toBeNull();
		expect(progress.states.get('dates-1992-consensus')).toEqual({
			cardId: 'dates-1992-consensus',
			state: 'review',
			due: new Date('2025-03-12T09:00:00.000Z'),
			stability: 8.29,
			difficulty: 4.93,
			scheduledDays: 8,
			learningSteps: 0,
			reps: 3,
			lapses: 1,
			lastReview: new Date('2025-03-04T09:00:00.000Z'),
			suspended: false,
			buriedUntil: null,
			addedUntil: null
		});
		const stats = await progress.stats();
		expect(stats.totalReviews).toBe(1);
		expect(stats.retention.allTime).toEqual({ recalled: 0, total: 1, rate: 0 });

		// The migrated card is scheduled normally from here on.
		await progress.rate('dates-1992-consensus', 'good');
		expect(progress.states.get('dates-1992-consensus')?.reps).toBe(4);
	});

	it('keeps progress for cards that are no longer in any deck', async () => {
		const progress = await freshProgress();
		await progress.rate('removed-card', 'good');
		progress.setDecks([]);
		const reloaded = await freshProgress(`backup-${dbCount}`);
		expect(reloaded.states.has('removed-card')).toBe(true);
		expect(reloaded.queue.ids).toEqual([]);
	});
});
