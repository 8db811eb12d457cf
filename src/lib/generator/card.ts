// Turning an extractor's draft into a card: stable id, source, tags.
import type { Card, CardKind } from '../decks/schema';
import type { SentenceRef } from './context';
import { sectionTags } from './context';
import { cleanExcerpt, hash, normalise, slugify } from './text';

export const DECK_IDS = [
	'dates',
	'quotes',
	'doctrines',
	'lists',
	'bilateral',
	'figures',
	'people'
] as const;
export type DeckId = (typeof DECK_IDS)[number];

export interface Draft {
	deck: DeckId;
	kind: CardKind;
	prompt: string;
	answer: string;
	ref: SentenceRef;
	/** Further sentences the excerpt spans (verbatim, in order, same paragraph). */
	refs?: SentenceRef[];
	/** A verbatim part of the sentence to cite instead of all of it (e.g. before a lost quotation). */
	excerpt?: string;
	/** Words the excerpt must keep when markup is trimmed from it. */
	keep?: string[];
	/** What makes the fact unique within its sentence (e.g. which date, which quote). */
	key: string;
	accept?: string[];
	note?: string;
	tags?: string[];
	when?: string;
	speaker?: string;
	/** The quotation itself, without quotation marks (quote cards). */
	quote?: string;
	country?: string;
	value?: number;
	items?: string[];
	/** Sibling key (shared by cards that ask about one fact); hashed into the card's sibling. */
	sibling?: string;
}

export function excerptOf(d: Draft): string {
	if (d.excerpt && d.ref.raw.includes(d.excerpt)) return d.excerpt;
	const refs = d.refs && d.refs.length ? d.refs : [d.ref];
	if (refs.length === 1) return cleanExcerpt(refs[0]!.raw, d.keep ?? []);
	const first = refs[0]!;
	const last = refs[refs.length - 1]!;
	return first.doc.text.slice(first.sentence.start, last.sentence.end);
}

export function toCard(d: Draft): Card {
	const fact = `${d.kind}|${normalise(d.key)}|${normalise(d.ref.raw)}`;
	const slug = slugify(d.deck === 'dates' ? d.answer : d.key, 5, 40) || 'card';
	const id = `${d.deck}-${slug}-${hash(fact)}`.slice(0, 120);
	const tags = new Set<string>([...sectionTags(d.ref.section), ...(d.tags ?? [])]);
	const card: Card = {
		id,
		kind: d.kind,
		prompt: d.prompt,
		answer: d.answer,
		source: {
			doc: d.ref.doc.name,
			...(d.ref.doc.title ? { title: d.ref.doc.title } : {}),
			section: d.ref.section.title,
			excerpt: excerptOf(d)
		}
	};
	if (d.accept && d.accept.length)
		card.accept = [...new Set(d.accept)].filter((a) => a !== d.answer);
	if (card.accept && !card.accept.length) delete card.accept;
	if (d.note) card.note = d.note;
	const tagList = [...tags].filter((t) => /^[a-z0-9][a-z0-9-]{0,59}$/.test(t)).sort();
	if (tagList.length) card.tags = tagList;
	if (d.when) card.when = d.when;
	if (d.speaker) card.speaker = d.speaker;
	if (d.quote) card.quote = d.quote;
	if (d.country) card.country = d.country;
	if (d.value !== undefined) card.value = d.value;
	if (d.items) card.items = d.items;
	if (d.sibling) card.sibling = `${d.deck}-${hash(d.sibling + '|' + normalise(d.ref.raw))}`;
	return card;
}

/** A short one-line note: the sentence, shortened at a clause boundary when long. */
export function shortNote(text: string, max = 220): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const at = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '));
	return (at > 80 ? cut.slice(0, at) : cut.slice(0, cut.lastIndexOf(' '))) + ' …';
}
