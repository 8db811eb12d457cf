// Public API of storage: the reactive progress, backups, and the raw store for the bench.
export { progress, Progress, type ImportResult, type StorageStatus } from './progress.svelte';
export { backupTooLarge, checkBackup, MAX_BACKUP_BYTES, type BackupFile } from './backup';
export {
	IdbProgressStore,
	MemoryProgressStore,
	openProgressStore,
	writeCollection,
	type Collection,
	type ProgressStore
} from './db';
