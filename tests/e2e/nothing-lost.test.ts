import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newCount, openReview, revealAnswer, setNewCardsPerDay } from './helpers';

declare global {
	interface Window {
		/** Puts into the review log this page has made. */
		logPuts: number;
		/** When set, a full disk: puts into these stores throw once this many more have run. */
		fullDisk: { stores: string[] | null; after: number } | null;
	}
}

/**
 * Counts the page's puts into the review log, and can fill the disk: an injected
 * QuotaExceededError, as IndexedDB throws when the origin's storage is full.
 */
function instrument() {
	window.logPuts = 0;
	window.fullDisk = null;
	const put = IDBObjectStore.prototype.put;
	IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
		const full = window.fullDisk;
		if (full && (full.stores === null || full.stores.includes(this.name)) && full.after-- <= 0) {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		if (this.name === 'log') window.logPuts++;
		return put.apply(this, args);
	};
}

/** Every card record and log entry as stored, read straight from IndexedDB. */
function readStored(page: Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('xi-fp-progress');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction(['cards', 'log']);
		const read = <T>(request: IDBRequest<T>) =>
			new Promise<T>((resolve) => (request.onsuccess = () => resolve(request.result)));
		const range = IDBKeyRange.upperBound('~', true);
		const [cards, logs] = await Promise.all([
			read(tx.objectStore('cards').getAll(range)),
			read(tx.objectStore('log').getAll(range))
		]);
		db.close();
		return {
			reps: Object.fromEntries(
				(cards as { cardId: string; reps: number }[]).map((c) => [c.cardId, c.reps])
			),
			logged: (logs as { cardId: string }[]).map((l) => l.cardId)
		};
	});
}

const counts = (page: Page) => page.getByLabel('Cards left today').textContent();

test('two pages rating the same cards at once: every rating logged, every card scheduled from all of them', async ({
	context
}) => {
	test.setTimeout(180_000);
	await context.addInitScript(instrument);
	const one = await context.newPage();
	// Enough new cards that the pages never run dry.
	await setNewCardsPerDay(one, 500);
	await openReview(one);
	const two = await context.newPage();
	await openReview(two);
	const puts = async () =>
		(await one.evaluate(() => window.logPuts)) + (await two.evaluate(() => window.logPuts));

	// Both pages show the same card: each reveals it and both rate at once. A page whose card
	// was just rated by the other one shows the next card face down, and its key does nothing.
	for (let round = 0; round < 55 && (await puts()) < 100; round++) {
		await Promise.all([revealAnswer(one), revealAnswer(two)]);
		await Promise.all([
			one.keyboard.press(round % 4 === 0 ? '1' : '3'),
			two.keyboard.press(round % 5 === 0 ? '1' : '3')
		]);
	}
	// Every rating is in the log once the last writes are done: an entry overwritten by
	// another would leave the log short of the puts for ever.
	await expect
		.poll(async () => (await readStored(one)).logged.length - (await puts()), { timeout: 10_000 })
		.toBe(0);
	const ratings = await puts();
	expect(ratings).toBeGreaterThanOrEqual(60);
	// Each card's repetitions count all its ratings.
	const { reps, logged } = await readStored(one);
	const perCard: Record<string, number> = {};
	for (const id of logged) perCard[id] = (perCard[id] ?? 0) + 1;
	expect(reps).toEqual(perCard);
	// The pages did rate the same cards: most cards were rated by both.
	expect(Object.values(perCard).filter((n) => n >= 2).length).toBeGreaterThan(5);

	// Both pages agree, and a fresh page shows the same.
	const fresh = await context.newPage();
	await openReview(fresh);
	const expected = await counts(fresh);
	await expect.poll(() => counts(one)).toBe(expected);
	await expect.poll(() => counts(two)).toBe(expected);
});

test('a full disk while saving a rating: neither the card nor its log entry is saved, and earlier ratings stay', async ({
	page
}) => {
	await page.addInitScript(instrument);
	await openReview(page);
	for (let i = 0; i < 2; i++) {
		await revealAnswer(page);
		await page.keyboard.press('4');
		await expect.poll(() => newCount(page)).toBe(19 - i);
	}
	await expect.poll(async () => (await readStored(page)).logged.length).toBe(2);

	// The card and its journal mark go in; the log entry does not fit.
	await page.evaluate(() => (window.fullDisk = { stores: ['log'], after: 0 }));
	await revealAnswer(page);
	await page.keyboard.press('4');
	await expect(page.getByRole('alert')).toContainText(
		'Not saved: the browser has no room left to save it'
	);

	await page.reload();
	await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
	await expect.poll(() => newCount(page)).toBe(18);
	const stored = await readStored(page);
	expect(stored.logged).toHaveLength(2);
	expect(Object.keys(stored.reps).sort()).toEqual([...stored.logged].sort());
});

test('a full disk during "Replace my progress": the old progress stays whole, and the message says so', async ({
	page
}) => {
	await page.addInitScript(instrument);
	await openReview(page);
	await revealAnswer(page);
	await page.keyboard.press('4');
	await expect.poll(() => newCount(page)).toBe(19);

	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const backup = readFileSync((await (await downloading).path())!, 'utf8');

	// Two more ratings after the backup: these are what a failed import must not lose.
	await openReview(page);
	for (let i = 0; i < 2; i++) {
		await revealAnswer(page);
		await page.keyboard.press('4');
		await expect.poll(() => newCount(page)).toBe(18 - i);
	}
	const before = await readStored(page);
	expect(before.logged).toHaveLength(3);

	await page.goto('/settings');
	await page.getByLabel('Import progress…').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	const confirm = page.getByRole('region', { name: 'Confirm import' });
	await expect(confirm).toContainText('1 card');
	// The disk fills after the old progress is cleared and the first card written.
	await page.evaluate(() => (window.fullDisk = { stores: null, after: 1 }));
	await confirm.getByRole('button', { name: 'Replace my progress' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'The backup could not be saved (the browser has no room left to save it). Nothing was changed: your progress is as it was.'
	);

	await page.reload();
	expect(await readStored(page)).toEqual(before);
	await openReview(page);
	expect(await newCount(page)).toBe(17);
});
