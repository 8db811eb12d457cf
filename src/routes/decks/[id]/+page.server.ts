import { error } from '@sveltejs/kit';
import { findSection } from '$lib/generator/document';
import { decks, getDeck } from '$lib/decks/load';
import { passageKey } from '$lib/decks/excerpt';
import { canMatch } from '$lib/games/match';
import { sourceText } from '$lib/server/sources';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => decks.map((deck) => ({ id: deck.id }));

export function load({ params }) {
	const deck = getDeck(params.id);
	if (!deck) error(404, `There is no deck called “${params.id}”.`);

	// Each card's passage is its whole section, so the excerpt can be read in context.
	const passages: Record<string, string> = {};
	for (const { source } of deck.cards) {
		const key = passageKey(source);
		if (key in passages) continue;
		const doc = sourceText(source.doc) ?? '';
		passages[key] = findSection(doc, source.section) ?? source.excerpt;
	}
	return { deck, passages, canMatch: canMatch(deck.cards) };
}
