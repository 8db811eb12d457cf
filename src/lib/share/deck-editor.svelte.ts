// The deck a teacher makes or edits on /decks/new: its title and cards, the card half written
// and the text pasted, what is saved and what is not, and the draft that keeps unsaved work for
// the tab. The rules (ids, the final check, the rounds a deck can play) are the pure draft.ts;
// the page lays this out, binds the fields and moves the focus.
import type { Card, Deck } from '$lib/decks/schema';
import { randomSeed } from '$lib/games/rng';
import type { SharePayloadInput } from '$lib/share/link';
import { customDecks } from '$lib/storage/custom-decks';
import {
	clearDeckDraft,
	loadDeckDraft,
	saveDeckDraft,
	type DeckDraft
} from '$lib/storage/deck-draft';
import { counted } from '$lib/text/plural';
import {
	addCards,
	buildCustomDeck,
	customRoundPayload,
	emptyWrittenCard,
	MAX_PASTED_TEXT,
	writtenCardStarted,
	type CustomPlayMode,
	type DeckProblem,
	type WrittenCardInput
} from './draft';

const contents = (title: string, cards: readonly Card[]) => JSON.stringify({ title, cards });
/** When a deck is first made, as its draft keeps it. */
const madeNow = (): string => new Date().toISOString();
/** The ids of the cards in the deck (a plain set: rebuilt, never changed in place). */
const idsOf = (cards: readonly Card[]): ReadonlySet<string> => new Set(cards.map((c) => c.id));
const cardsWord = (n: number) => counted(n, 'card');

export class DeckEditor {
	title = $state('');
	cards: Card[] = $state([]);
	/** A card half written in the card writer: kept with the draft too. */
	writer: WrittenCardInput = $state(emptyWrittenCard());
	/** Text pasted to make cards from: kept with the draft too (up to the length it may have). */
	pasted = $state('');
	/** Set when editing a saved deck, so saving replaces it. */
	editingId: string | undefined = $state();
	/** The deck as saved, when editing one: what "Go back to the saved deck" returns to. */
	#savedDeck: Deck | undefined = $state.raw();
	/** When the deck was first made: with the title, it gives a new deck its id. */
	#made = $state(madeNow());
	message = $state('');
	failed = $state(false);
	sharing: SharePayloadInput | null = $state(null);
	/** The title and cards as last saved or opened, to tell unsaved changes from none. */
	#saved: string | null = $state(null);
	/** False until the page has restored what it keeps, so nothing is written over a draft. */
	#ready = $state(false);
	/** Whether this tab keeps the draft (the browser may refuse: storage full or blocked). */
	kept = $state(true);
	/** Set when unsaved work was brought back, to offer starting over instead. */
	restored: 'deck' | 'changes' | null = $state(null);
	discarding = $state(false);

	readonly chosen = $derived(idsOf(this.cards));
	readonly cardCount = $derived(cardsWord(this.cards.length));

