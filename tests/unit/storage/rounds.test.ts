// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { PausableClock } from '$lib/games/clock';
import { clearRound, loadClock, loadRound, saveClock, saveRound } from '$lib/storage/rounds';

beforeEach(() => sessionStorage.clear());

describe('a round kept through a reload', () => {
	it('comes back as it was saved, and a round that cannot be read is dropped', () => {
		saveRound('quiz:dates', '{"answers":[1]}');
		expect(loadRound('quiz:dates', (s) => JSON.parse(s) as unknown)).toEqual({ answers: [1] });
		saveRound('quiz:dates', '{broken');
		expect(loadRound('quiz:dates', (s) => JSON.parse(s) as unknown)).toBeNull();
		expect(loadRound('quiz:dates', (s) => s)).toBeNull();
	});

	it('keeps the clock of the question in play, and not for another question', () => {
		const clock = new PausableClock(10_000);
		clock.pause(14_000);
		saveClock('quiz:dates', 3, clock);
		expect(loadClock('quiz:dates', 3)?.elapsed(99_000)).toBe(4000);
		expect(loadClock('quiz:dates', 4)).toBeNull();
		expect(loadClock('quiz:people', 3)).toBeNull();
	});

	it('forgets the clock with its round', () => {
		saveRound('match:quotes', '{}');
		saveClock('match:quotes', 0, new PausableClock(0));
		clearRound('match:quotes');
		expect(loadClock('match:quotes', 0)).toBeNull();
		expect(loadRound('match:quotes', (s) => s)).toBeNull();
	});

	it('ignores a kept clock that is not one', () => {
		sessionStorage.setItem('xi-cards:round:timeline:clock', '{"part":0,"clock":{"startedAt":"x"}}');
		expect(loadClock('timeline', 0)).toBeNull();
	});
});
