// The built-in decks in the browser: fetched once from the prerendered /decks.json and
// handed to the shared progress, which builds today's queue from them.
import type { Card, Deck } from '$lib/decks/schema';
import { progress } from '$lib/storage/progress.svelte';

class LoadedDecks {
	#decks = $state.raw<readonly Deck[]>([]);
	#error = $state<string | null>(null);
	#loading: Promise<void> | null = null;
	#cards = $derived(new Map(this.#decks.flatMap((d) => d.cards.map((c) => [c.id, c] as const))));
	/** Deck titles by id, for naming the decks of a round. */
	#titles = $derived(Object.fromEntries(this.#decks.map((d) => [d.id, d.title])));
	#deckOfCard = $derived(
		new Map(this.#decks.flatMap((d) => d.cards.map((c) => [c.id, d.id] as const)))
	);

	get list(): readonly Deck[] {
		return this.#decks;
	}
	get loaded(): boolean {
		return this.#decks.length > 0;
	}
	get titles(): Readonly<Record<string, string>> {
		return this.#titles;
	}
	get error(): string | null {
		return this.#error;
	}

	deck(id: string): Deck | undefined {
		return this.#decks.find((d) => d.id === id);
	}

	card(id: string): Card | undefined {
		return this.#cards.get(id);
	}

	/** Where a card can be read in context: its deck page, opened at the card. */
	cardHref(id: string): string | undefined {
		const deck = this.#deckOfCard.get(id);
		return deck ? `/decks/${deck}#${id}` : undefined;
	}

	/** Idempotent; a failed fetch can be retried by calling it again. */
	load(fetcher: typeof fetch = fetch): Promise<void> {
		this.#loading ??= this.#load(fetcher);
		return this.#loading;
	}

	async #load(fetcher: typeof fetch): Promise<void> {
		try {
			const response = await fetcher('/decks.json');
			if (!response.ok) throw new Error(`the server answered ${response.status}`);
			this.#decks = (await response.json()) as Deck[];
			this.#error = null;
			progress.setDecks(this.#decks);
		} catch (error) {
			this.#loading = null;
			this.#error = `The decks could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and reload.`;
		}
	}
}

export const deckLibrary = new LoadedDecks();
