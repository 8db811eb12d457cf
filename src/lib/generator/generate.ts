// The deck generator: source documents in, decks of cited cards out. Pure and deterministic:
// the same texts always give the same bytes, and a card's id depends only on its own fact.
import { DECK_IDS, toCard, type DeckId, type Draft } from './card';
import {
	buildContext,
	collectNames,
	nameDefinites,
	type DocContext,
	type SentenceRef
} from './context';
import { applyEdits, type Edits } from './edits';
import { extractBlanks } from './extract/blanks';
import { extractActors } from './extract/actors';
import { extractBilateral } from './extract/bilateral';
import { extractAsides, extractDescriptions } from './extract/descriptions';
import { extractDates } from './extract/dates';
import { extractDoctrines } from './extract/doctrines';
import { extractFacts } from './extract/facts';
import { extractFigures } from './extract/figures';
import { extractLists } from './extract/lists';
import { extractPeople } from './extract/people';
import { extractQuotes } from './extract/quotes';
import { extractReasons } from './extract/reasons';
import { extractStances } from './extract/stances';
import type { Card, Deck } from '../decks/schema';
import { answerProblem, escapeRe, misreading } from './english';
import { withOptions } from './options';
import { hasMarkup, normalise, wordCount } from './text';

export const GENRES = ['reference', 'news', 'opinion'] as const;
export type Genre = (typeof GENRES)[number];

export interface SourceDoc {
	/** File name (or a label for pasted text); becomes `source.doc`. */
	name: string;
	text: string;
	/** What kind of text it is: an opinion piece's claims are asked as its claims. */
	genre?: Genre;
}

/** Words that open a question and are no name: lowered after "According to …, ". */
const QUESTION_OPENERS =
	/^(What|Which|Who|Why|How|When|Where|In|On|By|As|At|For|From|Since|While|Under|Over|To|With|During)\b/;

/**
 * An opinion piece's interpretation is asked as its claim, not as plain fact: "According to the
 * opinion piece, what does Xi advocate …?" (quotations are already someone's words).
 */
function attributed(f: Finished): Finished {
	if (f.ref.doc.genre !== 'opinion' || f.card.kind.startsWith('quote')) return f;
	const prompt = f.card.prompt;
	// "Fill in the country, as the opinion piece puts it: …": an instruction keeps its place.
	const instruction = /^((?:Complete|Fill in)\b[^:]*):/.exec(prompt);
	if (instruction)
		return {
			...f,
			card: {
				...f.card,
				prompt: `${instruction[1]}, as the opinion piece puts it:${prompt.slice(instruction[0].length)}`
			}
		};
	const rest = QUESTION_OPENERS.test(prompt) ? prompt[0]!.toLowerCase() + prompt.slice(1) : prompt;
	return { ...f, card: { ...f.card, prompt: `According to the opinion piece, ${rest}` } };
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
	extractAsides,
	extractDates,
	extractQuotes,
	extractDoctrines,
	extractLists,
	extractFigures,
	extractPeople,
	extractBilateral,
	extractFacts
];

/**
 * A question names "the pact" as its passage does ("the Kellogg-Briand Pact"), so it reads on
 * its own; quotations are left as they were said.
 */
function named(d: Draft): Draft {
	if (d.kind.startsWith('quote')) return d;
	// "What did Xi also support …?", "From which year did relations later improve?": the adverb
	// points back to the passage; without a lead that sets up the contrast, it goes.
	if (/^(?:What|Which|Who|Whom|When|Why|How|From|In|On|Since|With|To|Under)\b/.test(d.prompt)) {
		const bare = d.prompt
			.replace(/^(Who|Which [A-Za-z ]{1,40}?) (?:also|later) /, '$1 ')
			.replace(
				/^([^,]*?\b(?:did|does|do|has|have|had)(?:\s+\S+){1,7}?)\s+(?:also|later)\s+/,
				'$1 '
			);
		if (bare !== d.prompt && !/^(?:While|Although|Though)\b/.test(d.prompt))
			d = { ...d, prompt: bare };
	}
	const quotes: string[] = [];
	const masked = d.prompt.replace(/"[^"]*"|“[^”]*”/g, (q) => {
		quotes.push(q);
		return `\uE000${quotes.length - 1}\uE000`;
	});
	const full = nameDefinites(d.ref, masked);
	if (!full || full === masked) return d;
	return { ...d, prompt: full.replace(/\uE000(\d+)\uE000/g, (_, i: string) => quotes[Number(i)]!) };
}

