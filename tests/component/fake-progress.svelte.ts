// A stand-in for the progress store in tests of the screen models: today's queue is a list of
// card ids, a rating takes the card off the top once the test lets its write finish.
import type { Rating } from '$lib/srs/card';
import type { ReviewProgress } from '$lib/review/desk.svelte';

const NOW = new Date(Date.UTC(2026, 0, 5, 9));

export class FakeProgress {
	loaded = $state(true);
	ids: string[] = $state([]);
	/** Cards the next undo() gives back, last first. */
	undoStack: string[] = $state([]);
	typedAnswers = $state(false);
	/** Every call of rate(), in order, as soon as it is made. */
	readonly rated: [string, Rating][] = [];
	/** Writes not finished yet: call one to finish it. */
	readonly writes: (() => void)[] = [];

	constructor(ids: string[]) {
		this.ids = ids;
	}

	get settings() {
		return { typedAnswers: this.typedAnswers, newCardsPerDay: 20, reviewDecks: undefined };
	}
	get queue() {
		return {
			ids: this.ids,
			counts: { new: this.ids.length, learning: 0, review: 0 },
			laterToday: 0,
			nextDue: null,
			doneToday: { new: 0, review: 0 }
		};
	}
	get now() {
		return NOW;
	}
	get undoCardId() {
		return this.undoStack.at(-1) ?? null;
	}
	preview() {
		const at = (label: string) => ({ label });
		return { again: at('1m'), hard: at('6m'), good: at('10m'), easy: at('4d') };
	}
	rate(id: string, rating: Rating): Promise<void> {
		this.rated.push([id, rating]);
		return new Promise((resolve) => {
			this.writes.push(() => {
				this.ids = this.ids.filter((x) => x !== id);
				this.undoStack = [...this.undoStack, id];
				resolve();
			});
		});
	}
	async undo(): Promise<string | null> {
		const id = this.undoStack.at(-1) ?? null;
		if (id === null) return null;
		this.undoStack = this.undoStack.slice(0, -1);
		this.ids = [id, ...this.ids];
		return id;
	}
	async stats() {
		return { streak: 3 };
	}

	/** Typed as the store the desk expects (the fake has only what the desk uses). */
	get asProgress(): ReviewProgress {
		return this as unknown as ReviewProgress;
	}
}
