// Brings the stored records up to SCHEMA_VERSION when progress is opened. Records that cannot
// be migrated are kept as they were rather than lost, and counted in the result.
import type { ProgressStore } from './progress-store';
import { SCHEMA_VERSION } from './records';

const VERSION_KEY = 'schemaVersion';

export interface Migration {
	/** The version found: above SCHEMA_VERSION means a newer app wrote it, and it was left alone. */
	version: number;
	/** What could not be migrated, in words, or null. */
	error: string | null;
}

export async function migrate(store: ProgressStore): Promise<Migration> {
	const stored = await store.getMeta(VERSION_KEY);
	let version = typeof stored === 'number' ? stored : undefined;
	let error: string | null = null;
	if (version === undefined) {
		// No version: either a fresh database or one written before versions existed.
		const [raw, rawLogs] = await Promise.all([store.rawStates(), store.rawLogs()]);
		version = raw.length > 0 || rawLogs.length > 0 ? 0 : SCHEMA_VERSION;
	}
	if (version < SCHEMA_VERSION) {
		const from = version;
		// The schemas load only here and with backups, not with every page.
		const { migrateCard, migrateLog, parseCardState, parseLogEntry } = await import('./schemas');
		const raw = await store.rawStates();
		const rawLogs = await store.rawLogs();
		const states = raw.flatMap(([key, r]) => parseCardState(migrateCard(r, key, from)) ?? []);
		const logs = rawLogs.flatMap((r) => parseLogEntry(migrateLog(r, from)) ?? []);
		if (states.length === raw.length && logs.length === rawLogs.length) {
			await store.replaceCollection({ states, logs });
		} else {
			await store.putStates(states);
			await store.appendLogs(logs);
			error = `${raw.length - states.length + rawLogs.length - logs.length} saved records could not be read.`;
		}
	}
	if (version <= SCHEMA_VERSION) await store.setMeta(VERSION_KEY, SCHEMA_VERSION);
	return { version, error };
}
