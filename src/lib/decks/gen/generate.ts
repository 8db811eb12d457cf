// Turns source documents into decks: runs every extractor, keeps only cards whose excerpt is
// verbatim and whose text is clean, removes duplicate questions, then applies hand edits.
import type { Card, Deck } from '../schema';
import { extractBilateral } from './bilateral';
import { type DocContext, type SourceDoc, buildContext } from './context';
import { extractDates, subjectPerson } from './dates';
import { extractDoctrines } from './doctrines';
import { type Edits, applyEdits } from './edits';
import { extractFigures } from './figures';
import { extractLists } from './lists';
import { extractQuotes } from './quotes';
import { damageIn, markupIn, normalise, revealsAnswer } from './text';

export interface DeckSpec {
	id: string;
	title: string;
	description: string;
	extract: (ctx: DocContext) => Card[];
}

export const DECK_SPECS: DeckSpec[] = [
	{ id: 'dates', title: 'Dates and timeline', description: 'When things happened, as precisely as the sources say', extract: extractDates },
	{
		id: 'quotes',
		title: 'Quotes',
		description: 'Who said it, and how the quotation goes on',
		extract: (ctx) => extractQuotes(ctx, (s) => subjectPerson(ctx, s.text))
	},
	{ id: 'doctrines', title: 'Doctrines and concepts', description: 'Named doctrines, slogans and formulations, and what they mean', extract: extractDoctrines },
	{ id: 'lists', title: 'Lists: the Five Nos and more', description: 'Enumerated lists such as the Five Nos and the Two Guidances, whole and item by item', extract: extractLists },
	{ id: 'bilateral', title: 'Bilateral relations', description: 'Country by country: who did what, and why relations changed', extract: extractBilateral },
	{ id: 'figures', title: 'Figures', description: 'The numbers worth knowing: distances, doses, records, agreements, votes', extract: extractFigures }
];

/** Every text field a learner sees on a card. */
function shownText(card: Card): string[] {
	return [card.prompt, card.answer, card.note ?? '', ...(card.accept ?? []), ...(card.items ?? []), card.quote ?? ''];
}

/** A card is usable when its excerpt is verbatim and nothing it shows is damaged. */
export function isUsable(card: Card, docText: string): boolean {
	if (!docText.includes(card.source.excerpt)) return false;
	if (shownText(card).some((t) => damageIn(t) === 'empty quotation' || markupIn(t))) return false;
	if (revealsAnswer(card.prompt, card.answer)) return false;
	return card.prompt.length <= 400 && card.answer.length <= 300;
}

function cardsFor(spec: DeckSpec, docs: SourceDoc[], contexts: Map<SourceDoc, DocContext>): Card[] {
	const cards = docs.flatMap((doc) => {
		const ctx = contexts.get(doc) ?? buildContext(doc);
		return spec.extract(ctx).filter((card) => isUsable(card, doc.text));
	});
	const seenPrompts = new Set<string>();
	const seenIds = new Set<string>();
	return cards.filter((card) => {
		const prompt = normalise(card.prompt);
		if (seenPrompts.has(prompt) || seenIds.has(card.id)) return false;
		seenPrompts.add(prompt);
		seenIds.add(card.id);
		return true;
	});
}

/** Every card the generator finds in one document (used for pasted articles too). */
export function generateCards(doc: SourceDoc): Card[] {
	const contexts = new Map([[doc, buildContext(doc)]]);
	return DECK_SPECS.flatMap((spec) => cardsFor(spec, [doc], contexts));
}

export function generateDecks(docs: SourceDoc[], edits?: Edits): Deck[] {
	const sorted = [...docs].sort((a, b) => a.name.localeCompare(b.name));
	const contexts = new Map(sorted.map((doc) => [doc, buildContext(doc)]));
	const decks = DECK_SPECS.map((spec) => ({
		id: spec.id,
		title: spec.title,
		description: spec.description,
		cards: cardsFor(spec, sorted, contexts)
	}));
	return edits ? applyEdits(decks, edits) : decks;
}
