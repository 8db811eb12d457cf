// Until 2026 each progress store was an idb-keyval database of its own ("<prefix>-cards",
// "<prefix>-log", "<prefix>-meta"). The first open of the progress database copies them in,
// once, and leaves them in place.
import { openDB } from 'idb';
import { legacyDbName, MIGRATED_KEY, Requests, runTx, STORES, type Db, type Store } from './idb-tx';

/** All records of one idb-keyval database, or null when it does not exist. */
async function readLegacy(name: string, store: Store): Promise<[IDBValidKey, unknown][] | null> {
	// Where the browser can list databases, a missing one is not created by looking.
	if (typeof indexedDB.databases === 'function') {
		const names = (await indexedDB.databases()).map((d) => d.name);
		if (!names.includes(name)) return null;
	}
	const legacy = await openDB(name, undefined, {
		// As idb-keyval would have, so the database stays usable by an older version of the app.
		upgrade(database) {
			if (!database.objectStoreNames.contains(store)) database.createObjectStore(store);
		}
	});
	try {
		if (!legacy.objectStoreNames.contains(store)) return null;
		const tx = legacy.transaction(store, 'readonly');
		const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
		return keys.map((key, i) => [key, values[i]]);
	} finally {
		legacy.close();
	}
}

/**
 * Copies the idb-keyval databases into the new one, once. Records keep their keys, so the
 * snapshot, journal, chunks and log keys read exactly as before. The old databases are left
 * in place (nothing reads them again) so a failed copy can be retried and nothing is lost.
 */
export async function copyLegacy(db: Db, prefix: string): Promise<void> {
	if ((await db.get('meta', MIGRATED_KEY)) !== undefined) return;
	const records = await Promise.all(STORES.map((s) => readLegacy(legacyDbName(prefix, s), s)));
	const tx = db.transaction(STORES, 'readwrite');
	await runTx(tx, async () => {
		// Another tab may have copied them while this one was reading.
		if ((await tx.objectStore('meta').get(MIGRATED_KEY)) !== undefined) return;
		const writes = new Requests();
		STORES.forEach((name, i) => {
			const store = tx.objectStore(name);
			for (const [key, value] of records[i] ?? []) {
				if (typeof key === 'string') writes.add(store.put(value, key));
			}
		});
		writes.add(tx.objectStore('meta').put(new Date().toISOString(), MIGRATED_KEY));
		await writes.done();
	});
}
