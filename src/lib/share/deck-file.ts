// What every deck file import shares: its result, its options and its limits. The formats are
// read in tsv.ts (Anki, Quizlet) and json-deck.ts (the app's own); import-deck.ts picks one.
import type { Deck } from '$lib/decks/schema';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_CARDS = 2000;

export type DeckImport =
	{ ok: true; deck: Deck; warnings: string[] } | { ok: false; message: string };

export interface ImportOptions {
	/** The file's name: the deck title when the file names none, and each card's source. */
	fileName?: string;
}

export const EMPTY_FILE = 'The file is empty.';

/** Nothing but white space (and perhaps a byte-order mark). */
export const isBlank = (text: string) => text.replace(/^\uFEFF/, '').trim() === '';

/** Over MAX_IMPORT_BYTES, counted in characters first (cheap), then in UTF-8 bytes. */
export const isTooBig = (text: string) =>
	text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;
