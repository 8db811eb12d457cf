// The deck format is a public contract: share links, imports and tests all read it.
// One valibot schema gives both the runtime check (for untrusted input) and the static types.
import * as v from 'valibot';

/**
 * Card kinds. A kind is narrow enough that the answers of two cards of one kind can stand
 * in for each other, because multiple-choice distractors are drawn from the same kind.
 */
export const CARD_KINDS = [
	'date', // answer: a date ("March 2016")
	'quote-speaker', // answer: a person
	'quote-completion', // answer: the missing words of a quotation
	'doctrine', // answer: what a named doctrine, slogan or formulation means
	'doctrine-name', // answer: the name of a doctrine, given its meaning
	'list', // answer: every item of a named list (items[] holds them)
	'list-item', // answer: one item of a named list
	'event', // answer: a short description of what happened
	'country', // answer: a country or region
	'figure', // answer: a number with its unit
	'person', // answer: a person, given their role or deed
	'custom' // written by a teacher
] as const;

export type CardKind = (typeof CARD_KINDS)[number];

/**
 * What an answer is, whatever the card's kind: wrong options are only ever of the answer's type
 * (a country among countries, a reason among reasons), so none can be ruled out by its type.
 */
export const ANSWER_TYPES = [
	'person',
	'place', // a country or region
	'organisation', // a body, treaty or event known by its name
	'date',
	'number', // a number with its unit
	'term', // the name of a doctrine, slogan or concept
	'list',
	'event',
	'reason',
	'position', // what someone called for, advocated, said or held
	'words' // the missing words of a quotation or a list
] as const;

export type AnswerType = (typeof ANSWER_TYPES)[number];

/** How many wrong options a card may carry. */
export const MAX_DISTRACTORS = 8;

const MAX_TEXT = 2000;
const text = (max = MAX_TEXT) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const SourceSchema = v.strictObject({
	/** File name of the document under decks/sources/ (or a label for pasted text). */
	doc: text(200),
	/**
	 * What to call the document, shown instead of `doc`: its title, or for an untitled one its
	 * opening words. Optional: decks and links made before it existed have none.
	 */
	title: v.optional(text(200)),
	/** Heading of the section the excerpt stands in ("" for the lead). */
	section: v.pipe(v.string(), v.maxLength(200)),
	/** Verbatim passage from the document. */
	excerpt: text(4000)
});

export const CardSchema = v.strictObject({
	/** Stable: derived from content, so regenerated decks keep saved progress. */
	id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,119}$/)),
	kind: v.picklist(CARD_KINDS),
	prompt: text(),
	answer: text(),
	/** Other answers a typed-answer check accepts. */
	accept: v.optional(v.array(text(400))),
	/** One line of context shown after answering. */
	note: v.optional(text()),
	tags: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/)))),
	/** ISO date as precise as the source: "2016", "2016-03" or "2016-03-12". */
	when: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
	/** Who said it (quote cards). */
	speaker: v.optional(text(200)),
	/** The quotation itself, without quotation marks (quote cards), shown as a blockquote. */
	quote: v.optional(text()),
	/** Country or region the card is about (bilateral cards). */
	country: v.optional(text(200)),
	/** The number in a figure card, for distractors of the same order of magnitude. */
	value: v.optional(v.number()),
	/** Items of a list card, in order, revealed one by one. */
	items: v.optional(v.array(text(400))),
	/** What the answer is (generated cards); wrong options are of the same type. */
	answerType: v.optional(v.picklist(ANSWER_TYPES)),
	/**
	 * Wrong options chosen when the deck was made, from everything the source texts name: of the
	 * answer's type and grammatical form, of similar length, and never also true by the texts.
	 * A quiz draws its options from these; without them it draws from other cards' answers.
	 */
	distractors: v.optional(v.pipe(v.array(text(400)), v.maxLength(MAX_DISTRACTORS))),
	/** Cards that ask about the same fact share a sibling key; they are not shown on the same day. */
	sibling: v.optional(v.pipe(v.string(), v.maxLength(120))),
	source: SourceSchema
});

export const DeckSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/)),
	title: text(200),
	description: text(),
	cards: v.array(CardSchema)
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Card = v.InferOutput<typeof CardSchema>;
export type Deck = v.InferOutput<typeof DeckSchema>;
