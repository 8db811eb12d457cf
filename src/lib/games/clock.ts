// A pausable stopwatch for timed questions and boards. Time comes in as a parameter (ms since
// any fixed origin, e.g. performance.now()), so the logic is testable without waiting.
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
}
