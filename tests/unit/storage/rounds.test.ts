// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { PausableClock } from '$lib/games/clock';
import { clearRound, keptClock, loadRound, saveClock, saveRound } from '$lib/storage/rounds';

beforeEach(() => sessionStorage.clear());

describe('a round kept through a reload', () => {
	it('comes back as it was saved, and a round that cannot be read is dropped', () => {
		saveRound('quiz:dates', '{"answers":[1]}');
		expect(loadRound('quiz:dates', (s) => JSON.parse(s) as unknown)).toEqual({ answers: [1] });
		saveRound('quiz:dates', '{broken');
		expect(loadRound('quiz:dates', (s) => JSON.parse(s) as unknown)).toBeNull();
		expect(loadRound('quiz:dates', (s) => s)).toBeNull();
	});

	it('keeps the clock of the question in play, and starts a new one for another question', () => {
		const clock = new PausableClock(10_000);
		clock.pause(14_000);
		saveClock('quiz:dates', 3, clock);
		expect(keptClock('quiz:dates', 3, 50_000).elapsed(99_000)).toBe(4000);
		const next = keptClock('quiz:dates', 4, 50_000);
		expect(next.paused).toBe(false);
		expect(next.elapsed(51_000)).toBe(1000);
		// The new question's clock is the one kept now.
		expect(keptClock('quiz:dates', 4, 90_000).elapsed(52_000)).toBe(2000);
		expect(keptClock('quiz:people', 3, 60_000).elapsed(61_000)).toBe(1000);
	});

	it('forgets the clock with its round', () => {
		saveRound('match:quotes', '{}');
		saveClock('match:quotes', 0, new PausableClock(0));
		clearRound('match:quotes');
		expect(keptClock('match:quotes', 0, 5000).elapsed(6000)).toBe(1000);
		expect(loadRound('match:quotes', (s) => s)).toBeNull();
	});

	it('starts a new clock in place of a kept one that cannot be read', () => {
		sessionStorage.setItem('xi-cards:round:timeline:clock', '{"part":0,"clock":{"startedAt":"x"}}');
		expect(keptClock('timeline', 0, 5000).elapsed(7000)).toBe(2000);
	});
});
