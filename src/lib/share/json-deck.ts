// Decks in and out in the app's own JSON format: the file a teacher shares or re-imports.
import * as v from 'valibot';
import { DeckSchema, type Deck } from '$lib/decks/schema';
import {
	EMPTY_FILE,
	isBlank,
	isTooBig,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_CARDS,
	type DeckImport
} from './deck-file';
import { describeIssue } from './issues';

/** The deck in the app's own format, as a file a teacher can share or re-import. */
export function exportDeckAsJson(deck: Deck): string {
	return JSON.stringify(deck, null, '\t') + '\n';
}

/** Imports a deck in the app's own JSON format, saying which card and field is wrong if any. */
export function importJsonDeck(text: string): DeckImport {
	const fail = (message: string): DeckImport => ({ ok: false, message });
	if (isTooBig(text)) {
		return fail(`This file is too big to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
	}
	if (isBlank(text)) return fail(EMPTY_FILE);
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return fail(
			'This file is not a deck: it is not valid JSON. Was it cut short or edited by hand?'
		);
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return fail(
			'This file is not a deck: a deck file holds one object with an id, a title and cards.'
		);
	}
	const parsed = v.safeParse(DeckSchema, raw);
	if (!parsed.success) {
		return fail(`This deck file has a problem. ${describeIssue(parsed.issues[0], 'The deck')}`);
	}
	const deck = parsed.output;
	if (deck.cards.length === 0) return fail('This deck has no cards.');
	if (deck.cards.length > MAX_IMPORT_CARDS) {
		return fail(
			`This deck has ${deck.cards.length} cards; a deck may hold at most ${MAX_IMPORT_CARDS}.`
		);
	}
	const seen = new Set<string>();
	for (const [i, card] of deck.cards.entries()) {
		if (seen.has(card.id))
			return fail(`Card ${i + 1} has the same id as an earlier card (“${card.id}”).`);
		seen.add(card.id);
	}
	return { ok: true, deck, warnings: [] };
}
