import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { isNewBest, questionPoints, type PointsInput } from '$lib/games/scoring';
import { QuizSettingsSchema, type QuizSettings } from '$lib/games/settings';
import { describeQuizRound, quizBestKey } from '$lib/games/quiz';

const timed: PointsInput = {
	correct: true,
	elapsedMs: 0,
	limitMs: 20_000,
	streak: 1,
	speedBonus: true,
	streakBonus: true
};

describe('questionPoints: speed', () => {
	it('gives more points for a faster right answer', () => {
		const fast = questionPoints({ ...timed, elapsedMs: 2000 }).total;
		const slow = questionPoints({ ...timed, elapsedMs: 15_000 }).total;
		expect(fast).toBeGreaterThan(slow);
	});

	it('gives 1000 at once, 750 at half time and 500 at the buzzer (1000 × (1 − t/T/2))', () => {
		expect(questionPoints({ ...timed, elapsedMs: 0 }).total).toBe(1000);
		expect(questionPoints({ ...timed, elapsedMs: 10_000 }).total).toBe(750);
		expect(questionPoints({ ...timed, elapsedMs: 20_000 }).total).toBe(500);
		expect(questionPoints({ ...timed, elapsedMs: 99_000 }).total).toBe(500);
	});

	it('gives flat points when untimed or when the speed bonus is off', () => {
		const untimed = questionPoints({ ...timed, limitMs: null, elapsedMs: 50_000 });
		const off = [1000, 19_000].map(
			(elapsedMs) => questionPoints({ ...timed, speedBonus: false, elapsedMs }).total
		);
		expect(untimed.total).toBe(1000);
		expect(untimed.speed).toBe(0);
		expect(off).toEqual([1000, 1000]);
	});

	it('gives nothing for a wrong answer, however fast', () => {
		expect(questionPoints({ ...timed, correct: false, streak: 5 }).total).toBe(0);
	});
});

describe('questionPoints: streak', () => {
	it('adds a bonus that grows with the streak, up to a cap', () => {
		const bonus = [1, 2, 3, 6, 7, 20].map((streak) => questionPoints({ ...timed, streak }).streak);
		expect(bonus[0]).toBe(0);
		expect(bonus[1]).toBeGreaterThan(0);
		expect(bonus[2]).toBeGreaterThan(bonus[1] as number);
		expect(bonus[4]).toBe(bonus[5]);
	});

	it('adds no streak bonus when it is turned off', () => {
		const points = questionPoints({ ...timed, streak: 6, streakBonus: false });
		expect(points.streak).toBe(0);
		expect(points.total).toBe(questionPoints({ ...timed, streak: 1 }).total);
	});

	it('adds up its parts', () => {
		const p = questionPoints({ ...timed, elapsedMs: 4321, streak: 3 });
		expect(p.total).toBe(p.base + p.speed + p.streak);
	});
});

describe('isNewBest', () => {
	it('counts a first result as a best', () => {
		expect(isNewBest('quiz', undefined, 0)).toBe(true);
		expect(isNewBest('match', undefined, 60_000)).toBe(true);
	});

	it('quiz: a higher score is a new best, an equal one is not', () => {
		expect(isNewBest('quiz', 5000, 5200)).toBe(true);
		expect(isNewBest('quiz', 5000, 5000)).toBe(false);
		expect(isNewBest('quiz', 5000, 4000)).toBe(false);
	});

	it('match: a lower time is a new best', () => {
		expect(isNewBest('match', 40_000, 35_000)).toBe(true);
		expect(isNewBest('match', 40_000, 45_000)).toBe(false);
	});
});

describe('quizBestKey: a best is only compared with rounds of the same kind', () => {
	const base = v.parse(QuizSettingsSchema, {});
	const key = (overrides: Partial<QuizSettings> = {}) =>
		quizBestKey('dates', { ...base, ...overrides });

	it('keeps one best per deck, length, time limit, answer mode, bonuses and kinds', () => {
		const keys = [
			key(),
			quizBestKey('figures', base),
			key({ questions: 50 }),
			key({ seconds: 10 }),
			key({ seconds: null }),
			key({ answerMode: 'typed' }),
			key({ streakBonus: false }),
			key({ speedBonus: false }),
			key({ kinds: ['date'] })
		];
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('so a long round does not beat a short one by having more questions', () => {
		expect(key({ questions: 50 })).not.toBe(key({ questions: 5 }));
	});

	it('is the same for settings that give the same round', () => {
		expect(key({ kinds: ['figure', 'date'] })).toBe(key({ kinds: ['date', 'figure'] }));
		// Untimed, the speed bonus cannot be earned either way.
		expect(key({ seconds: null, speedBonus: true })).toBe(
			key({ seconds: null, speedBonus: false })
		);
	});

	it('is never the key of the old single best per deck', () => {
		expect(key()).not.toBe('quiz:dates');
		expect(key()).toMatch(/^quiz:dates:/);
	});

	it('names the kind of round in words', () => {
		expect(describeQuizRound(base)).toBe('10 questions, 20 s each, multiple choice');
		expect(
			describeQuizRound({
				...base,
				seconds: null,
				answerMode: 'typed',
				streakBonus: false,
				kinds: ['figure', 'date']
			})
		).toBe('10 questions, no time limit, typed answers, no streak bonus, date, figure only');
	});
});
