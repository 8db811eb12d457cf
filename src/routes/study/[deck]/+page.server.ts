import { getDeck } from '$lib/decks/load';
import { deckEntries, deckHead } from '$lib/server/deck-entries';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = deckEntries;

export function load({ params }) {
	// The first card is in the page itself, so it shows before /decks.json has arrived (it is
	// what a student reads first: the page's largest paint).
	const head = deckHead(params.deck);
	const cards = getDeck(head.deckId)?.cards ?? [];
	return { ...head, first: cards[0], count: cards.length };
}
