// Points for classroom games. The count of right answers is always reported on its own; points
// only add speed and streak bonuses on top, and each bonus can be turned off.

/** Points for a right answer when speed does not count (untimed, or speed bonus off). */
export const FLAT_POINTS = 1000;
/** Extra points per answer in a streak, after the first, capped (as in classroom quiz games). */
export const STREAK_STEP = 100;
export const STREAK_CAP = 500;

export interface PointsInput {
	correct: boolean;
	/** Time taken to answer. */
	elapsedMs: number;
	/** The time limit, or null when untimed. */
	limitMs: number | null;
	/** Right answers in a row, this one included. */
	streak: number;
	speedBonus: boolean;
	streakBonus: boolean;
}

export interface Points {
	/** For the answer itself: 500 plus up to 500 for speed when timed, else a flat 1000. */
	base: number;
	speed: number;
	streak: number;
	total: number;
}

const NONE: Points = { base: 0, speed: 0, streak: 0, total: 0 };

/**
 * Kahoot-like: a right answer given at once earns 1000, one given as time runs out 500
 * (1000 × (1 − elapsed / limit / 2)). A wrong answer earns nothing and breaks the streak.
 */
export function questionPoints(input: PointsInput): Points {
	if (!input.correct) return NONE;
	const timed = input.speedBonus && input.limitMs !== null && input.limitMs > 0;
	let base = FLAT_POINTS;
	let speed = 0;
	if (timed) {
		const limit = input.limitMs as number;
		const fraction = Math.min(1, Math.max(0, input.elapsedMs / limit));
		base = FLAT_POINTS / 2;
		speed = Math.round((FLAT_POINTS / 2) * (1 - fraction));
	}
	const streak = input.streakBonus
		? Math.min(STREAK_CAP, STREAK_STEP * Math.max(0, input.streak - 1))
		: 0;
	return { base, speed, streak, total: base + speed + streak };
}

export type GameMode = 'quiz' | 'match' | 'timeline';

/** Which way a result improves: quiz and timeline by score, match by time. */
const BETTER: Record<GameMode, 'higher' | 'lower'> = {
	quiz: 'higher',
	match: 'lower',
	timeline: 'higher'
};

/** Whether `result` beats the previous best (none yet counts as beaten). Ties are not new bests. */
export function isNewBest(mode: GameMode, previous: number | undefined, result: number): boolean {
	if (previous === undefined) return true;
	return BETTER[mode] === 'higher' ? result > previous : result < previous;
}
