// Public API of storage: the reactive progress and the raw store for the bench. Backups are
// imported from './backup' directly, on the settings page only, to keep other routes light.
export { progress, Progress, type ImportResult, type StorageStatus } from './progress.svelte';
export {
	IdbProgressStore,
	MemoryProgressStore,
	openProgressStore,
	writeCollection,
	type Collection,
	type ProgressStore
} from './db';
