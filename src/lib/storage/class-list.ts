// The teacher's class list: the results pasted into /class, kept in their own IndexedDB database
// until the teacher clears it. Stored results are checked again when read; bad ones are dropped
// from the list shown, never a crash.
import { clear, createStore, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { ShareResultSchema, type ShareResult } from '$lib/share';
import { DEFAULT_DB_PREFIX, errorMessage } from './db';

const KEY = 'results';
const MAX_STORED = 2000;

export interface ClassList {
	results: ShareResult[];
	error: string | null;
}

export class ClassListStore {
	readonly #store: UseStore | null;

	constructor(prefix = DEFAULT_DB_PREFIX) {
		this.#store = typeof indexedDB === 'undefined' ? null : createStore(`${prefix}-class`, 'class');
	}

	async load(): Promise<ClassList> {
		if (!this.#store) return { results: [], error: 'This browser offers no IndexedDB.' };
		try {
			const raw = await get<unknown>(KEY, this.#store);
			const list = Array.isArray(raw) ? raw : [];
			const results = list.flatMap((item) => {
				const parsed = v.safeParse(ShareResultSchema, item);
				return parsed.success ? [parsed.output] : [];
			});
			return { results, error: null };
		} catch (error) {
			return { results: [], error: errorMessage(error) };
		}
	}

	/** Returns an error message, or null once saved. */
	async save(results: readonly ShareResult[]): Promise<string | null> {
		if (!this.#store) return 'This browser offers no IndexedDB: the list is kept until you leave.';
		try {
			await set(KEY, results.slice(-MAX_STORED), this.#store);
			return null;
		} catch (error) {
			return errorMessage(error);
		}
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
