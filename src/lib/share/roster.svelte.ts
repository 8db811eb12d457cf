// The class list on /class: the results pasted or opened from result links, the round links
// that name their rounds, the round shown, and the last removal, which can be undone. The rules
// (reading a paste, merging, the table) are the pure class-*.ts modules; this keeps the list and saves it
// in this browser (storage/class-list.ts). The page lays it out and moves the focus.
import { deckLibrary } from '$lib/app/decks.svelte';
import { classList } from '$lib/storage/class-list';
import { readPaste, readRoundLink, type KnownRound, type PasteError } from './class-paste';
import { mergeResults, pasteSummary, resultKey } from './class-results';
import { elsewhereNote, roundName, roundOptions } from './class-rounds';
import { buildClassTable, type StudentRow } from './class-table';
import type { ShareResult } from './results';
import { buildSharedRound } from './shared-round';

export class ClassRoster {
	// Replaced, never changed in place: they go to IndexedDB as they are.
	results: ShareResult[] = $state.raw([]);
	knownRounds: KnownRound[] = $state.raw([]);
	errors: PasteError[] = $state.raw([]);
	/** The paste box. */
	pasted = $state('');
	status = $state('');
	storageError = $state('');
	chosenRound: string | undefined = $state();
	confirming = $state(false);
	/** The result just removed, and where it was, until the next change. */
	removed: { result: ShareResult; index: number } | null = $state.raw(null);
	removedStatus = $state('');

	readonly options = $derived(roundOptions(this.results, this.knownRounds, deckLibrary.titles));
	readonly round = $derived(this.options.find((o) => o.id === this.chosenRound) ?? this.options[0]);
	/**
	 * A quiz round whose link is known is rebuilt exactly as the students played it, for the
	 * text of its questions: result codes carry only the answers.
	 */
	readonly questions = $derived.by(() => {
		const known = this.knownRounds.find((k) => k.id === this.round?.id);
		if (!known || known.payload.mode !== 'quiz') return undefined;
		if (known.payload.source.kind === 'decks' && !deckLibrary.loaded) return undefined;
		const built = buildSharedRound(known.payload, deckLibrary.list);
		return built.ok && built.round.mode === 'quiz' ? built.round.round.questions : undefined;
	});
	readonly table = $derived(buildClassTable(this.results, this.round?.id, this.questions));
	readonly note = $derived(elsewhereNote(this.table, this.options));
	/** Round links of the built-in decks need the decks, for their titles and questions. */
	readonly needsDecks = $derived(this.knownRounds.some((k) => k.payload.source.kind === 'decks'));

	async #saveResults(): Promise<void> {
		const saved = await classList().save(this.results);
		this.storageError = saved.ok ? '' : saved.message;
	}

	async #saveRounds(): Promise<void> {
		const saved = await classList().saveRounds(this.knownRounds.map((k) => k.link));
		if (!saved.ok) this.storageError = saved.message;
	}

	/** What this browser keeps; anything added before it was read stays. */
	async load(): Promise<void> {
		const list = await classList().load();
		// A list saved by an older version may hold a result twice: it is shown once.
		this.results = mergeResults(list.results, this.results).list;
		const stored = list.rounds.flatMap((link) => {
			const read = readRoundLink(link);
			return read.ok ? [read.round] : [];
		});
		this.knownRounds = [...stored, ...this.knownRounds].filter(
			(k, i, all) => all.findIndex((o) => o.id === k.id) === i
		);
		if (list.error) this.storageError = `Saved results could not be read (${list.error}).`;
	}

	/**
	 * Adds what was pasted (or came in a result link). From the box, the box keeps only what could
	 * not be read, so pressing Add again after a fix adds nothing twice.
	 */
	async add(text: string, fromBox: boolean): Promise<void> {
		const read = readPaste(text);
		this.errors = read.errors;
		if (fromBox) this.pasted = read.errors.map((e) => e.input).join('\n');
		const merged = mergeResults(this.results, read.results);
		const newRounds: KnownRound[] = [];
		let roundsAlready = 0;
		for (const r of read.rounds) {
			if ([...this.knownRounds, ...newRounds].some((k) => k.id === r.id)) roundsAlready++;
			else newRounds.push(r);
		}
		this.results = merged.list;
		this.knownRounds = [...this.knownRounds, ...newRounds];
		this.removed = null;
		this.removedStatus = '';
		// Show the round the new results (or the new round link) are about.
		const shown =
			merged.added[0]?.roundId ??
			newRounds.find((r) => this.results.some((x) => x.roundId === r.id))?.id;
		if (shown) this.chosenRound = shown;
		// Deck titles name the new rounds in the status line.
		if (newRounds.some((r) => r.payload.source.kind === 'decks')) await deckLibrary.load();
		this.status = pasteSummary({
			added: merged.added,
			already: merged.already,
			rounds: newRounds.map((r) => roundName(r.payload, deckLibrary.titles)),
			roundsAlready,
			unreadable: read.errors.length
		});
		if (newRounds.length) await this.#saveRounds();
		if (merged.added.length) await this.#saveResults();
	}

	/**
	 * Removes a student's result, to be undone until the next change. False when it is gone
	 * already; `sameRound` says whether the round shown stayed the same.
	 */
	remove(student: StudentRow): { removed: boolean; sameRound: boolean } {
		const index = this.results.findIndex((r) => resultKey(r) === student.key);
		const result = this.results[index];
		if (!result) return { removed: false, sameRound: true };
		const shownBefore = this.round?.id;
		this.results = this.results.filter((_, i) => i !== index);
		this.removed = { result, index };
		this.removedStatus = `Removed ${result.name}’s result.`;
		this.status = '';
		void this.#saveResults();
		return { removed: true, sameRound: this.round?.id === shownBefore };
	}

	/** Puts the removed result back where it was; its row's key, or null. */
	undo(): string | null {
		if (!this.removed) return null;
		const { result, index } = this.removed;
		this.results = [...this.results.slice(0, index), result, ...this.results.slice(index)];
		this.chosenRound = result.roundId;
		this.removed = null;
		this.removedStatus = `${result.name}’s result is back.`;
		void this.#saveResults();
		return resultKey(result);
	}

	async clearAll(): Promise<void> {
		const cleared = await classList().clear();
		this.confirming = false;
		if (!cleared.ok) {
			this.storageError = cleared.message;
			return;
		}
		this.results = [];
		this.knownRounds = [];
		this.errors = [];
		this.removed = null;
		this.removedStatus = '';
		this.status = 'The class list is cleared.';
	}
}
