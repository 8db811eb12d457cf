// A shared round, rebuilt from its link: the cards the payload names, then the same games module
// call the teacher's page makes, so the same payload gives the same round in every browser.
// Pure: no DOM, no storage.
import type { Card, Deck } from '$lib/decks/schema';
import { createMatchBoard, MIN_MATCH_PAIRS, type MatchBoard } from '$lib/games/match';
import { createQuizRound, type QuizRound } from '$lib/games/quiz';
import { createTimelineRound, type TimelineRound } from '$lib/games/timeline';
import { studyCards } from '$lib/review/study';
import { cleanName, type ShareResult } from '$lib/share/results';
import { roundId, type SharePayload } from '$lib/share/link';
import type { RoundSize } from '$lib/share/link-words';

export type SharedRound =
	| { mode: 'quiz'; round: QuizRound }
	| { mode: 'match'; board: MatchBoard }
	| { mode: 'timeline'; round: TimelineRound }
	| { mode: 'study'; cards: Card[] };

/** How big the round a link builds really is (a small deck gives fewer questions than asked). */
export function roundSize(round: SharedRound): RoundSize {
	switch (round.mode) {
		case 'quiz':
			return { questions: round.round.questions.length };
		case 'match':
			return { pairs: round.board.pairs.length };
		case 'timeline':
			return { events: round.round.events.length };
		case 'study':
			return {};
	}
}

export type SharedRoundBuilt =
	{ ok: true; round: SharedRound; roundId: string } | { ok: false; message: string };

export const ROUND_MESSAGES = {
	unknownDeck:
		'This link names a deck this version of the app does not have. Reload the page to update the app, then open the link again.',
	unknownCards: 'This link names cards this version of the app does not have. Ask for a new link.',
	empty: 'This link’s cards do not make a round of this kind. Ask for a new link.'
} as const;

/**
 * The round's cards and the pool distractors come from. Built-in decks draw distractors from
 * every built-in card, as the quiz page does; a custom deck only from its own cards.
 */
function cardsOf(
	payload: SharePayload,
	library: readonly Deck[]
): { cards: Card[]; pool: Card[] } | { message: string } {
	const source = payload.source;
	if (source.kind === 'custom') return { cards: source.deck.cards, pool: source.deck.cards };
	const decks = source.deckIds.map((id) => library.find((d) => d.id === id));
	if (decks.some((d) => d === undefined)) return { message: ROUND_MESSAGES.unknownDeck };
	let cards = decks.flatMap((d) => d?.cards ?? []);
	if (source.cardIds) {
		const chosen = new Set(source.cardIds);
		cards = cards.filter((c) => chosen.has(c.id));
		if (cards.length < chosen.size) return { message: ROUND_MESSAGES.unknownCards };
	}
	return { cards, pool: library.flatMap((d) => d.cards) };
}

export function buildSharedRound(
	payload: SharePayload,
	library: readonly Deck[]
): SharedRoundBuilt {
	const found = cardsOf(payload, library);
	if ('message' in found) return { ok: false, message: found.message };
	const { cards, pool } = found;
	const { seed } = payload;
	let round: SharedRound;
	switch (payload.mode) {
		case 'quiz':
			round = {
				mode: 'quiz',
				round: createQuizRound({ seed, settings: payload.settings }, cards, pool)
			};
			if (round.round.questions.length === 0) return { ok: false, message: ROUND_MESSAGES.empty };
			break;
		case 'match':
			round = {
				mode: 'match',
				board: createMatchBoard({ seed, settings: payload.settings }, cards)
			};
			if (round.board.pairs.length < MIN_MATCH_PAIRS)
				return { ok: false, message: ROUND_MESSAGES.empty };
			break;
		case 'timeline':
			round = {
				mode: 'timeline',
				round: createTimelineRound({ seed, settings: payload.settings }, cards)
			};
			if (round.round.events.length < 2) return { ok: false, message: ROUND_MESSAGES.empty };
			break;
		case 'study': {
			const { order, tag } = payload.settings;
			const chosen = studyCards(cards, {
				seed: order === 'shuffled' ? seed : null,
				tag: tag ?? ''
			});
			if (chosen.length === 0) return { ok: false, message: ROUND_MESSAGES.empty };
			round = { mode: 'study', cards: chosen };
			break;
		}
	}
	return { ok: true, round, roundId: roundId(payload) };
}

/**
 * A matching board's result: each try at a pair is a question (right pairs out of tries), and the
 * score rewards right pairs and speed: 1000 per pair, minus 10 per second, never below 0.
 */
export function matchResult(
	name: string,
	round: string,
	board: { pairs: number; misses: number; timeMs: number }
): ShareResult {
	const score = Math.max(0, board.pairs * 1000 - Math.round(board.timeMs / 100));
	return {
		name: cleanName(name),
		roundId: round,
		score,
		correct: board.pairs,
		total: board.pairs + board.misses,
		answers: []
	};
}

/** A timeline's result: pairs of events in the right order, scored out of 1000. */
export function timelineResult(
	name: string,
	round: string,
	order: { correct: number; total: number }
): ShareResult {
	return {
		name: cleanName(name),
		roundId: round,
		score: Math.round((order.correct / Math.max(1, order.total)) * 1000),
		correct: order.correct,
		total: order.total,
		answers: []
	};
}
