// The progress database's shape (three object stores in one database) and how a transaction
// on it runs: all of its writes are kept, or none. Used by db.ts and legacy-copy.ts.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export interface ProgressSchema extends DBSchema {
	cards: { key: string; value: unknown };
	log: { key: string; value: unknown };
	meta: { key: string; value: unknown };
}
export type Db = IDBPDatabase<ProgressSchema>;
export type Store = StoreNames<ProgressSchema>;
export type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<ProgressSchema, Store[], Mode>;

export const DB_VERSION = 1;
export const STORES: Store[] = ['cards', 'log', 'meta'];
/** Set in meta once the idb-keyval databases have been copied (or found missing). */
export const MIGRATED_KEY = 'copiedFromKeyval';

export const progressDbName = (prefix: string) => `${prefix}-progress`;
/** The databases of the idb-keyval layout: one per store, each with a store of that name. */
export const legacyDbName = (prefix: string, store: Store) => `${prefix}-${store}`;

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(message)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The write requests of one transaction, awaited together. Each is watched as it is made, so
 * when one throws halfway (a full disk), the others' rejections on abort are not left unheard.
 */
export class Requests {
	readonly #all: Promise<unknown>[] = [];
	add(request: Promise<unknown>): void {
		request.catch(() => undefined);
		this.#all.push(request);
	}
	done(): Promise<unknown[]> {
		return Promise.all(this.#all);
	}
}

/**
 * Runs `body` in `tx` and resolves once the transaction has committed. Anything thrown,
 * including a failed request, aborts the transaction, so none of its writes is kept.
 */
export async function runTx<T, Mode extends IDBTransactionMode>(
	tx: Tx<Mode>,
	body: (tx: Tx<Mode>) => Promise<T>
): Promise<T> {
	try {
		const result = await body(tx);
		await tx.done;
		return result;
	} catch (error) {
		tx.done.catch(() => undefined);
		try {
			tx.abort();
		} catch {
			// Already finished or aborted.
		}
		throw error;
	}
}
