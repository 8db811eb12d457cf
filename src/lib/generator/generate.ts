// The deck generator: source documents in, decks of cited cards out. Pure and deterministic:
// the same texts always give the same bytes, and a card's id depends only on its own fact.
import { DECK_IDS, toCard, type DeckId, type Draft } from './card';
import { buildContext, collectNames, type DocContext } from './context';
import { applyEdits, type Edits } from './edits';
import { extractBilateral } from './extract/bilateral';
import { extractDates } from './extract/dates';
import { extractDoctrines } from './extract/doctrines';
import { extractFacts } from './extract/facts';
import { extractFigures } from './extract/figures';
import { extractLists } from './extract/lists';
import { extractPeople } from './extract/people';
import { extractQuotes } from './extract/quotes';
import type { Card, Deck } from '../decks/schema';
import { hasMarkup, normalise } from './text';

export interface SourceDoc {
	/** File name (or a label for pasted text); becomes `source.doc`. */
	name: string;
	text: string;
}

export const DECK_INFO: Record<DeckId, { title: string; description: string }> = {
	dates: { title: 'Dates and timeline', description: 'When things happened' },
	quotes: { title: 'Quotes', description: 'Who said it, and how the quotation goes on' },
	doctrines: {
		title: 'Doctrines and concepts',
		description: 'Named doctrines, slogans and formulations, and what they mean'
	},
	lists: {
		title: 'Lists: the Five Nos and more',
		description: 'Enumerated lists, item by item and as a whole'
	},
	bilateral: {
		title: 'Bilateral relations',
		description: 'Country by country: key events, causes and positions'
	},
	figures: { title: 'Figures', description: 'The numbers worth knowing' },
	people: { title: 'People', description: 'Who did what' }
};

const EXTRACTORS = [
	extractDates,
	extractQuotes,
	extractDoctrines,
	extractLists,
	extractFigures,
	extractPeople,
	extractBilateral,
	extractFacts
];

/** Drafts from one document, in document order. */
function draftsOf(ctx: DocContext): Draft[] {
	const out: Draft[] = [];
	for (const ref of ctx.sentences) for (const extract of EXTRACTORS) out.push(...extract(ref));
	return out;
}

/** Why a card may not be shown, or undefined when it is fine. */
export function cardProblem(card: Card): string | undefined {
	const shown = [
		card.prompt,
		card.answer,
		card.note ?? '',
		card.quote ?? '',
		...(card.accept ?? []),
		...(card.items ?? [])
	];
	for (const s of shown) {
		if (/""|\u201c\s*\u201d/.test(s)) return 'empty quotation marks';
		if (hasMarkup(s)) return 'markup';
	}
	if (/""/.test(card.source.excerpt) || /\^\{/.test(card.source.excerpt)) return 'damaged excerpt';
	if (/:\s*$/.test(card.source.excerpt)) return 'excerpt announces a missing quotation';
	const answer = normalise(card.answer);
	if (answer.length >= 3 && normalise(card.prompt).includes(answer))
		return 'prompt gives the answer away';
	if (card.kind === 'date' && card.when && card.prompt.includes(card.when.slice(0, 4)))
		return 'prompt gives the year away';
	if (!/[?.…"]$/.test(card.prompt.trim())) return 'prompt does not end as a question';
	return undefined;
}

/** Cards from drafts: ids, validation, one card per question. */
function finish(drafts: Draft[]): { deck: DeckId; card: Card }[] {
	const seenIds = new Set<string>();
	const seenPrompts = new Set<string>();
	const out: { deck: DeckId; card: Card }[] = [];
	for (const d of drafts) {
		const card = toCard(d);
		if (cardProblem(card)) continue;
		const p = normalise(card.prompt);
		if (seenIds.has(card.id) || seenPrompts.has(p)) continue;
		seenIds.add(card.id);
		seenPrompts.add(p);
		out.push({ deck: d.deck, card });
	}
	return out;
}

/** Every card one document yields (used for pasted articles too). */
export function generateCards(doc: SourceDoc): Card[] {
	const names = collectNames([doc.text]);
	return finish(draftsOf(buildContext(doc.name, doc.text, names))).map((x) => x.card);
}

/** Every deck from a set of documents, with the reviewed hand edits applied. */
export function generateDecks(docs: SourceDoc[], edits?: Edits): Deck[] {
	const sorted = [...docs].sort((a, b) => a.name.localeCompare(b.name));
	const names = collectNames(sorted.map((d) => d.text));
	const drafts = sorted.flatMap((d) => draftsOf(buildContext(d.name, d.text, names)));
	const cards = finish(drafts);
	let decks: Deck[] = DECK_IDS.map((id) => ({
		id,
		title: DECK_INFO[id].title,
		description: describe(
			id,
			cards.filter((c) => c.deck === id).map((c) => c.card)
		),
		cards: cards.filter((c) => c.deck === id).map((c) => c.card)
	}));
	if (edits) decks = applyEdits(decks, edits).decks;
	return decks.filter((d) => d.cards.length > 0);
}

/** The count is left to the interface: hand edits can still drop cards after this. */
function describe(id: DeckId, cards: Card[]): string {
	const base = DECK_INFO[id].description;
	if (id !== 'dates') return base;
	const years = cards
		.map((c) => c.when?.slice(0, 4))
		.filter(Boolean)
		.sort() as string[];
	return years.length ? `${base}, from ${years[0]} to ${years[years.length - 1]}` : base;
}

/** Deck JSON as a file holds it: two-space indent and a trailing newline. */
export function serialiseDeck(deck: Deck): string {
	return JSON.stringify(deck, null, 2) + '\n';
}

/**
 * The contents of every deck file ("dates.json" …) for a set of documents: pure, so a test or
 * a benchmark can call it without writing. Throws when an edit names a card that is gone.
 */
export function deckFiles(sources: SourceDoc[], edits: Edits = { edits: [] }): Map<string, string> {
	const raw = generateDecks(sources);
	const { decks, missing } = applyEdits(raw, edits);
	if (missing.length)
		throw new Error(`Edits refer to cards that no longer exist: ${missing.join(', ')}`);
	return new Map(
		decks.filter((d) => d.cards.length).map((d) => [`${d.id}.json`, serialiseDeck(d)])
	);
}
