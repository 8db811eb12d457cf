// A pausable stopwatch for timed questions and boards. Time comes in as a parameter (ms since
// any fixed origin), so the logic is testable without waiting.
export class PausableClock {
	#startedAt: number;
	#pausedAt: number | null = null;
	#pausedTotal = 0;

	constructor(now: number) {
		this.#startedAt = now;
	}

	get paused(): boolean {
		return this.#pausedAt !== null;
	}

	pause(now: number): void {
		this.#pausedAt ??= now;
	}

	resume(now: number): void {
		if (this.#pausedAt === null) return;
		this.#pausedTotal += now - this.#pausedAt;
		this.#pausedAt = null;
	}

	/** Time that ran while not paused. */
	elapsed(now: number): number {
		const end = this.#pausedAt ?? now;
		return Math.max(0, end - this.#startedAt - this.#pausedTotal);
	}

	/** Time left of `limitMs`, never below zero. */
	remaining(limitMs: number, now: number): number {
		return Math.max(0, limitMs - this.elapsed(now));
	}

	toJSON(): ClockState {
		return { startedAt: this.#startedAt, pausedAt: this.#pausedAt, pausedTotal: this.#pausedTotal };
	}

	/**
	 * The clock a `toJSON()` described, or null for anything else. Saved in wall-clock time, a
	 * clock restored after a reload has kept running meanwhile (unless it was paused).
	 */
	static restore(state: unknown): PausableClock | null {
		if (typeof state !== 'object' || state === null) return null;
		const { startedAt, pausedAt, pausedTotal } = state as Record<string, unknown>;
		const time = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
		if (!time(startedAt) || !time(pausedTotal) || pausedTotal < 0) return null;
		if (pausedAt !== null && (!time(pausedAt) || pausedAt < startedAt)) return null;
		const clock = new PausableClock(startedAt);
		clock.#pausedAt = pausedAt;
		clock.#pausedTotal = pausedTotal;
		return clock;
	}
}

export interface ClockState {
	startedAt: number;
	pausedAt: number | null;
	pausedTotal: number;
}

/**
 * Now, for the games' clocks: wall-clock ms, so a clock saved before a reload means the same in
 * the page after it (performance.now() starts again from zero in every page).
 */
export const clockNow = (): number => Date.now();
