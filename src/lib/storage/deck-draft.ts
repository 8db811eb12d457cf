// The deck a teacher is making, kept while it is not saved: playing it, going Back or reloading
// must not lose it. Like a round in progress (rounds.ts) it lives in sessionStorage, per tab,
// and a draft that cannot be read is dropped. Each deck has its own slot (a new deck one, each
// saved deck one under its id), so unsaved changes to one deck never overwrite another's.
import * as v from 'valibot';
import { CARD_KINDS, CardSchema, DeckSchema } from '$lib/decks/schema';
import { WebStore } from './kv';
import type { Saved } from './saved';

const drafts = new WebStore('sessionStorage', 'xi-cards:deck-draft');

const slot = (editingId: string | undefined) =>
	editingId === undefined ? ':new' : `:deck:${editingId}`;

const DeckDraftSchema = v.object({
	version: v.literal(1),
	/** As typed: the title may be empty while the deck is made. */
	title: v.string(),
	// A card being edited may have an empty question or answer: saving says so, not restoring.
	cards: v.array(
		v.object({
			...CardSchema.entries,
			prompt: v.string(),
			answer: v.string()
		})
	),
	/** When the deck was first made: its id comes from it, so a restored deck keeps its id. */
	made: v.string(),
	/** The saved deck these are unsaved changes to; absent for a deck never saved. */
	editingId: v.optional(DeckSchema.entries.id),
	/** A card half written in the card writer. */
	writer: v.optional(
		v.object({
			prompt: v.string(),
			answer: v.string(),
			kind: v.picklist(CARD_KINDS),
			sourceText: v.string()
		})
	),
	/** Text pasted into "Make cards from a text", whether or not cards were made from it yet. */
	pasted: v.optional(v.string())
});

export type DeckDraft = Omit<v.InferOutput<typeof DeckDraftSchema>, 'version'>;

/** Keeps the draft in its deck's slot; fails when the browser would not store it (full, blocked). */
export function saveDeckDraft(draft: DeckDraft): Saved {
	return drafts.set(slot(draft.editingId), JSON.stringify({ version: 1, ...draft }));
}

/** The unsaved draft of a new deck (no id) or of the saved deck `editingId`, if there is one. */
export function loadDeckDraft(editingId?: string): DeckDraft | null {
	const stored = drafts.get(slot(editingId));
	if (!stored.ok || stored.value === null) return null;
	let raw: unknown;
	try {
		raw = JSON.parse(stored.value);
	} catch {
		raw = undefined;
	}
	const parsed = v.safeParse(DeckDraftSchema, raw);
	if (!parsed.success || parsed.output.editingId !== editingId) {
		clearDeckDraft(editingId);
		return null;
	}
	const { title, cards, made, editingId: id, writer, pasted } = parsed.output;
	return {
		title,
		cards,
		made,
		...(id !== undefined && { editingId: id }),
		...(writer && { writer }),
		...(pasted && { pasted })
	};
}

export function clearDeckDraft(editingId?: string): Saved {
	return drafts.delete(slot(editingId));
}
