// The teacher's class list: the results pasted into /class, and the round links given to name
// their rounds, kept in their own IndexedDB database until the teacher clears it. Stored results
// are checked again when read; bad ones are dropped from the list shown, never a crash. Round
// links are kept as the text of their link, and read again like any pasted link.
import * as v from 'valibot';
import { ShareResultSchema, type ShareResult } from '$lib/share/results';
import { KeyValueStore } from './kv';
import { DEFAULT_DB_PREFIX } from './progress-store';
import { done, notSaved, type Saved } from './saved';

const KEY = 'results';
const ROUNDS_KEY = 'rounds';
const MAX_STORED = 2000;
const MAX_ROUNDS = 200;

export interface ClassList {
	results: ShareResult[];
	/** The fragments of the round links the teacher gave, oldest first. */
	rounds: string[];
	/** Why nothing could be read, or null: a read gives what it can and never fails. */
	error: string | null;
}

export class ClassListStore {
	readonly #store: KeyValueStore;

	constructor(prefix = DEFAULT_DB_PREFIX) {
		this.#store = new KeyValueStore(
			`${prefix}-class`,
			'class',
			'This browser offers no IndexedDB: the list is kept until you leave.'
		);
	}

	async load(): Promise<ClassList> {
		if (!this.#store.available) {
			return { results: [], rounds: [], error: 'This browser offers no IndexedDB.' };
		}
		const read = await this.#store.getMany([KEY, ROUNDS_KEY]);
		if (!read.ok) return { results: [], rounds: [], error: read.message };
		const [raw, rawRounds] = read.value;
		const list = Array.isArray(raw) ? raw : [];
		const results = list.flatMap((item) => {
			const parsed = v.safeParse(ShareResultSchema, item);
			return parsed.success ? [parsed.output] : [];
		});
		const rounds = (Array.isArray(rawRounds) ? rawRounds : []).filter(
			(item): item is string => typeof item === 'string'
		);
		return { results, rounds, error: null };
	}

	/** Keeps the results (the newest ones, if there are very many). */
	async save(results: readonly ShareResult[]): Promise<Saved> {
		const outcome = await this.#store.set(KEY, results.slice(-MAX_STORED));
		return outcome.ok ? done : notSaved(`The list could not be saved (${outcome.message}).`);
	}

	/** Keeps the round links given (the newest ones, if there are very many). */
	async saveRounds(links: readonly string[]): Promise<Saved> {
		const outcome = await this.#store.set(ROUNDS_KEY, links.slice(-MAX_ROUNDS));
		return outcome.ok ? done : notSaved(`The round links could not be saved (${outcome.message}).`);
	}

	/** Adds a round the teacher shared, so the class page can name it when results come in. */
	async rememberRound(link: string): Promise<Saved> {
		const { rounds, error } = await this.load();
		if (error) return notSaved(`The round links could not be saved (${error}).`);
		return rounds.includes(link) ? done : this.saveRounds([...rounds, link]);
	}

	async clear(): Promise<Saved> {
		if (!this.#store.available) return done;
		const outcome = await this.#store.clear();
		return outcome.ok ? done : notSaved(`The list could not be cleared (${outcome.message}).`);
	}
}

let shared: ClassListStore | undefined;

export function classList(): ClassListStore {
	shared ??= new ClassListStore();
	return shared;
}
