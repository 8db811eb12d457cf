// What the dashboard shows per deck, from card states and today's queue.
import type { Deck } from '$lib/decks/schema';
import type { CardState } from '$lib/srs/card';

/** A review card counts as mature once its interval reaches three weeks (as in Anki). */
export const MATURE_DAYS = 21;

export interface DeckProgress {
	id: string;
	title: string;
	total: number;
	new: number;
	learning: number;
	young: number;
	mature: number;
	/** Cards of this deck in today's queue. */
	dueToday: number;
}

export function deckProgress(
	decks: readonly Deck[],
	states: ReadonlyMap<string, CardState>,
	todayIds: readonly string[]
): DeckProgress[] {
	const today = new Set(todayIds);
	return decks.map((deck) => {
		const row: DeckProgress = {
			id: deck.id,
			title: deck.title,
			total: deck.cards.length,
			new: 0,
			learning: 0,
			young: 0,
			mature: 0,
			dueToday: 0
		};
		for (const card of deck.cards) {
			const state = states.get(card.id);
			if (today.has(card.id)) row.dueToday++;
			if (!state || state.state === 'new') row.new++;
			else if (state.state === 'review')
				row[state.scheduledDays >= MATURE_DAYS ? 'mature' : 'young']++;
			else row.learning++;
		}
		return row;
	});
}
