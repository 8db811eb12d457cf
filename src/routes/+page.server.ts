import { decks } from '$lib/decks/load';
import { summarize } from '$lib/decks/summary';

export function load() {
	return { decks: decks.map(summarize) };
}
