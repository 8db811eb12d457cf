// Building a custom deck from picked, written and generated cards: ids, default sources, the
// search over the built-in decks, the final check against the deck schema, and the rounds a
// custom deck can play. Pure.
import { counted } from '$lib/text/plural';
import * as v from 'valibot';
import { DeckSchema, type Card, type CardKind, type Deck } from '$lib/decks/schema';
import { defaultPairing, matchPairs, MIN_MATCH_PAIRS } from '$lib/games/match';
import { createQuizRound } from '$lib/games/quiz';
import { QuizSettingsSchema, type AnswerMode, type QuizSettings } from '$lib/games/settings';
import type { SharePayloadInput } from '$lib/share/link';
import { hash53 } from '$lib/share/checksum';
import { describeIssue, issueProblem } from '$lib/share/issues';

export const WRITTEN_SOURCE = 'Written by the teacher';
export const PASTED_SOURCE = 'Pasted text';
/** The longest text cards are made from (and kept with a draft): a long article, not a book. */
export const MAX_PASTED_TEXT = 200_000;
const MAX_RESULTS = 60;

export interface WrittenCardInput {
	prompt: string;
	answer: string;
	kind: CardKind;
	/** Where the fact comes from (optional): kept as the card's source passage. */
	sourceText: string;
}

/** The card writer before anything is typed. */
export function emptyWrittenCard(): WrittenCardInput {
	return { prompt: '', answer: '', kind: 'custom', sourceText: '' };
}

/** True when the writer holds text that would be lost (the kind alone is not work). */
export function writtenCardStarted(input: WrittenCardInput): boolean {
	return [input.prompt, input.answer, input.sourceText].some((text) => text.trim() !== '');
}

/** A card the teacher wrote; its id comes from its text, so writing it twice gives one card. */
export function writtenCard(input: WrittenCardInput): Card {
	const prompt = input.prompt.trim();
	const answer = input.answer.trim();
	const excerpt = input.sourceText.trim();
	return {
		id: `custom-${hash53(`${prompt}\n${answer}`)}`,
		kind: input.kind,
		prompt,
		answer,
		source: { doc: WRITTEN_SOURCE, section: '', excerpt: excerpt || WRITTEN_SOURCE }
	};
}

/** Built-in cards whose question or answer holds every word of the query, in deck order. */
export function searchCards(decks: readonly Deck[], query: string): Card[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	const cards = decks.flatMap((d) => d.cards);
	if (words.length === 0) return cards.slice(0, MAX_RESULTS);
	return cards
		.filter((c) => {
			const text = `${c.prompt} ${c.answer}`.toLowerCase();
			return words.every((w) => text.includes(w));
		})
		.slice(0, MAX_RESULTS);
}

/** Adds cards to a draft, skipping any whose id is already there. */
export function addCards(draft: readonly Card[], cards: readonly Card[]): Card[] {
	const ids = new Set(draft.map((c) => c.id));
	return [...draft, ...cards.filter((c) => !ids.has(c.id) && ids.add(c.id))];
}

/**
 * Why a deck cannot be built. `card` (from 0) and `field` say where, when one card is the reason,
 * so the page can take the teacher to it; `title` when the title is.
 */
export type DeckProblem = {
	message: string;
	at?: { card: number; field?: 'prompt' | 'answer' } | 'title';
};

export type DeckBuilt = { ok: true; deck: Deck } | ({ ok: false } & DeckProblem);

// A card's fields as the deck editor and the card writer call them.
const FIELD_WORDS: Record<string, string> = {
	prompt: 'the question',
	answer: 'the answer',
	source: 'the source',
	kind: 'the kind',
	tags: 'a tag',
	accept: 'an accepted answer',
	note: 'the note',
	id: 'its id'
};

/** A schema issue in the teacher's words: "Card 4: the answer is empty." */
function deckProblem(issue: v.BaseIssue<unknown>): DeckProblem {
	const [first, second, third] = issue.path ?? [];
	if (first?.key === 'cards' && typeof second?.key === 'number') {
		const name = typeof third?.key === 'string' ? third.key : '';
		const words = FIELD_WORDS[name] ?? 'one of its fields';
		const field = name === 'prompt' || name === 'answer' ? name : undefined;
		return {
			message: `Card ${second.key + 1}: ${words} ${issueProblem(issue)}.`,
			at: { card: second.key, ...(field && { field }) }
		};
	}
	if (first?.key === 'title') {
		return { message: `The title ${issueProblem(issue)}.`, at: 'title' };
	}
	return { message: describeIssue(issue, 'The deck') };
}

/**
 * The deck to save. Its id comes from the title plus a hash of when it was first made, so two
 * decks with the same title do not overwrite each other; pass `id` to save over an existing one.
 */
