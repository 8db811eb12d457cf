import { describe, expect, it } from 'vitest';
import { PausableClock } from '$lib/games/clock';

describe('PausableClock', () => {
	it('counts the time that ran, leaving out pauses', () => {
		const clock = new PausableClock(1000);
		expect(clock.elapsed(4000)).toBe(3000);
		clock.pause(4000);
		expect(clock.elapsed(60_000)).toBe(3000);
		expect(clock.paused).toBe(true);
		clock.resume(10_000);
		expect(clock.elapsed(12_000)).toBe(5000);
	});

	it('gives the time left of a limit, and none once it is past', () => {
		const clock = new PausableClock(0);
		expect(clock.remaining(20_000, 5000)).toBe(15_000);
		expect(clock.remaining(20_000, 25_000)).toBe(0);
	});

	it('ignores a second pause and a resume without a pause', () => {
		const clock = new PausableClock(0);
		clock.resume(100);
		clock.pause(1000);
		clock.pause(5000);
		clock.resume(6000);
		expect(clock.elapsed(7000)).toBe(2000);
	});
});

describe('PausableClock.restore', () => {
	it('gives back the clock that was saved, still running: time passed meanwhile counts', () => {
		const clock = new PausableClock(1000);
		clock.pause(2000);
		clock.resume(5000);
		const restored = PausableClock.restore(JSON.parse(JSON.stringify(clock)));
		expect(restored?.paused).toBe(false);
		expect(restored?.elapsed(9000)).toBe(5000);
	});

	it('keeps a paused clock paused, at the time it had', () => {
		const clock = new PausableClock(0);
		clock.pause(3000);
		const restored = PausableClock.restore(JSON.parse(JSON.stringify(clock)));
		expect(restored?.paused).toBe(true);
		expect(restored?.remaining(5000, 60_000)).toBe(2000);
	});

	it('refuses anything that is not a saved clock', () => {
		for (const junk of [
			null,
			'1000',
			{},
			{ startedAt: 'soon', pausedAt: null, pausedTotal: 0 },
			{ startedAt: 1000, pausedAt: null, pausedTotal: -5 },
			{ startedAt: 1000, pausedAt: 500, pausedTotal: 0 },
			{ startedAt: Infinity, pausedAt: null, pausedTotal: 0 }
		]) {
			expect(PausableClock.restore(junk)).toBeNull();
		}
	});
});
