// Export and import of all progress and settings as one JSON file. An import is validated
// completely before anything is written; a bad or foreign file is refused with a message
// saying what is wrong.
import * as v from 'valibot';
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import { parseSettings, type Settings } from '$lib/srs/settings';
import { SETTINGS_KEY, type ProgressStore } from './progress-store';
import { SCHEMA_VERSION } from './records';
import { errorMessage } from './saved';
import {
	CardStateSchema,
	describeIssue,
	migrateCard,
	migrateLog,
	ReviewLogEntrySchema
} from './schemas';

/** Marks our files, so a foreign JSON file is recognised as such. */
export const BACKUP_FORMAT = 'xi-foreign-policy-cards/progress';
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export interface Backup {
	settings: Settings;
	states: CardState[];
	logs: ReviewLogEntry[];
}

export interface BackupFile {
	json: string;
	fileName: string;
}

export type BackupCheck =
	| { ok: true; backup: Backup; exportedAt: Date | null; summary: string }
	| { ok: false; message: string };

/** The backup as a JSON string, with a file name such as "xi-progress-2025-03-10.json". */
export function makeBackupFile(backup: Backup, now: Date): BackupFile {
	const file = {
		format: BACKUP_FORMAT,
		version: SCHEMA_VERSION,
		exportedAt: now.toISOString(),
		settings: backup.settings,
		cards: backup.states,
		log: backup.logs
	};
	const day = now.toISOString().slice(0, 10);
	return { json: JSON.stringify(file), fileName: `xi-progress-${day}.json` };
}

/** For checking `file.size` before reading a file at all. */
export function backupTooLarge(bytes: number): string | null {
	if (bytes <= MAX_BACKUP_BYTES) return null;
	const mb = (bytes / 1024 / 1024).toFixed(1);
	return `This file is ${mb} MB; a progress backup can be at most 20 MB.`;
}

const HeaderSchema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.pipe(v.number(), v.integer(), v.minValue(0)),
	exportedAt: v.optional(v.string()),
	settings: v.optional(v.unknown()),
	cards: v.array(v.unknown()),
	log: v.array(v.unknown())
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Validates a backup file's text completely; writes nothing. */
export function checkBackup(text: string): BackupCheck {
	// A JavaScript string holds at most as many characters as the file has bytes.
	const tooLarge = backupTooLarge(text.length);
	if (tooLarge) return { ok: false, message: tooLarge };

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, message: 'This file is not a progress backup: it is not valid JSON.' };
	}
	const header = v.safeParse(HeaderSchema, data);
	if (!header.success) {
		const foreign =
			typeof data !== 'object' ||
			data === null ||
			(data as Record<string, unknown>).format !== BACKUP_FORMAT;
		return {
			ok: false,
			message: foreign
				? 'This file is not a progress backup from this app.'
				: `This backup is damaged: its ${describeIssue(header.issues)}.`
		};
	}
	const { version, cards, log, settings, exportedAt } = header.output;
	if (version > SCHEMA_VERSION) {
		return {
			ok: false,
			message: 'This backup was made by a newer version of the app. Reload the page and try again.'
		};
	}

	const states: CardState[] = [];
	const ids = new Set<string>();
	for (const [index, raw] of cards.entries()) {
		const key = typeof raw === 'object' && raw && 'cardId' in raw ? String(raw.cardId) : '';
		const result = v.safeParse(CardStateSchema, migrateCard(raw, key, version));
		if (!result.success) {
			const name = key ? ` ("${key.slice(0, 120)}")` : '';
			return {
				ok: false,
				message: `Card ${index + 1}${name} in this backup cannot be used: its ${describeIssue(result.issues)}.`
			};
		}
		if (ids.has(result.output.cardId)) {
			return {
				ok: false,
				message: `This backup lists the card "${result.output.cardId}" twice.`
			};
		}
		ids.add(result.output.cardId);
		states.push(result.output);
	}
	const logs: ReviewLogEntry[] = [];
	for (const [index, raw] of log.entries()) {
		const result = v.safeParse(ReviewLogEntrySchema, migrateLog(raw, version));
		if (!result.success) {
			const id = typeof raw === 'object' && raw && 'cardId' in raw ? String(raw.cardId) : '';
			const name = id ? ` (of card "${id.slice(0, 120)}")` : '';
			return {
				ok: false,
				message: `Review ${index + 1}${name} in this backup cannot be used: its ${describeIssue(result.issues)}.`
			};
		}
		logs.push(result.output);
	}
	const exported = exportedAt ? new Date(exportedAt) : null;
	const when =
		exported && !Number.isNaN(exported.getTime())
			? ` saved on ${exported.toISOString().slice(0, 10)}`
			: '';
	return {
		ok: true,
		backup: { settings: parseSettings(settings), states, logs },
		exportedAt: exported && !Number.isNaN(exported.getTime()) ? exported : null,
		summary: `Backup${when}: ${plural(states.length, 'card')} with progress, ${plural(logs.length, 'review')}.`
	};
}

export type Restored =
	{ ok: true; backup: Backup; message: string } | { ok: false; message: string };

/**
 * Replaces all progress and settings in `store` with a backup's, after validating all of it,
 * in one transaction: a bad file, or a full disk halfway, leaves the old progress whole.
 */
export async function restoreBackup(store: ProgressStore, text: string): Promise<Restored> {
	const check = checkBackup(text);
	if (!check.ok) return { ok: false, message: check.message };
	const { states, logs, settings } = check.backup;
	try {
		await store.replaceCollection({ states, logs }, { [SETTINGS_KEY]: settings });
	} catch (error) {
		console.error('The backup could not be saved', error);
		return {
			ok: false,
			message: `The backup could not be saved (${errorMessage(error)}). Nothing was changed: your progress is as it was.`
		};
	}
	return { ok: true, backup: check.backup, message: `Imported. ${check.summary}` };
}