export function buildCustomDeck(
	title: string,
	cards: readonly Card[],
	made: string,
	id?: string
): DeckBuilt {
	if (title.trim() === '') return { ok: false, message: 'Give the deck a title.', at: 'title' };
	if (cards.length === 0) return { ok: false, message: 'Add at least one card to the deck.' };
	const slug = title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	const deckId = id ?? `${slug || 'deck'}-${hash53(`${title}|${made}`).slice(0, 8)}`;
	const parsed = v.safeParse(DeckSchema, {
		id: deckId,
		title: title.trim(),
		description: `A custom deck of ${counted(cards.length, 'card')}`,
		cards
	});
	if (!parsed.success) return { ok: false, ...deckProblem(parsed.issues[0]) };
	return { ok: true, deck: parsed.output };
}

export type CustomPlayMode = 'quiz' | 'match' | 'study';

/** The fewest and most questions a quiz link may ask for (QuizSettingsSchema's bounds). */
export const MIN_QUIZ_QUESTIONS = 5;
export const MAX_QUIZ_QUESTIONS = 50;
const COUNT_SEED = 'count';
const QUIZ_DEFAULTS = v.parse(QuizSettingsSchema, {});

/** Quiz settings as a teacher chooses them; any number of questions, settled by the deck. */
export type QuizChoice = Omit<v.InferInput<typeof QuizSettingsSchema>, 'questions'> & {
	questions?: number;
};

/**
 * How many questions a custom deck's quiz can ask with each kind of answer (at most a round's
 * 50). Multiple choice asks only the cards that have another card of their kind to lend wrong
 * options, so it may ask fewer, or none.
 */
export function customQuizRoom(deck: Deck, chosen: QuizChoice = {}): Record<AnswerMode, number> {
	const count = (answerMode: AnswerMode) => {
		const settings = v.parse(QuizSettingsSchema, {
			...chosen,
			questions: MAX_QUIZ_QUESTIONS,
			answerMode
		});
		return createQuizRound({ seed: COUNT_SEED, settings }, deck.cards).questions.length;
	};
	return { choice: count('choice'), typed: count('typed') };
}

/**
 * The settings a custom deck's quiz link carries: what the teacher chose, with typed answers when
 * the cards cannot make multiple-choice questions, and no more questions than the cards give (a
 * link asks for at least 5; a smaller deck plays the questions it has). `questions` is how many
 * the round will really ask. Pass `room` when it is already known.
 */
export function customQuizSettings(
	deck: Deck,
	chosen: QuizChoice = {},
	room = customQuizRoom(deck, chosen)
): { settings: QuizSettings; questions: number } {
	const asked = chosen.answerMode ?? QUIZ_DEFAULTS.answerMode;
	const answerMode = asked === 'choice' && room.choice === 0 ? 'typed' : asked;
	const wanted = Math.max(1, Math.round(chosen.questions ?? QUIZ_DEFAULTS.questions));
	const questions = Math.min(wanted, room[answerMode]);
	const settings = v.parse(QuizSettingsSchema, {
		...chosen,
		answerMode,
		questions: Math.min(MAX_QUIZ_QUESTIONS, Math.max(MIN_QUIZ_QUESTIONS, questions))
	});
	return { settings, questions };
}

const QUESTION_STEPS = [5, 10, 15, 20, 30, 40, 50];

/**
 * The question counts to offer for a quiz that can ask `room` questions: the usual steps below
 * it, then `room` itself (every question the cards give), and the current choice if it fits.
 */
export function questionCountChoices(room: number, current?: number): number[] {
	const most = Math.min(room, MAX_QUIZ_QUESTIONS);
	const choices = QUESTION_STEPS.filter((n) => n < most);
	if (most > 0) choices.push(most);
	if (current !== undefined && current > 0 && current < most && !choices.includes(current)) {
		choices.push(current);
	}
	return choices.sort((a, b) => a - b);
}

/**
 * A round on a custom deck, as a share payload (playing in place is opening it on /play). A quiz
 * takes the teacher's settings as `customQuizSettings` settles them; a matching board is offered
 * only when the deck holds three pairs.
 */
export function customRoundPayload(
	deck: Deck,
	mode: CustomPlayMode,
	seed: string,
	quiz: QuizChoice = {}
): SharePayloadInput | undefined {
	const source = { kind: 'custom' as const, deck };
	switch (mode) {
		case 'quiz':
			return { mode, source, seed, settings: customQuizSettings(deck, quiz).settings };
		case 'match': {
			const pairing = defaultPairing(deck.cards);
			if (matchPairs(pairing, deck.cards).length < MIN_MATCH_PAIRS) return undefined;
			return { mode, source, seed, settings: { pairing } };
		}
		case 'study':
			return { mode, source, seed, settings: { order: 'deck' } };
	}
}
