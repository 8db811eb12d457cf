// Shared by the per-deck modes: one prerendered page per built-in deck. The cards themselves
// come from /decks.json in the browser; the page data carries what the head needs (and, for
// the study page, the first card, to show before the deck arrives).
import { error } from '@sveltejs/kit';
import { decks, getDeck } from '$lib/decks/load';

export const deckEntries = () => decks.map((deck) => ({ deck: deck.id }));

export function deckHead(id: string) {
	const deck = getDeck(id);
	if (!deck) error(404, `There is no deck called “${id}”.`);
	return { deckId: deck.id, title: deck.title };
}