/** Drafts from one document, in document order. */
export function draftsOf(ctx: DocContext): Draft[] {
	const out: Draft[] = [];
	const keeps = (drafts: Draft[]) => drafts.some((d) => !cardProblem(toCard(d), ctx.text));
	for (const ref of ctx.sentences) {
		const found = EXTRACTORS.flatMap((extract) => extract(ref)).map(named);
		out.push(...found);
		if (keeps(found)) continue;
		// A sentence the specific extractors found nothing worth asking in may still say who did
		// what; failing that, it may name a person or country to fill in.
		const general = [
			...extractActors(ref),
			...extractDescriptions(ref),
			...extractReasons(ref),
			...extractStances(ref)
		].map(named);
		out.push(...general);
		if (!keeps(general)) out.push(...extractBlanks(ref));
	}
	return out;
}

/** Why a card may not be shown, or undefined when it is fine. */
export function cardProblem(card: Card, source = ''): string | undefined {
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
	// "In which year did Donald Trump become president?", "… did the Beijing Olympics end?": a
	// short question about a deed that happens more than once has more than one right date.
	if (
		card.kind === 'date' &&
		wordCount(card.prompt) <= 9 &&
		/\b(become|visit|meet|end|begin|win|disengage|hold|return)\b/.test(card.prompt)
	)
		return 'the deed happened more than once';
	// "What did Xi advocate for?": a position without its topic has as many answers as positions.
	if (
		/^(?:According to the opinion piece, )?[Ww]hat (?:did|does|do|has|have) [\p{Lu}][\p{L}’' ]{0,40}? (?:also |especially |generally )?(?:advocate|call|urge|support|emphasi[sz]e|seek|want|favou?r|prioriti[sz]e|propose|pursue|promote)(?: for)?\?$/u.test(
			card.prompt
		)
	)
		return 'a position without its topic';
	const unquoted = card.prompt.replace(/"[^"]*"|“[^”]*”/g, '""');
	if (/,\s+(although|though|whereas)\b/.test(unquoted)) return 'a concession inside the question';
	if (!/[?.…"]$/.test(card.prompt.trim())) return 'prompt does not end as a question';
	return misreading(card.prompt, source) ?? answerProblem(card.answer, card.items);
}

interface Finished {
	deck: DeckId;
	card: Card;
	ref: SentenceRef;
}

/** Kinds whose answer is named once per deck: a term asked for again is the same fact again. */
const ONE_PER_ANSWER = new Set<Card['kind']>(['doctrine-name']);

/** Cards from drafts: ids, validation, one card per question. */
function finish(drafts: Draft[], reviewed: ReadonlySet<string> = new Set()): Finished[] {
	const seenIds = new Set<string>();
	const seenPrompts = new Set<string>();
	const seenAnswers = new Set<string>();
	const out: Finished[] = [];
	for (const d of drafts) {
		const card = toCard(d);
		// A card with a reviewed hand edit has been read by a person: the edit fixes what the
		// automatic checks would drop it for.
		if (!reviewed.has(card.id) && cardProblem(card, d.ref.doc.text)) continue;
		const p = normalise(card.prompt);
		if (seenIds.has(card.id) || seenPrompts.has(p)) continue;
		// "What is baseline thinking called?" asked three ways is one fact asked three times.
		const answer = `${card.kind}|${normalise(card.answer)}`;
		if (ONE_PER_ANSWER.has(card.kind) && seenAnswers.has(answer)) continue;
		seenAnswers.add(answer);
		seenIds.add(card.id);
		seenPrompts.add(p);
		out.push({ deck: d.deck, card, ref: d.ref });
	}
	// "What does Xi favor in setting foreign policy? → An approach of baseline thinking, in
	// which …" asks again what the doctrine cards ask of baseline thinking (an answer that opens
	// with a term the doctrines name; one that mentions it in passing asks something else).
	const terms = out
		.filter((f) => f.card.kind === 'doctrine-name' && wordCount(f.card.answer) >= 2)
		.map((f) => new RegExp(`^(?:\\S+ ){0,3}${escapeRe(normalise(f.card.answer))}\\b`));
	return out.filter(
		(f) =>
			f.card.kind !== 'event' ||
			reviewed.has(f.card.id) ||
			!terms.some((t) => t.test(normalise(f.card.answer)))
	);
}

/** Kinds whose answer is a name a deck can make a habit of ("Who …?" → the main person). */
const HABIT_KINDS = new Set<Card['kind']>(['quote-speaker', 'person', 'country']);

/** The kind a card's answer is counted under for habits, if it is a name ("the Cold War"). */
const habitKind = (card: Card): string | undefined =>
	HABIT_KINDS.has(card.kind) || (card.kind === 'event' && card.prompt.startsWith('Fill in'))
		? card.kind
		: undefined;

/**
 * A question whose answer is not the deck's habit: a name behind most answers of its kind
 * ("Who said …?" → Xi Jinping 19 times of 22) is asked of once (the first time); its other
 * facts are asked another way by the other extractors.
 */
function breakHabits(finished: Finished[]): Finished[] {
	const counts = new Map<string, number>();
	const totals = new Map<string, number>();
	for (const f of finished) {
		const kind = habitKind(f.card);
		if (!kind) continue;
		const key = `${kind}|${f.card.answer}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
		totals.set(kind, (totals.get(kind) ?? 0) + 1);
	}
	const kept = new Set<string>();
	return finished.filter((f) => {
		const kind = habitKind(f.card);
		if (!kind) return true;
		const key = `${kind}|${f.card.answer}`;
		const n = counts.get(key) ?? 0;
		if (n < 2 || n * 4 <= (totals.get(kind) ?? 0)) return true;
		if (kept.has(key)) return false;
		kept.add(key);
		return true;
	});
}

/** The finished cards with their answer types and wrong options, drawn from all the texts. */
function optioned(finished: Finished[], contexts: DocContext[]): Finished[] {
	const balanced = breakHabits(finished);
	const cards = withOptions(balanced, contexts);
	return balanced.map((f, i) => ({ ...f, card: cards[i] as Card }));
}

/** Every card one document yields (used for pasted articles too). */
export function generateCards(doc: SourceDoc): Card[] {
	const names = collectNames([doc.text]);
	const ctx = buildContext(doc.name, doc.text, names);
	return optioned(finish(draftsOf(ctx)), [ctx]).map((x) => x.card);
}

/** Every deck from a set of documents, with the reviewed hand edits applied. */
export function generateDecks(docs: SourceDoc[], edits?: Edits): Deck[] {
	return buildDecks(docs, edits).decks;
}

/**
 * The decks and the ids of edits that matched no card. Edits are applied before wrong options
 * are chosen, so a reworded answer gets options that fit it.
 */
function buildDecks(docs: SourceDoc[], edits?: Edits): { decks: Deck[]; missing: string[] } {
	const sorted = [...docs].sort((a, b) => a.name.localeCompare(b.name));
	const names = collectNames(sorted.map((d) => d.text));
	const contexts = sorted.map((d) => {
		const ctx = buildContext(d.name, d.text, names);
		if (d.genre) ctx.genre = d.genre;
		return ctx;
	});
	let finished = finish(
		contexts.flatMap(draftsOf),
		new Set((edits?.edits ?? []).filter((e) => !e.drop).map((e) => e.id))
	);
	let missing: string[] = [];
	if (edits) {
		const all: Deck = {
			id: 'all',
			title: 'all',
			description: 'all',
			cards: finished.map((f) => f.card)
		};
		const edited = applyEdits([all], edits);
		missing = edited.missing;
		const byId = new Map((edited.decks[0]?.cards ?? []).map((c) => [c.id, c]));
		// A reworded card may now ask what a newer extractor asks too: the reviewed card, whose id
		// saved progress knows, is kept.
		const asked = new Set(
			edits.edits.filter((e) => e.prompt).map((e) => normalise(byId.get(e.id)?.prompt ?? ''))
		);
		finished = finished.flatMap((f) => {
			const card = byId.get(f.card.id);
			if (!card) return [];
			const reviewed = edits.edits.some((e) => e.id === card.id);
			return !reviewed && asked.has(normalise(card.prompt)) ? [] : [{ ...f, card }];
		});
	}
	const cards = optioned(finished.map(attributed), contexts);
	const decks: Deck[] = DECK_IDS.map((id) => ({
		id,
		title: DECK_INFO[id].title,
		description: describe(
			id,
			cards.filter((c) => c.deck === id).map((c) => c.card)
		),
		cards: cards.filter((c) => c.deck === id).map((c) => c.card)
	}));
	return { decks: decks.filter((d) => d.cards.length > 0), missing };
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
	const { decks, missing } = buildDecks(sources, edits);
	if (missing.length)
		throw new Error(`Edits refer to cards that no longer exist: ${missing.join(', ')}`);
	return new Map(
		decks.filter((d) => d.cards.length).map((d) => [`${d.id}.json`, serialiseDeck(d)])
	);
}
