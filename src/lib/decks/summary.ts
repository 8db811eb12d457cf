import type { CardKind, Deck } from './schema';

/** What a deck list shows without shipping every card to the page. */
export interface DeckSummary {
	id: string;
	title: string;
	description: string;
	count: number;
	kinds: CardKind[];
}

export function summarize(deck: Deck): DeckSummary {
	return {
		id: deck.id,
		title: deck.title,
		description: deck.description,
		count: deck.cards.length,
		kinds: [...new Set(deck.cards.map((card) => card.kind))].sort()
	};
}
