// Which decks the daily review draws on, as the settings keep it: null for every deck.

/**
 * The review's decks after one deck is turned on or off. Every deck chosen is stored as all
 * (null), so decks added to the app later join the review too.
 */
export function toggleReviewDeck(
	chosen: readonly string[] | null,
	allDecks: readonly string[],
	id: string,
	on: boolean
): string[] | null {
	const current = chosen ?? allDecks;
	const next = on ? [...new Set([...current, id])] : current.filter((d) => d !== id);
	return allDecks.every((d) => next.includes(d)) ? null : next;
}
