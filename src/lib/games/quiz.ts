// A quiz round: built deterministically from a seed, then played one answer at a time.
// Like sverdle's Game: the constructor restores a saved game, `answer` scores a move,
// `toString()` serializes it so a reload mid-round resumes where it stopped.
import * as v from 'valibot';
import { KIND_LABELS } from '$lib/decks/kinds';
import { CARD_KINDS, type Card } from '$lib/decks/schema';
import { checkAnswer, type AnswerVerdict } from './answer';
import { chooseOptions } from './distractors';
import { Rng, SeedSchema } from './rng';
import { questionPoints, type Points } from './scoring';
import { QuizSettingsSchema, type QuizSettings } from './settings';

const QuizQuestionSchema = v.object({
	cardId: v.string(),
	kind: v.picklist(CARD_KINDS),
	prompt: v.string(),
	answer: v.string(),
	accept: v.optional(v.array(v.string())),
	note: v.optional(v.string()),
	/** Multiple choice: the options in display order. Typed answers: empty. */
	options: v.array(v.string()),
	/** Index of the right option; -1 for typed answers. */
	correct: v.pipe(v.number(), v.integer(), v.minValue(-1))
});
export type QuizQuestion = v.InferOutput<typeof QuizQuestionSchema>;

const QuizRoundSchema = v.object({
	seed: SeedSchema,
	settings: QuizSettingsSchema,
	questions: v.array(QuizQuestionSchema)
});
export type QuizRound = v.InferOutput<typeof QuizRoundSchema>;

/** What a round is made from (a share link carries this plus the deck ids). */
export interface QuizSpec {
	seed: string;
	settings: QuizSettings;
}

