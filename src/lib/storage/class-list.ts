// The teacher's class list: the results pasted into /class, and the round links given to name
// their rounds, kept in their own IndexedDB database until the teacher clears it. Stored results
// are checked again when read; bad ones are dropped from the list shown, never a crash. Round
// links are kept as the text of their link, and read again like any pasted link.
import { clear, createStore, getMany, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { ShareResultSchema, type ShareResult } from '$lib/share/results';
import { DEFAULT_DB_PREFIX, errorMessage } from './db';

const KEY = 'results';
const ROUNDS_KEY = 'rounds';
const MAX_STORED = 2000;
const MAX_ROUNDS = 200;

export interface ClassList {
	results: ShareResult[];
	/** The fragments of the round links the teacher gave, oldest first. */
	rounds: string[];
	error: string | null;
}

export class ClassListStore {
	readonly #store: UseStore | null;

	constructor(prefix = DEFAULT_DB_PREFIX) {
		this.#store = typeof indexedDB === 'undefined' ? null : createStore(`${prefix}-class`, 'class');
	}

	async load(): Promise<ClassList> {
		if (!this.#store)
			return { results: [], rounds: [], error: 'This browser offers no IndexedDB.' };
		try {
			const [raw, rawRounds] = await getMany<unknown>([KEY, ROUNDS_KEY], this.#store);
			const list = Array.isArray(raw) ? raw : [];
			const results = list.flatMap((item) => {
				const parsed = v.safeParse(ShareResultSchema, item);
				return parsed.success ? [parsed.output] : [];
			});
			const rounds = (Array.isArray(rawRounds) ? rawRounds : []).filter(
				(item): item is string => typeof item === 'string'
			);
			return { results, rounds, error: null };
		} catch (error) {
			return { results: [], rounds: [], error: errorMessage(error) };
		}
	}

	/** Returns an error message, or null once saved. */
	save(results: readonly ShareResult[]): Promise<string | null> {
		return this.#put(KEY, results.slice(-MAX_STORED));
	}

	/** Keeps the round links given (the newest ones, if there are very many). */
	saveRounds(links: readonly string[]): Promise<string | null> {
		return this.#put(ROUNDS_KEY, links.slice(-MAX_ROUNDS));
	}

	async #put(key: string, value: unknown): Promise<string | null> {
		if (!this.#store) return 'This browser offers no IndexedDB: the list is kept until you leave.';
		try {
			await set(key, value, this.#store);
			return null;
		} catch (error) {
			return errorMessage(error);
		}
	}

	/** Adds a round the teacher shared, so the class page can name it when results come in. */
	async rememberRound(link: string): Promise<string | null> {
		const { rounds, error } = await this.load();
		if (error) return error;
		return rounds.includes(link) ? null : this.saveRounds([...rounds, link]);
	}

	async clear(): Promise<string | null> {
		if (!this.#store) return null;
		try {
			await clear(this.#store);
			return null;
		} catch (error) {
			return errorMessage(error);
		}
	}
}

let shared: ClassListStore | undefined;

export function classList(): ClassListStore {
	shared ??= new ClassListStore();
	return shared;
}
