// Reviewed hand edits (decks/edits.json): reword a generated card's prompt or answer, or drop
// it, by card id, each with its reason. An edit never adds a card, and the excerpt stays verbatim.
import * as v from 'valibot';
import type { Deck } from '../decks/schema';

const text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000));

export const EditSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,119}$/)),
		reason: v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(400)),
		prompt: v.optional(text),
		answer: v.optional(text),
		drop: v.optional(v.literal(true))
	}),
	v.check(
		(e) => (e.drop === true) !== (e.prompt !== undefined || e.answer !== undefined),
		'An edit either drops a card or rewords its prompt and/or answer.'
	)
);

export const EditsSchema = v.strictObject({
	/** A note for people editing the file by hand. */
	$comment: v.optional(v.string()),
	edits: v.pipe(
		v.array(EditSchema),
		v.check((list) => new Set(list.map((e) => e.id)).size === list.length, 'One edit per card id.')
	)
});

export type Edit = v.InferOutput<typeof EditSchema>;
export type Edits = v.InferOutput<typeof EditsSchema>;

/** Validate an edits file (throws a valibot error that names the bad field). */
export function parseEdits(input: unknown): Edits {
	return v.parse(EditsSchema, input);
}

/**
 * Apply edits to decks. Returns new decks and the ids of edits that matched no card, so a
 * test (and the build) can fail when a card an edit refers to has gone.
 */
export function applyEdits(decks: Deck[], edits: Edits): { decks: Deck[]; missing: string[] } {
	const byId = new Map(edits.edits.map((e) => [e.id, e]));
	const used = new Set<string>();
	const out = decks.map((deck) => ({
		...deck,
		cards: deck.cards.flatMap((card) => {
			const e = byId.get(card.id);
			if (!e) return [card];
			used.add(card.id);
			if (e.drop) return [];
			return [
				{
					...card,
					...(e.prompt ? { prompt: e.prompt } : {}),
					...(e.answer ? { answer: e.answer } : {})
				}
			];
		})
	}));
	return { decks: out, missing: edits.edits.map((e) => e.id).filter((id) => !used.has(id)) };
}
