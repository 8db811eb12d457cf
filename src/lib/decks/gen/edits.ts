// Reviewed hand edits (decks/edits.json): reword a generated card's prompt or answer, or drop
// it, by id, each with a reason. An edit never adds a fact and never touches the excerpt.
import * as v from 'valibot';
import type { Deck } from '../schema';

const reason = v.pipe(v.string(), v.trim(), v.minLength(10));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,119}$/));

export const EditSchema = v.variant('action', [
	v.strictObject({
		id,
		action: v.literal('reword'),
		prompt: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1))),
		answer: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1))),
		reason
	}),
	v.strictObject({ id, action: v.literal('drop'), reason })
]);

export const EditsSchema = v.strictObject({
	$comment: v.optional(v.string()),
	edits: v.array(EditSchema)
});

export type Edit = v.InferOutput<typeof EditSchema>;
export type Edits = v.InferOutput<typeof EditsSchema>;

/** Ids named by edits that match no generated card (a stale edit). */
export function unknownEditIds(decks: Deck[], edits: Edits): string[] {
	const ids = new Set(decks.flatMap((d) => d.cards.map((c) => c.id)));
	return edits.edits.map((e) => e.id).filter((eid) => !ids.has(eid));
}

export function applyEdits(decks: Deck[], edits: Edits): Deck[] {
	const byId = new Map(edits.edits.map((e) => [e.id, e]));
	return decks.map((deck) => ({
		...deck,
		cards: deck.cards.flatMap((card) => {
			const edit = byId.get(card.id);
			if (!edit) return [card];
			if (edit.action === 'drop') return [];
			return [{ ...card, ...(edit.prompt ? { prompt: edit.prompt } : {}), ...(edit.answer ? { answer: edit.answer } : {}) }];
		})
	}));
}
