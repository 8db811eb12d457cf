// Writes of progress start at once, in the order they are made. They need no queue of their
// own: each store call starts its transaction synchronously, and IndexedDB runs transactions
// on the same stores in the order they were created. What is kept here is the bookkeeping:
// which change to a card is this tab's latest (a late commit must never undo a newer change),
// and which log entries are shown but not yet committed.
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import type { CardChange, ProgressStore } from './progress-store';

export class WriteQueue {
	/** Counts this tab's changes per card. */
	readonly #changes = new Map<string, number>();
	readonly #unsaved = new Set<ReviewLogEntry>();
	readonly #report: (failure: { error: unknown } | null) => void;

	/** `report` hears every write's end: null when it succeeded, else what it failed with. */
	constructor(report: (failure: { error: unknown } | null) => void) {
		this.#report = report;
	}

	/** Log entries shown but not yet committed, kept when today's log is re-read meanwhile. */
	get unsaved(): ReadonlySet<ReviewLogEntry> {
		return this.#unsaved;
	}

	/** Runs a write, started before this returns; false when it failed (and was reported). */
	async run(write: () => Promise<unknown>): Promise<boolean> {
		try {
			await write();
			this.#report(null);
			return true;
		} catch (error) {
			// A transaction aborted with no error rejects with null, so the error is wrapped.
			this.#report({ error });
			return false;
		}
	}

	/**
	 * Commits a change to one card, started before this returns. Resolves with what was
	 * written, or undefined when the write failed or this tab has changed the card again since
	 * (the newer change's commit will say what is stored). `shownLog` is the entry shown for it.
	 */
	async commitCard(
		store: ProgressStore,
		cardId: string,
		change: (stored: CardState | undefined) => CardChange,
		shownLog?: ReviewLogEntry
	): Promise<CardChange | undefined> {
		const count = (this.#changes.get(cardId) ?? 0) + 1;
		this.#changes.set(cardId, count);
		if (shownLog) this.#unsaved.add(shownLog);
		let saved: CardChange | undefined;
		await this.run(async () => {
			saved = await store.commitCard(cardId, change);
		});
		if (shownLog) this.#unsaved.delete(shownLog);
		return this.#changes.get(cardId) === count ? saved : undefined;
	}

	/** An entry undone before its commit ended is no longer to be shown. */
	forget(entry: ReviewLogEntry): void {
		this.#unsaved.delete(entry);
	}
}
