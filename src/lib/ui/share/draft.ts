// Building a custom deck from picked, written and generated cards: ids, default sources, the
// search over the built-in decks, and the final check against the deck schema. Pure.
import * as v from 'valibot';
import { DeckSchema, type Card, type CardKind, type Deck } from '$lib/decks/schema';
import { defaultPairing, matchPairs, MIN_MATCH_PAIRS } from '$lib/games/match';
import { createQuizRound } from '$lib/games/quiz';
import { QuizSettingsSchema } from '$lib/games/settings';
import type { SharePayloadInput } from '$lib/share';
import { hash53 } from '$lib/share/checksum';
import { describeIssue } from '$lib/share/issues';

export const WRITTEN_SOURCE = 'Written by the teacher';
export const PASTED_SOURCE = 'Pasted text';
const MAX_RESULTS = 60;

export interface WrittenCardInput {
	prompt: string;
	answer: string;
	kind: CardKind;
	/** Where the fact comes from (optional): kept as the card's source passage. */
	sourceText: string;
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

export type DeckBuilt = { ok: true; deck: Deck } | { ok: false; message: string };

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
	if (title.trim() === '') return { ok: false, message: 'Give the deck a title.' };
	if (cards.length === 0) return { ok: false, message: 'Add at least one card to the deck.' };
	const slug = title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	const deckId = id ?? `${slug || 'deck'}-${hash53(`${title}|${made}`).slice(0, 8)}`;
	const plural = cards.length === 1 ? 'card' : 'cards';
	const parsed = v.safeParse(DeckSchema, {
		id: deckId,
		title: title.trim(),
		description: `A custom deck of ${cards.length} ${plural}`,
		cards
	});
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const index = issue.path?.[1]?.key;
		const where = typeof index === 'number' ? `Card ${index + 1}: ` : '';
		return { ok: false, message: `${where}${describeIssue(issue, 'The deck')}` };
	}
	return { ok: true, deck: parsed.output };
}

export type CustomPlayMode = 'quiz' | 'match' | 'study';

/**
 * A round on a custom deck, as a share payload (playing in place is opening it on /play). A quiz
 * falls back to typed answers when the deck's cards cannot offer multiple-choice options; a
 * matching board is offered only when the deck holds three pairs.
 */
export function customRoundPayload(
	deck: Deck,
	mode: CustomPlayMode,
	seed: string
): SharePayloadInput | undefined {
	const source = { kind: 'custom' as const, deck };
	switch (mode) {
		case 'quiz': {
			const choice = createQuizRound(
				{ seed, settings: v.parse(QuizSettingsSchema, {}) },
				deck.cards
			);
			const answerMode = choice.questions.length > 0 ? 'choice' : 'typed';
			return { mode, source, seed, settings: { answerMode } };
		}
		case 'match': {
			const pairing = defaultPairing(deck.cards);
			if (matchPairs(pairing, deck.cards).length < MIN_MATCH_PAIRS) return undefined;
			return { mode, source, seed, settings: { pairing } };
		}
		case 'study':
			return { mode, source, seed, settings: { order: 'deck' } };
	}
}