	#say(text: string, isError = false): void {
		this.message = text;
		this.failed = isError;
	}

	/**
	 * Keeps every edit for this tab as it is made, so playing the deck, going Back or reloading
	 * loses nothing; a deck as it was saved (or a page left blank) keeps no draft. Run it in an
	 * `$effect`: it reads everything a draft holds.
	 */
	keepDraft(): void {
		if (!this.#ready) return;
		const started = writtenCardStarted(this.writer);
		const keptText = this.pasted.trim() !== '' && this.pasted.length <= MAX_PASTED_TEXT;
		const unchanged =
			this.#saved === null
				? this.title.trim() === '' && this.cards.length === 0
				: contents(this.title, this.cards) === this.#saved;
		if (unchanged && !started && !keptText) {
			clearDeckDraft(this.editingId);
			this.kept = true;
			return;
		}
		const draft: DeckDraft = {
			title: this.title,
			cards: $state.snapshot(this.cards),
			made: this.#made,
			...(this.editingId !== undefined && { editingId: this.editingId }),
			...(started && { writer: $state.snapshot(this.writer) }),
			...(keptText && { pasted: this.pasted })
		};
		this.kept = saveDeckDraft(draft).ok;
	}

	/**
	 * Opens the saved deck `id` (from "/decks/new#edit=<id>"), if any, and brings back unsaved
	 * work from earlier in this tab on top of it. Says which parts of the draft came back, so the
	 * page can open their sections.
	 */
	async open(id: string | undefined): Promise<{ writer: boolean; pasted: boolean }> {
		const draft = loadDeckDraft(id);
		if (id) {
			const list = await customDecks().list();
			const deck = list.decks.find((d) => d.id === id);
			if (deck) {
				this.editingId = deck.id;
				this.#savedDeck = deck;
				this.title = deck.title;
				this.cards = structuredClone(deck.cards);
				this.#saved = contents(deck.title, deck.cards);
			} else if (!draft) {
				this.#say('That deck is not saved in this browser.', true);
			}
		}
		if (draft) {
			this.title = draft.title;
			this.cards = draft.cards;
			this.#made = draft.made;
			this.editingId = draft.editingId;
			if (draft.writer) this.writer = draft.writer;
			if (draft.pasted) this.pasted = draft.pasted;
			this.restored = this.#savedDeck ? 'changes' : 'deck';
		}
		this.#ready = true;
		return { writer: draft?.writer !== undefined, pasted: Boolean(draft?.pasted) };
	}

	add(more: readonly Card[]): void {
		const before = this.cards.length;
		this.cards = addCards(this.cards, more);
		const added = this.cards.length - before;
		this.#say(
			added === 0
				? `The deck already has ${more.length === 1 ? 'this card' : 'these cards'}.`
				: `${cardsWord(added)} added. The deck has ${this.cardCount}.`
		);
	}

	remove(index: number): void {
		this.cards = this.cards.filter((_, j) => j !== index);
		this.#say(`Card ${index + 1} removed. The deck has ${this.cardCount}.`);
	}

	/** A card picked from the app's decks, or unpicked. */
	toggle(card: Card, picked: boolean): void {
		if (picked) return this.add([card]);
		this.cards = this.cards.filter((c) => c.id !== card.id);
		this.#say(`1 card removed. The deck has ${this.cardCount}.`);
	}

	/** A deck file was read: its cards join, and its title when the deck has none yet. */
	imported(deck: Deck): void {
		if (this.title.trim() === '') this.title = deck.title;
		this.add(deck.cards);
	}

	/** The deck as it would be saved, or what is wrong with it (said, and returned). */
	build(): { deck: Deck } | { problem: DeckProblem } {
		const result = buildCustomDeck(
			this.title,
			$state.snapshot(this.cards),
			this.#made,
			this.editingId
		);
		if (result.ok) return { deck: result.deck };
		this.#say(result.message, true);
		return { problem: result };
	}

	/** Saves the deck; the deck when it was saved as a new one (the page's address changes). */
	async save(deck: Deck): Promise<{ saved: boolean; isNew: boolean }> {
		const state = contents(this.title, this.cards);
		const outcome = await customDecks().save(deck);
		if (!outcome.ok) {
			this.#say(outcome.message, true);
			return { saved: false, isNew: false };
		}
		const isNew = this.editingId === undefined;
		if (isNew) clearDeckDraft();
		this.editingId = deck.id;
		this.#savedDeck = deck;
		this.#saved = state;
		this.restored = null;
		this.discarding = false;
		this.#say(
			`Saved “${deck.title}” with ${cardsWord(deck.cards.length)}. It is listed under My decks.`
		);
		return { saved: true, isNew };
	}

	/** The round a mode plays with this deck, or null (said) when its cards cannot make one. */
	playPayload(deck: Deck, mode: CustomPlayMode): SharePayloadInput | null {
		const payload = customRoundPayload(deck, mode, randomSeed(Math.random()));
		if (!payload) this.#say('These cards do not pair up into a matching board.', true);
		return payload ?? null;
	}

	share(deck: Deck): void {
		this.sharing = customRoundPayload(deck, 'quiz', randomSeed(Math.random())) ?? null;
	}

	/** Throws the restored work away: back to the deck as saved, or to a blank new deck. */
	discard(): void {
		clearDeckDraft(this.editingId);
		this.writer = emptyWrittenCard();
		this.pasted = '';
		const saved = this.#savedDeck;
		if (saved) {
			this.title = saved.title;
			this.cards = structuredClone(saved.cards);
			this.#say(`Back to “${saved.title}” as it was saved.`);
		} else {
			this.title = '';
			this.cards = [];
			this.editingId = undefined;
			this.#made = madeNow();
			this.#say('Started a new deck.');
		}
		this.restored = null;
		this.discarding = false;
	}
}
