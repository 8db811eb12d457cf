import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Progress } from '$lib/storage/progress.svelte';

const opened: Progress[] = [];
afterEach(() => opened.splice(0).forEach((p) => p.close()));

function at(date: Date) {
	let now = date;
	return { clock: () => now, set: (d: Date) => (now = d) };
}

async function open(prefix: string, clock: () => Date) {
	const progress = new Progress({ prefix, clock });
	opened.push(progress);
	await progress.load();
	return progress;
}

describe('celebrateToday', () => {
	it('is true once per study day, even after a reload, and again the next day', async () => {
		const time = at(new Date(2026, 4, 1, 20));
		const first = await open('celebrate-1', time.clock);
		expect(await first.celebrateToday()).toBe(true);
		expect(await first.celebrateToday()).toBe(false);

		const reloaded = await open('celebrate-1', time.clock);
		expect(await reloaded.celebrateToday()).toBe(false);

		time.set(new Date(2026, 4, 2, 3, 59)); // still 1 May's study day (4 a.m. start)
		expect(await reloaded.celebrateToday()).toBe(false);
		time.set(new Date(2026, 4, 2, 4, 0));
		expect(await reloaded.celebrateToday()).toBe(true);
	});
});

describe('personal bests', () => {
	it('keeps the highest quiz score and the lowest match time, across reloads', async () => {
		const time = at(new Date(2026, 4, 1, 20));
		const first = await open('bests-1', time.clock);
		expect(await first.personalBest('quiz:dates')).toBeUndefined();
		expect(await first.recordBest('quiz', 'quiz:dates', 4200)).toBe(true);
		expect(await first.recordBest('quiz', 'quiz:dates', 3000)).toBe(false);
		expect(await first.recordBest('match', 'match:quotes', 42_000)).toBe(true);
		expect(await first.recordBest('match', 'match:quotes', 39_000)).toBe(true);

		const reloaded = await open('bests-1', time.clock);
		expect(await reloaded.personalBest('quiz:dates')).toBe(4200);
		expect(await reloaded.personalBest('match:quotes')).toBe(39_000);
	});
});

describe('changes made before the saved progress is read', () => {
	it('are kept, not overwritten by the load (regression: settings changed on a slow start were lost)', async () => {
		const time = at(new Date(2026, 4, 1, 20));
		const first = await open('early-1', time.clock);
		await first.rate('card-a', 'easy');
		const dueAfterEasy = first.states.get('card-a')?.due;

		const second = new Progress({ prefix: 'early-1', clock: time.clock });
		opened.push(second);
		// No load() yet: the page is still starting.
		await second.updateSettings({ newCardsPerDay: 3 });
		await second.addToToday('card-a');
		expect(second.settings.newCardsPerDay).toBe(3);
		const state = second.states.get('card-a');
		expect(state?.state).toBe('review');
		expect(state?.due).toEqual(dueAfterEasy);
		expect(state?.addedUntil).not.toBeNull();
	});
});
