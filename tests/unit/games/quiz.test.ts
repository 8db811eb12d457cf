import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { Card } from '$lib/decks/schema';
import { QuizGame, createQuizRound } from '$lib/games/quiz';
import { QuizSettingsSchema, type QuizSettings } from '$lib/games/settings';
import { quizRoundLength } from '$lib/games/quiz';
import { card, dateCards, quoteCards } from './fixtures';

const settings = (overrides: Partial<QuizSettings> = {}): QuizSettings => ({
	...v.parse(QuizSettingsSchema, {}),
	...overrides
});
const cards = [...dateCards, ...quoteCards];

describe('createQuizRound', () => {
	it('gives the same questions, order and options for the same seed', () => {
		const a = createQuizRound({ seed: 'lesson-1', settings: settings() }, cards);
		const b = createQuizRound({ seed: 'lesson-1', settings: settings() }, cards);
		expect(b).toEqual(a);
	});

	it('gives a different round for a different seed', () => {
		const a = createQuizRound({ seed: 'lesson-1', settings: settings() }, cards);
		const b = createQuizRound({ seed: 'lesson-2', settings: settings() }, cards);
		expect(b.questions).not.toEqual(a.questions);
	});

	it('does not depend on the order the cards arrive in', () => {
		const a = createQuizRound({ seed: 's', settings: settings() }, cards);
		const b = createQuizRound({ seed: 's', settings: settings() }, [...cards].reverse());
		expect(b).toEqual(a);
	});

	it('asks as many questions as set, or as many as there are eligible cards', () => {
		const spec = (questions: number) => ({ seed: 's', settings: settings({ questions }) });
		expect(createQuizRound(spec(15), cards).questions).toHaveLength(15);
		expect(createQuizRound(spec(50), quoteCards).questions).toHaveLength(quoteCards.length);
	});

	it('never asks the same card twice', () => {
		const round = createQuizRound({ seed: 's', settings: settings({ questions: 50 }) }, cards);
		const ids = round.questions.map((q) => q.cardId);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('only asks the chosen kinds of card', () => {
		const round = createQuizRound(
			{ seed: 's', settings: settings({ kinds: ['quote-speaker'] }) },
			cards
		);
		expect(round.questions.length).toBeGreaterThan(0);
		expect(round.questions.every((q) => q.kind === 'quote-speaker')).toBe(true);
	});

	it('asks only one card of a sibling group', () => {
		const siblings = [
			card({ id: 'sib-a', kind: 'person', answer: 'Wang Yi', sibling: 'wang' }),
			card({ id: 'sib-b', kind: 'person', answer: 'Qin Gang', sibling: 'wang' }),
			card({ id: 'other', kind: 'person', answer: 'Li Qiang' })
		];
		for (const seed of ['a', 'b', 'c', 'd']) {
			const ids = createQuizRound({ seed, settings: settings() }, siblings).questions.map(
				(q) => q.cardId
			);
			expect(ids.filter((id) => id.startsWith('sib'))).toHaveLength(1);
		}
	});

	it('offers four options with the right answer at the right index', () => {
		const round = createQuizRound({ seed: 's', settings: settings() }, cards);
		for (const q of round.questions) {
			expect(q.options).toHaveLength(4);
			expect(q.options[q.correct]).toBe(q.answer);
			expect(q.options.filter((o) => o === q.answer)).toHaveLength(1);
		}
	});

	it('puts the right answer in every position across rounds', () => {
		const positions = new Set(
			['a', 'b', 'c', 'd', 'e', 'f'].flatMap((seed) =>
				createQuizRound({ seed, settings: settings() }, cards).questions.map((q) => q.correct)
			)
		);
		expect([...positions].sort()).toEqual([0, 1, 2, 3]);
	});

	it('fills the options of a small deck from a wider pool', () => {
		const small = quoteCards.slice(0, 2);
		const round = createQuizRound({ seed: 's', settings: settings() }, small, quoteCards);
		expect(round.questions).toHaveLength(2);
		for (const q of round.questions) expect(q.options).toHaveLength(4);
	});

	it('knows how many questions a round will ask before building it', () => {
		const siblings = [
			card({ id: 'sib-a', kind: 'person', answer: 'Wang Yi', sibling: 'wang' }),
			card({ id: 'sib-b', kind: 'person', answer: 'Qin Gang', sibling: 'wang' }),
			card({ id: 'other', kind: 'person', answer: 'Li Qiang' })
		];
		expect(quizRoundLength(settings(), siblings)).toBe(2);
		expect(quizRoundLength(settings({ questions: 15 }), cards)).toBe(15);
		expect(quizRoundLength(settings({ questions: 50 }), cards)).toBe(cards.length);
		expect(quizRoundLength(settings({ kinds: ['quote-speaker'] }), cards)).toBe(quoteCards.length);
		for (const questions of [5, 20, 50]) {
			for (const answerMode of ['choice', 'typed'] as const) {
				const s = settings({ questions, answerMode });
				expect(createQuizRound({ seed: 'n', settings: s }, cards).questions).toHaveLength(
					quizRoundLength(s, cards)
				);
			}
		}
	});

	it('has no options in typed mode', () => {
		const round = createQuizRound(
			{ seed: 's', settings: settings({ answerMode: 'typed' }) },
			cards
		);
		expect(round.questions[0]?.options).toEqual([]);
	});
});

function newGame(overrides: Partial<QuizSettings> = {}): QuizGame {
	return new QuizGame(createQuizRound({ seed: 'game', settings: settings(overrides) }, cards));
}

const wrongOption = (game: QuizGame) => ((game.current?.correct ?? 0) + 1) % 4;

describe('QuizGame', () => {
	it('scores a right option and moves on', () => {
		const game = newGame();
		const first = game.current as NonNullable<QuizGame['current']>;
		const result = game.answer(first.correct, 3000);
		expect(result.correct).toBe(true);
		expect(result.points.total).toBeGreaterThan(0);
		expect(game.correctCount).toBe(1);
		expect(game.current).not.toBe(first);
	});

	it('counts a wrong option, a timeout and a too-late answer as wrong', () => {
		const game = newGame();
		expect(game.answer(wrongOption(game), 1000).correct).toBe(false);
		expect(game.timeout().correct).toBe(false);
		expect(game.answer(game.current?.correct ?? 0, 20_001).correct).toBe(false);
		expect(game.correctCount).toBe(0);
		expect(game.score).toBe(0);
	});

	it('keeps the number right separate from the points', () => {
		const game = newGame();
		game.answer(game.current?.correct ?? 0, 1000);
		game.answer(game.current?.correct ?? 0, 19_000);
		expect(game.correctCount).toBe(2);
		expect(game.score).toBeGreaterThan(1000);
	});

	it('scores higher with a streak bonus than without, for the same answers', () => {
		const play = (streakBonus: boolean) => {
			const game = newGame({ streakBonus });
			for (let i = 0; i < 5; i++) game.answer(game.current?.correct ?? 0, 5000);
			return game.score;
		};
		expect(play(true)).toBeGreaterThan(play(false));
	});

	it('accepts a typed answer one typo away, and records what was typed for a miss', () => {
		const game = newGame({ answerMode: 'typed', kinds: ['quote-speaker'] });
		const answer = game.current?.answer as string;
		const typo = answer.slice(0, -2) + answer.slice(-1) + answer.slice(-2, -1);
		expect(game.answer(typo, 2000).verdict).not.toBe('wrong');
		game.answer('nonsense', 2000);
		expect(game.summary().misses).toEqual([
			{
				cardId: game.round.questions[1]?.cardId,
				given: 'nonsense',
				answer: game.round.questions[1]?.answer
			}
		]);
	});

	it('sums up a round: score, right out of total, average time, longest streak, misses', () => {
		const game = newGame({ questions: 5 });
		const chosen = wrongOption(game);
		const missedOption = game.current?.options[chosen];
		game.answer(chosen, 4000);
		game.answer(game.current?.correct ?? 0, 2000);
		game.answer(game.current?.correct ?? 0, 2000);
		game.timeout();
		game.answer(game.current?.correct ?? 0, 2000);
		expect(game.done).toBe(true);
		const summary = game.summary();
		expect(summary.correct).toBe(3);
		expect(summary.total).toBe(5);
		expect(summary.longestStreak).toBe(2);
		expect(summary.averageMs).toBe((4000 + 2000 + 2000 + 20_000 + 2000) / 5);
		expect(summary.score).toBe(game.score);
		expect(summary.misses.map((m) => m.given)).toEqual([missedOption, null]);
		expect(() => game.timeout()).toThrow();
	});

	it('rejects an option that does not exist', () => {
		expect(() => newGame().answer(7, 1000)).toThrow(RangeError);
	});

	it('resumes identically after being serialised mid-round', () => {
		const moves = (game: QuizGame, from: number, to: number) => {
			for (let i = from; i < to; i++) {
				if (i % 3 === 2) game.timeout();
				else game.answer(i % 4 === 3 ? wrongOption(game) : (game.current?.correct ?? 0), 1000 * i);
			}
		};
		const straight = newGame();
		moves(straight, 0, 10);
		const interrupted = newGame();
		moves(interrupted, 0, 4);
		const resumed = new QuizGame(interrupted.toString());
		expect(resumed.index).toBe(4);
		expect(resumed.streak).toBe(interrupted.streak);
		moves(resumed, 4, 10);
		expect(resumed.summary()).toEqual(straight.summary());
		expect(resumed.toString()).toBe(straight.toString());
	});

	it('refuses to restore a corrupted save', () => {
		const saved = JSON.parse(newGame().toString()) as { answers: unknown[] };
		saved.answers = Array(99).fill({ given: null, verdict: 'wrong', correct: false, elapsedMs: 0 });
		expect(() => new QuizGame(JSON.stringify(saved))).toThrow();
		expect(() => new QuizGame('{not json')).toThrow();
	});
});

describe('createQuizRound over hand-made tricky cards', () => {
	it('skips a multiple-choice card that has nothing to offer as a distractor', () => {
		const lonely: Card[] = [card({ id: 'only', kind: 'doctrine', answer: 'Peaceful rise' })];
		expect(createQuizRound({ seed: 's', settings: settings() }, lonely).questions).toEqual([]);
	});

	it('gives a lone amount options of its own unit rather than skipping it', () => {
		const lonely: Card[] = [card({ id: 'only', kind: 'figure', answer: '42 ships', value: 42 })];
		const [question] = createQuizRound({ seed: 's', settings: settings() }, lonely).questions;
		expect(question?.options).toHaveLength(4);
		for (const option of question?.options ?? []) expect(option).toMatch(/^\d+ ships$/);
	});
});

describe('createQuizRound keeps the rounds of links made before its option rules', () => {
	// Rounds these seeds gave before options were checked for overlaps: [card, correct, options].
	// A link made then must still ask the same questions, with the answer in the same place and
	// every option that breaks no rule where it was; "Xi Jinping" beside "Xi Jinping and Nguyễn
	// Phú Trọng" is the one option here that had to go.
	const duo = card({
		id: 'q-duo',
		kind: 'quote-speaker',
		answer: 'Xi Jinping and Nguyễn Phú Trọng',
		speaker: 'Xi Jinping and Nguyễn Phú Trọng',
		prompt: 'Who said “Comrades and brothers”?'
	});
	const linked = [...quoteCards, duo, ...dateCards.slice(0, 12)];
	const spec = (seed: string) => ({ seed, settings: settings({ questions: 12 }) });
	const before: Record<string, [string, number, string[]][]> = {
		'link-1': [
			['q-modi', 2, ['Joe Biden', 'Xi Jinping', 'Narendra Modi', 'Li Keqiang']],
			['date-9', 3, ['September 2009', 'January 2008', 'November 2008', 'July 2009']],
			[
				'q-li',
				0,
				['Li Keqiang', 'Xi Jinping and Nguyễn Phú Trọng', 'Barack Obama', 'Narendra Modi']
			],
			['date-1', 2, ['January 2005', 'May 2007', 'November 2005', 'July 2006']],
			['date-11', 3, ['May 2007', 'January 2008', 'September 2009', 'March 2010']],
			['q-putin', 2, ['Narendra Modi', 'Barack Obama', 'Vladimir Putin', 'Donald Trump']],
			['q-wang', 1, ['Barack Obama', 'Wang Yi', 'Donald Trump', 'Joe Biden']],
			['date-6', 2, ['March 2007', 'September 2006', 'January 2008', 'November 2008']],
			['date-0', 1, ['July 2006', 'January 2005', 'September 2006', 'November 2005']],
			['date-10', 3, ['July 2009', 'May 2007', 'January 2008', 'May 2010']],
			['q-xi-1', 0, ['Xi Jinping', 'Barack Obama', 'Narendra Modi', 'Wang Yi']],
			['date-8', 0, ['September 2009', 'May 2010', 'July 2009', 'March 2010']]
		],
		'link-2': [
			['q-putin', 3, ['Li Keqiang', 'Joe Biden', 'Barack Obama', 'Vladimir Putin']],
			['q-duo', 1, ['Narendra Modi', 'Xi Jinping and Nguyễn Phú Trọng', 'Xi Jinping', 'Wang Yi']],
			['date-6', 0, ['January 2008', 'March 2007', 'July 2009', 'July 2006']],
			['date-1', 0, ['November 2005', 'January 2005', 'March 2007', 'July 2006']],
			['date-10', 3, ['January 2008', 'March 2010', 'November 2008', 'May 2010']],
			['date-7', 2, ['September 2009', 'January 2008', 'November 2008', 'May 2007']],
			['date-11', 0, ['March 2010', 'May 2010', 'July 2009', 'November 2008']],
			['q-obama', 0, ['Barack Obama', 'Vladimir Putin', 'Joe Biden', 'Xi Jinping']],
			[
				'q-trump',
				3,
				['Xi Jinping and Nguyễn Phú Trọng', 'Vladimir Putin', 'Joe Biden', 'Donald Trump']
			],
			['date-2', 1, ['May 2007', 'September 2006', 'January 2005', 'March 2007']],
			['date-0', 1, ['January 2008', 'January 2005', 'September 2006', 'May 2007']],
			['q-xi-2', 1, ['Li Keqiang', 'Xi Jinping', 'Joe Biden', 'Wang Yi']]
		]
	};
	const now = (seed: string) =>
		createQuizRound(spec(seed), linked).questions.map((q) => [q.cardId, q.correct, q.options]);

	it('gives a round that broke no rule exactly as before', () => {
		expect(now('link-1')).toEqual(before['link-1']);
	});

	it('replaces only an option that breaks a rule, in its place, and nothing after it', () => {
		const expected = structuredClone(before['link-2']) as [string, number, string[]][];
		const changed = expected[1] as [string, number, string[]];
		const actual = now('link-2');
		expect((actual[1] as [string, number, string[]])[2][2]).not.toMatch(/Xi Jinping/);
		changed[2][2] = (actual[1] as [string, number, string[]])[2][2] as string;
		expect(actual).toEqual(expected);
	});
});