const byId = (a: Card, b: Card) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The questions for a round. The same spec and cards give the same questions, order and
 * options anywhere: cards are sorted by id first, so the order they arrive in does not matter.
 * Distractors come from `pool` (default: the round's own cards). One card per sibling key, and
 * in multiple choice only cards that have at least one distractor.
 */
export function createQuizRound(
	spec: QuizSpec,
	cards: readonly Card[],
	pool: readonly Card[] = cards
): QuizRound {
	const { seed, settings } = spec;
	const rng = new Rng(seed);
	const kinds = settings.kinds;
	const eligible = [...new Map(cards.map((card) => [card.id, card])).values()]
		.filter((card) => kinds === undefined || kinds.includes(card.kind))
		.sort(byId);
	const sortedPool = [...pool].sort(byId);
	const questions: QuizQuestion[] = [];
	const siblings = new Set<string>();
	for (const card of rng.shuffle(eligible)) {
		if (questions.length >= settings.questions) break;
		if (card.sibling !== undefined && siblings.has(card.sibling)) continue;
		let options: string[] = [];
		let correct = -1;
		if (settings.answerMode === 'choice') {
			// What the option rules added later need comes from a stream of the card's own, so a
			// link made before them keeps its questions, and every option that still passes.
			const spare = new Rng(`${seed}/${card.id}`);
			({ options, correct } = chooseOptions(card, sortedPool, rng, spare));
			// A generated card is asked only with a full set of options: with fewer, the odd one
			// out is easier to spot. A teacher's own small deck may have fewer to offer.
			if (options.length < (card.answerType ? 4 : 2)) continue;
		}
		if (card.sibling !== undefined) siblings.add(card.sibling);
		questions.push({
			cardId: card.id,
			kind: card.kind,
			prompt: card.prompt,
			answer: card.answer,
			...(card.accept && { accept: card.accept }),
			...(card.note && { note: card.note }),
			options,
			correct
		});
	}
	return { seed, settings, questions };
}

/**
 * How many questions a round with these settings asks of `cards`: one per card of the chosen
 * kinds and per sibling group, at most as many as the settings ask for. (Multiple choice asks
 * fewer in the rare case of a card with no wrong option to offer: it is skipped.)
 */
export function quizRoundLength(settings: QuizSettings, cards: readonly Card[]): number {
	const kinds = settings.kinds;
	const eligible = new Map(
		cards
			.filter((card) => kinds === undefined || kinds.includes(card.kind))
			.map((card) => [card.id, card])
	);
	const groups = new Set([...eligible.values()].map((card) => card.sibling ?? `#${card.id}`));
	return Math.min(settings.questions, groups.size);
}

/** What makes two quiz rounds comparable: the settings that change how many points there are. */
export type QuizBestSettings = Pick<
	QuizSettings,
	'questions' | 'seconds' | 'answerMode' | 'speedBonus' | 'streakBonus' | 'kinds'
>;

/**
 * Where a quiz's personal best is kept: one per deck and per kind of round. Points add up over
 * the questions and depend on the clock and the bonuses, so a best is only compared with rounds
 * of the same length, time limit, answer mode, bonuses and kinds of question: a 50-question round
 * no longer beats every 5-question one, and a typed round is not measured against multiple
 * choice. (A share of the points possible would not do: 5 right out of 5 is not 50 out of 50.)
 * It lives here, not in scoring.ts, which every page loads.
 */
export function quizBestKey(deckId: string, settings: QuizBestSettings): string {
	const time = settings.seconds === null ? 'untimed' : `${settings.seconds}s`;
	// Without a clock there is no speed bonus to earn, whatever the setting says.
	const speed = settings.speedBonus && settings.seconds !== null;
	const bonuses = [speed && 'speed', settings.streakBonus && 'streak'].filter(Boolean);
	const kinds = settings.kinds === undefined ? 'all' : [...new Set(settings.kinds)].sort();
	return [
		'quiz',
		deckId,
		`${settings.questions}q`,
		time,
		settings.answerMode,
		bonuses.length === 0 ? 'nobonus' : bonuses.join('+'),
		kinds === 'all' ? kinds : kinds.join('+')
	].join(':');
}

/** The kind of round a best is for, in words: "10 questions, 20 s each, multiple choice". */
export function describeQuizRound(settings: QuizBestSettings): string {
	const parts = [
		`${settings.questions} ${settings.questions === 1 ? 'question' : 'questions'}`,
		settings.seconds === null ? 'no time limit' : `${settings.seconds} s each`,
		settings.answerMode === 'choice' ? 'multiple choice' : 'typed answers'
	];
	if (settings.seconds !== null && !settings.speedBonus) parts.push('no speed bonus');
	if (!settings.streakBonus) parts.push('no streak bonus');
	if (settings.kinds !== undefined) {
		const kinds = [...new Set(settings.kinds)].sort().map((k) => KIND_LABELS[k].toLowerCase());
		parts.push(`${kinds.join(', ')} only`);
	}
	return parts.join(', ');
}

const QuizAnswerSchema = v.object({
	/** The option index chosen, the text typed, or null when time ran out. */
	given: v.nullable(v.union([v.pipe(v.number(), v.integer()), v.string()])),
	verdict: v.picklist(['correct', 'close', 'wrong']),
	/** Whether it counts: a typed answer one typo away counts. */
	correct: v.boolean(),
	elapsedMs: v.pipe(v.number(), v.minValue(0)),
	points: v.object({ base: v.number(), speed: v.number(), streak: v.number(), total: v.number() })
});
export type QuizAnswer = v.InferOutput<typeof QuizAnswerSchema>;

const QuizGameStateSchema = v.pipe(
	v.object({ version: v.literal(1), round: QuizRoundSchema, answers: v.array(QuizAnswerSchema) }),
	v.check((state) => state.answers.length <= state.round.questions.length, 'Too many answers')
);
export type QuizGameState = v.InferOutput<typeof QuizGameStateSchema>;

export interface QuizMiss {
	cardId: string;
	/** What the player chose or typed, as text; null when time ran out. */
	given: string | null;
	answer: string;
}

export interface QuizSummary {
	score: number;
	correct: number;
	total: number;
	/** Mean time per answered question (time-outs count as the full limit). */
	averageMs: number;
	longestStreak: number;
	misses: QuizMiss[];
}

export class QuizGame {
	readonly round: QuizRound;
	readonly answers: QuizAnswer[];

	/** Starts a new game from a round, or restores one from `toString()` (throws if invalid). */
	constructor(source: QuizRound | string) {
		if (typeof source === 'string') {
			const state = v.parse(QuizGameStateSchema, JSON.parse(source));
			this.round = state.round;
			this.answers = state.answers;
		} else {
			this.round = source;
			this.answers = [];
		}
	}

	get index(): number {
		return this.answers.length;
	}

	get total(): number {
		return this.round.questions.length;
	}

	get current(): QuizQuestion | undefined {
		return this.round.questions[this.index];
	}

	get done(): boolean {
		return this.index >= this.total;
	}

	get score(): number {
		return this.answers.reduce((sum, a) => sum + a.points.total, 0);
	}

	get correctCount(): number {
		return this.answers.filter((a) => a.correct).length;
	}

	/** Right answers in a row, ending with the last answer. */
	get streak(): number {
		let streak = 0;
		for (let i = this.answers.length - 1; i >= 0 && this.answers[i]?.correct; i--) streak++;
		return streak;
	}

	get longestStreak(): number {
		let run = 0;
		let longest = 0;
		for (const a of this.answers) {
			run = a.correct ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}

	/** The time limit of each question in ms, or null when untimed. */
	get limitMs(): number | null {
		const seconds = this.round.settings.seconds;
		return seconds === null ? null : seconds * 1000;
	}

	/**
	 * Answers the current question with an option index (multiple choice) or typed text, after
	 * `elapsedMs`. An answer that arrives after the time limit counts as wrong.
	 */
	answer(response: number | string, elapsedMs: number): QuizAnswer {
		const question = this.#requireCurrent();
		let verdict: AnswerVerdict;
		if (typeof response === 'number') {
			if (!Number.isInteger(response) || response < 0 || response >= question.options.length) {
				throw new RangeError(`No option ${response}`);
			}
			verdict = response === question.correct ? 'correct' : 'wrong';
		} else {
			verdict = checkAnswer(response, question);
		}
		const late = this.limitMs !== null && elapsedMs > this.limitMs;
		return this.#record(response, late ? 'wrong' : verdict, elapsedMs);
	}

	/** Time ran out on the current question: it counts as wrong. */
	timeout(): QuizAnswer {
		this.#requireCurrent();
		return this.#record(null, 'wrong', this.limitMs ?? 0);
	}

	summary(): QuizSummary {
		const misses: QuizMiss[] = [];
		this.answers.forEach((a, i) => {
			const question = this.round.questions[i] as QuizQuestion;
			if (a.correct) return;
			const given = typeof a.given === 'number' ? (question.options[a.given] ?? null) : a.given;
			misses.push({ cardId: question.cardId, given, answer: question.answer });
		});
		const time = this.answers.reduce((sum, a) => sum + a.elapsedMs, 0);
		return {
			score: this.score,
			correct: this.correctCount,
			total: this.total,
			averageMs: this.answers.length === 0 ? 0 : Math.round(time / this.answers.length),
			longestStreak: this.longestStreak,
			misses
		};
	}

	toJSON(): QuizGameState {
		return { version: 1, round: this.round, answers: this.answers };
	}

	toString(): string {
		return JSON.stringify(this);
	}

	#requireCurrent(): QuizQuestion {
		const question = this.current;
		if (!question) throw new Error('The round is over');
		return question;
	}

	#record(given: number | string | null, verdict: AnswerVerdict, elapsedMs: number): QuizAnswer {
		const correct = verdict !== 'wrong';
		const ms = Math.max(0, Math.min(elapsedMs, this.limitMs ?? elapsedMs));
		const points: Points = questionPoints({
			correct,
			elapsedMs: ms,
			limitMs: this.limitMs,
			streak: correct ? this.streak + 1 : 0,
			speedBonus: this.round.settings.speedBonus,
			streakBonus: this.round.settings.streakBonus
		});
		const answer: QuizAnswer = { given, verdict, correct, elapsedMs: ms, points };
		this.answers.push(answer);
		return answer;
	}
}
