// One entry point for a deck file, whatever its format.
import type { DeckImport, ImportOptions } from './deck-file';
import { importJsonDeck } from './json-deck';
import { importTextDeck } from './tsv';

/** Imports a deck file of any supported kind: JSON when it looks like JSON, else Anki/Quizlet text. */
export function importDeckFile(text: string, options: ImportOptions = {}): DeckImport {
	const json = /\.json$/i.test(options.fileName ?? '') || /^\uFEFF?\s*\{/.test(text);
	return json ? importJsonDeck(text) : importTextDeck(text, options);
}
