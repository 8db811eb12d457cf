// Searching and filtering a deck's cards on the deck page.
import type { Card } from './schema';

export interface CardFilter {
	/** Free text, matched against prompt, answer, note, speaker and excerpt. */
	query: string;
	/** A tag the card must carry; empty for any. */
	tag: string;
}

/** Lower-cases and strips accents, so "nguyen" finds "Nguyễn". */
export function foldForSearch(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(card: Card): string {
	return foldForSearch(
		[card.prompt, card.answer, card.note ?? '', card.speaker ?? '', card.source.excerpt].join('\n')
	);
}

export function filterCards(cards: readonly Card[], filter: CardFilter): Card[] {
	const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
	return cards.filter(
		(card) =>
			(!filter.tag || (card.tags ?? []).includes(filter.tag)) &&
			words.every((word) => haystack(card).includes(word))
	);
}

/** Every tag in the deck with how many cards carry it, most used first, then by name. */
export function tagCounts(cards: readonly Card[]): { tag: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const card of cards)
		for (const tag of card.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	// Tags are ASCII slugs ("south-korea", "2013"): plain comparison orders them, and spares the
	// page localeCompare's first-call collator set-up (~60 ms under Lighthouse's 4x slower CPU).
	return [...counts]
		.map(([tag, count]) => ({ tag, count }))
		.sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
