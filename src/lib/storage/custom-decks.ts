// Decks a teacher built or imported, kept in their own IndexedDB database (one record per deck,
// keyed by deck id). Every record is checked with DeckSchema when read: a corrupt one is skipped
// and left where it is, never a crash. Nothing here touches the review progress.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { DeckSchema, type Deck } from '$lib/decks/schema';
import { describeIssue } from '$lib/share/issues';
import { DEFAULT_DB_PREFIX, errorMessage } from './db';

const NO_STORAGE =
	'this browser lets the app keep nothing (IndexedDB is off, as in some private windows)';
/** What a teacher can still do with cards that could not be saved. */
const KEEP_THEM = 'Your cards are still on this page: Share sends them as a link or a file.';

export interface CustomDeckList {
	decks: Deck[];
	/** How many stored records could not be read (they stay stored). */
	skipped: number;
	/** Why the decks could not be read at all, or null. */
	error: string | null;
}

export type SaveOutcome = { ok: true; deck: Deck } | { ok: false; message: string };

export class CustomDeckStore {
	readonly #store: UseStore | null;

	constructor(prefix = DEFAULT_DB_PREFIX) {
		this.#store =
			typeof indexedDB === 'undefined' ? null : createStore(`${prefix}-custom-decks`, 'decks');
	}

	async list(): Promise<CustomDeckList> {
		if (!this.#store) return { decks: [], skipped: 0, error: NO_STORAGE };
		try {
			const records = await entries<IDBValidKey, unknown>(this.#store);
			const decks: Deck[] = [];
			let skipped = 0;
			for (const [key, raw] of records) {
				const parsed = v.safeParse(DeckSchema, raw);
				if (parsed.success && parsed.output.id === key) decks.push(parsed.output);
				else skipped++;
			}
			decks.sort((a, b) => a.title.localeCompare(b.title));
			return { decks, skipped, error: null };
		} catch (error) {
			return { decks: [], skipped: 0, error: errorMessage(error) };
		}
	}

	/** Validates and saves (replacing a deck with the same id). Never throws. */
	async save(deck: unknown): Promise<SaveOutcome> {
		const parsed = v.safeParse(DeckSchema, deck);
		if (!parsed.success) {
			return {
				ok: false,
				message: `The deck was not saved. ${describeIssue(parsed.issues[0], 'The deck')}`
			};
		}
		const notSaved = (why: string): SaveOutcome => ({
			ok: false,
			message: `The deck was not saved: ${why}. ${KEEP_THEM}`
		});
		if (!this.#store) return notSaved(NO_STORAGE);
		try {
			await set(parsed.output.id, parsed.output, this.#store);
			return { ok: true, deck: parsed.output };
		} catch (error) {
			return notSaved(errorMessage(error));
		}
	}

	/** Returns an error message, or null once deleted. */
	async delete(id: string): Promise<string | null> {
		if (!this.#store) return NO_STORAGE;
		try {
			await del(id, this.#store);
			return null;
		} catch (error) {
			return errorMessage(error);
		}
	}
}

let shared: CustomDeckStore | undefined;

/** The app's custom decks (opened on first use, so prerendering never touches IndexedDB). */
export function customDecks(): CustomDeckStore {
	shared ??= new CustomDeckStore();
	return shared;
}
