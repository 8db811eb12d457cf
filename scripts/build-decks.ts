// `npm run decks`: regenerates decks/<deck-id>.json from decks/sources/*.txt and decks/edits.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { generateDecks } from '../src/lib/decks/gen/generate';
import { EditsSchema } from '../src/lib/decks/gen/edits';
import type { SourceDoc } from '../src/lib/decks/gen/context';

export const DECKS_DIR = fileURLToPath(new URL('../decks/', import.meta.url));

export function readSources(decksDir = DECKS_DIR): SourceDoc[] {
	const dir = join(decksDir, 'sources');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function readEdits(decksDir = DECKS_DIR) {
	return v.parse(EditsSchema, JSON.parse(readFileSync(join(decksDir, 'edits.json'), 'utf8')));
}

/** The deck files' contents, by file name: pure given the sources and edits. */
export function deckFiles(
	docs: SourceDoc[],
	edits: v.InferOutput<typeof EditsSchema>
): Map<string, string> {
	const files = new Map<string, string>();
	for (const deck of generateDecks(docs, edits)) {
		files.set(`${deck.id}.json`, JSON.stringify(deck, null, 2) + '\n');
	}
	return files;
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
	for (const [name, content] of files) {
		writeFileSync(join(DECKS_DIR, name), content);
		const count = (JSON.parse(content) as { cards: unknown[] }).cards.length;
		console.log(`${name.padEnd(18)} ${String(count).padStart(4)} cards`);
	}
	console.log(`generated in ${ms.toFixed(0)} ms`);
}
