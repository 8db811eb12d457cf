// `npm run decks`: regenerates decks/<deck-id>.json from decks/sources/*.txt and decks/edits.json,
// and removes deck files the generator no longer produces.
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEdits, type Edits } from '../src/lib/generator/edits';
import { deckFiles, GENRES, type Genre, type SourceDoc } from '../src/lib/generator/generate';

export { deckFiles };

export const DECKS_DIR = fileURLToPath(new URL('../decks/', import.meta.url));

/** Files in decks/ that are inputs, never generated output. */
const NOT_DECKS = new Set(['edits.json']);

/**
 * decks/sources/genres.json: file name → genre. Read here, in Node, so that the browser bundle
 * (which shares valibot with the generator) carries no schema for it. Unknown values are ignored.
 */
export function parseGenres(input: unknown): Record<string, Genre> {
	if (typeof input !== 'object' || input === null) throw new Error('genres.json must be an object');
	return Object.fromEntries(
		Object.entries(input).filter((e): e is [string, Genre] => GENRES.includes(e[1] as Genre))
	);
}

export function readSources(decksDir = DECKS_DIR): SourceDoc[] {
	const dir = join(decksDir, 'sources');
	const genres = parseGenres(JSON.parse(readFileSync(join(dir, 'genres.json'), 'utf8')));
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((name) => ({
			name,
			text: readFileSync(join(dir, name), 'utf8'),
			...(genres[name] && { genre: genres[name] })
		}));
}

export function readEdits(decksDir = DECKS_DIR): Edits {
	return parseEdits(JSON.parse(readFileSync(join(decksDir, 'edits.json'), 'utf8')));
}

/** Deck files (by file name) currently in `decksDir`. */
export function existingDeckFiles(decksDir = DECKS_DIR): string[] {
	return readdirSync(decksDir)
		.filter((f) => f.endsWith('.json') && !NOT_DECKS.has(f))
		.sort();
}

/** Reads everything under `decksDir` and returns the files a build would write. */
export function buildDeckFiles(decksDir = DECKS_DIR): Map<string, string> {
	return deckFiles(readSources(decksDir), readEdits(decksDir));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const docs = readSources();
	const edits = readEdits();
	const started = performance.now();
	const files = deckFiles(docs, edits);
	const ms = performance.now() - started;
	for (const name of existingDeckFiles()) {
		if (files.has(name)) continue;
		unlinkSync(join(DECKS_DIR, name));
		console.log(`${name.padEnd(18)} removed (no longer generated)`);
	}
	for (const [name, content] of files) {
		writeFileSync(join(DECKS_DIR, name), content);
		const count = (JSON.parse(content) as { cards: unknown[] }).cards.length;
		console.log(`${name.padEnd(18)} ${String(count).padStart(4)} cards`);
	}
	console.log(`generated in ${ms.toFixed(0)} ms`);
}
