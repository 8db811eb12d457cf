import { deckEntries, deckHead } from '$lib/server/deck-entries';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = deckEntries;

export function load({ params }) {
	return deckHead(params.deck);
}
