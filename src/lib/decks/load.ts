// The generated decks, bundled at build time. Deck JSON is produced by `npm run decks`.
import type { Deck } from './schema';

const files = import.meta.glob<Deck>('../../../decks/*.json', { eager: true, import: 'default' });

/** Every built-in deck, in a fixed order (by id). */
export const decks: Deck[] = Object.entries(files)
	.filter(([path]) => !path.endsWith('/edits.json'))
	.map(([, deck]) => deck)
	.sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(decks.map((deck) => [deck.id, deck]));

export function getDeck(id: string): Deck | undefined {
	return byId.get(id);
}
