// The one persistence primitive for the app's small stores (custom decks, the class list, a
// deck being made, a round in progress, the player's name): keys and values, every call
// wrapped so it never throws and answers in the convention of saved.ts. Two backends with the
// same methods: IndexedDB through idb-keyval, asynchronous, for what must outlive the tab;
// Web Storage, synchronous, for what a page must restore before it first paints.
// (The progress store is not one of these: it needs transactions over several stores, see db.ts.)
import { clear, createStore, del, entries, getMany, set, type UseStore } from 'idb-keyval';
import { errorMessage, notSaved, saved, type Saved } from './saved';

/** One idb-keyval database with one object store, opened on first use. */
export class KeyValueStore {
	readonly #store: UseStore | null;
	readonly #unavailable: string;

	/** `unavailable` says why nothing is kept when the browser has no IndexedDB. */
	constructor(dbName: string, storeName: string, unavailable: string) {
		this.#store = typeof indexedDB === 'undefined' ? null : createStore(dbName, storeName);
		this.#unavailable = unavailable;
	}

	/** False where the browser offers no IndexedDB: every call then answers `unavailable`. */
	get available(): boolean {
		return this.#store !== null;
	}

	async #run<T>(call: (store: UseStore) => Promise<T>): Promise<Saved<T>> {
		if (!this.#store) return notSaved(this.#unavailable);
		try {
			return saved(await call(this.#store));
		} catch (error) {
			return notSaved(errorMessage(error));
		}
	}

	getMany(keys: IDBValidKey[]): Promise<Saved<unknown[]>> {
		return this.#run((store) => getMany<unknown>(keys, store));
	}
	entries(): Promise<Saved<[IDBValidKey, unknown][]>> {
		return this.#run((store) => entries<IDBValidKey, unknown>(store));
	}
	set(key: IDBValidKey, value: unknown): Promise<Saved> {
		return this.#run((store) => set(key, value, store).then(() => undefined));
	}
	delete(key: IDBValidKey): Promise<Saved> {
		return this.#run((store) => del(key, store).then(() => undefined));
	}
	clear(): Promise<Saved> {
		return this.#run((store) => clear(store).then(() => undefined));
	}
}

/**
 * Keys under a prefix in sessionStorage (per tab) or localStorage (per browser). The storage is
 * looked up at each call: reading it can itself throw where the browser blocks it.
 */
export class WebStore {
	readonly #area: 'sessionStorage' | 'localStorage';
	readonly #prefix: string;

	constructor(area: 'sessionStorage' | 'localStorage', prefix: string) {
		this.#area = area;
		this.#prefix = prefix;
	}

	#run<T>(call: (storage: Storage) => T): Saved<T> {
		try {
			return saved(call(globalThis[this.#area]));
		} catch (error) {
			return notSaved(errorMessage(error));
		}
	}

	/** The stored text, or null when there is none. */
	get(key: string): Saved<string | null> {
		return this.#run((storage) => storage.getItem(this.#prefix + key));
	}
	set(key: string, value: string): Saved {
		return this.#run((storage) => {
			storage.setItem(this.#prefix + key, value);
			return undefined;
		});
	}
	delete(...keys: string[]): Saved {
		return this.#run((storage) => {
			for (const key of keys) storage.removeItem(this.#prefix + key);
			return undefined;
		});
	}
}
