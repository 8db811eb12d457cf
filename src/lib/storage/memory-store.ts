// Progress kept in memory, for a browser without IndexedDB (private mode, blocked): the app
// works, and says that nothing survives a reload. Copies in and out, like IndexedDB.
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import { newLogKey, type CardChange, type Collection, type ProgressStore } from './progress-store';
import { logKeyFrom } from './records';

/** Keeps everything in memory when IndexedDB is unavailable. Copies in and out, like IDB. */
export class MemoryProgressStore implements ProgressStore {
	readonly persistent = false;
	readonly #cards = new Map<string, CardState>();
	readonly #log = new Map<string, ReviewLogEntry>();
	readonly #meta = new Map<string, unknown>();

	async getMeta(key: string) {
		return structuredClone(this.#meta.get(key));
	}
	async setMeta(key: string, value: unknown) {
		this.#meta.set(key, structuredClone(value));
	}
	async loadStates() {
		return new Map([...this.#cards].map(([id, s]) => [id, structuredClone(s)]));
	}
	async getStates(ids: readonly string[]) {
		return ids.map((id) => structuredClone(this.#cards.get(id)));
	}
	async putState(state: CardState) {
		this.#cards.set(state.cardId, structuredClone(state));
	}
	async putStates(states: readonly CardState[]) {
		for (const state of states) this.#cards.set(state.cardId, structuredClone(state));
	}
	async deleteState(cardId: string) {
		this.#cards.delete(cardId);
	}
	async commitCard(cardId: string, change: (stored: CardState | undefined) => CardChange) {
		const next = change(structuredClone(this.#cards.get(cardId)));
		if (next.state) this.#cards.set(cardId, structuredClone(next.state));
		else this.#cards.delete(cardId);
		if (next.log) this.#log.set(next.log.key, structuredClone(next.log.entry));
		if (next.deleteLog) this.#log.delete(next.deleteLog);
		return next;
	}
	async appendLogs(logs: readonly ReviewLogEntry[]) {
		for (const entry of logs) this.#log.set(newLogKey(entry), structuredClone(entry));
	}
	async logsSince(from: Date) {
		const lower = logKeyFrom(from);
		return [...this.#log]
			.filter(([key]) => key >= lower)
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([, entry]) => structuredClone(entry));
	}
	async allLogs() {
		return [...this.#log]
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([, entry]) => structuredClone(entry));
	}
	async rawStates() {
		return [...this.#cards].map(([id, s]) => [id, structuredClone(s)] as [string, unknown]);
	}
	async rawLogs() {
		return this.allLogs();
	}
	async compactLog() {
		return 0;
	}
	async replaceCollection(
		{ states, logs }: Collection,
		meta: Readonly<Record<string, unknown>> = {}
	) {
		this.#cards.clear();
		this.#log.clear();
		await this.putStates(states);
		await this.appendLogs(logs);
		for (const [key, value] of Object.entries(meta)) this.#meta.set(key, structuredClone(value));
	}
}
