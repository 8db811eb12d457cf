// Decks a teacher built or imported, kept in their own IndexedDB database (one record per deck,
// keyed by deck id). Every record is checked with DeckSchema when read: a corrupt one is skipped
// and left where it is, never a crash. Nothing here touches the review progress.
import * as v from 'valibot';
import { DeckSchema, type Deck } from '$lib/decks/schema';
import { describeIssue } from '$lib/share/issues';
import { KeyValueStore } from './kv';
import { DEFAULT_DB_PREFIX } from './progress-store';
import { done, notSaved, saved, type Saved } from './saved';

const NO_STORAGE =
	'this browser lets the app keep nothing (IndexedDB is off, as in some private windows)';
/** What a teacher can still do with cards that could not be saved. */
const KEEP_THEM = 'Your cards are still on this page: Share sends them as a link or a file.';

export interface CustomDeckList {
	decks: Deck[];
	/** How many stored records could not be read (they stay stored). */
	skipped: number;
	/** Why the decks could not be read at all, or null: a read gives what it can, never fails. */
	error: string | null;
}

export class CustomDeckStore {
	readonly #store: KeyValueStore;

	constructor(prefix = DEFAULT_DB_PREFIX) {
		this.#store = new KeyValueStore(`${prefix}-custom-decks`, 'decks', NO_STORAGE);
	}

	async list(): Promise<CustomDeckList> {
		const records = await this.#store.entries();
		if (!records.ok) return { decks: [], skipped: 0, error: records.message };
		const decks: Deck[] = [];
		let skipped = 0;
		for (const [key, raw] of records.value) {
			const parsed = v.safeParse(DeckSchema, raw);
			if (parsed.success && parsed.output.id === key) decks.push(parsed.output);
			else skipped++;
		}
		decks.sort((a, b) => a.title.localeCompare(b.title));
		return { decks, skipped, error: null };
	}

	/** Validates and saves (replacing a deck with the same id); gives the deck as saved. */
	async save(deck: unknown): Promise<Saved<Deck>> {
		const parsed = v.safeParse(DeckSchema, deck);
		if (!parsed.success) {
			return notSaved(`The deck was not saved. ${describeIssue(parsed.issues[0], 'The deck')}`);
		}
		const outcome = await this.#store.set(parsed.output.id, parsed.output);
		if (!outcome.ok) return notSaved(`The deck was not saved: ${outcome.message}. ${KEEP_THEM}`);
		return saved(parsed.output);
	}

	/** Deletes the deck `id`; `title` names it in the message if that fails. */
	async delete(id: string, title = id): Promise<Saved> {
		const outcome = await this.#store.delete(id);
		return outcome.ok ? done : notSaved(`“${title}” could not be deleted (${outcome.message}).`);
	}
}

let shared: CustomDeckStore | undefined;

/** The app's custom decks (opened on first use, so prerendering never touches IndexedDB). */
export function customDecks(): CustomDeckStore {
	shared ??= new CustomDeckStore();
	return shared;
}
