import { decks } from '$lib/decks/load';
import { summarize } from '$lib/decks/summary';
import { canMatch } from '$lib/games/match';

export function load() {
	// Worked out here, at build time: the home page offers Match only where a board can be made.
	return { decks: decks.map((deck) => ({ ...summarize(deck), canMatch: canMatch(deck.cards) })) };
}
