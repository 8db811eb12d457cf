// Wrong options, chosen when a deck is made, the way a teacher writes them: of the answer's type
// (a country for a country, a reason for a reason), in its grammatical form (all fit the blank),
// of a similar length, drawn from everything the texts name (not only other cards' answers), and
// never one that the texts say is also true. Dates and amounts are left to the quiz, which makes
// them from the answer itself (same precision, same unit, a nearby value).
import nlp from 'compromise';
import type { AnswerType, Card } from '../decks/schema';
import { MAX_DISTRACTORS } from '../decks/schema';
import type { DocContext, SentenceRef } from './context';
import { TITLE_WORDS } from './context';
import {
	CONTENT_STOP,
	contentWords,
	escapeRe,
	normalise as normaliseText,
	wordCount
} from './english';
import {
	countriesIn,
	countryOf,
	countryOfDemonym,
	demonymOf,
	DEMONYMS,
	isCountry,
	regionNamedIn,
	regionOf
} from './places';
import { MONTHS } from './dates';
import { namedThingsIn, sameThing, type ThingClass } from './named-things';
import { optionShape } from './shape';
import { findQuotes, hash } from './text';

/** A card on its way out of the generator, with the sentence it came from. */
export interface Made {
	card: Card;
	ref: SentenceRef;
}

// Options are compared many times over: each text is normalised once.
const normalised = new Map<string, string>();
function normalise(text: string): string {
	let n = normalised.get(text);
	if (n === undefined) {
		n = normaliseText(text);
		if (normalised.size > 50_000) normalised.clear();
		normalised.set(text, n);
	}
	return n;
}

// ---------------------------------------------------------------------------------------------
// What an answer is

/** The answer's semantic type, from the card's kind and the question it answers. */
export function answerTypeOf(card: Card, inventory?: Inventory): AnswerType {
	switch (card.kind) {
		case 'date':
			return 'date';
		case 'figure':
			return 'number';
		case 'quote-speaker':
			return 'person';
		case 'person':
			// "Which organisation passed Resolution 686 …?" asks for a body, not a person.
			return /^Which organi[sz]ation\b/.test(card.prompt) ? 'organisation' : 'person';
		case 'country':
			return 'place';
		case 'list':
			return 'list';
		case 'list-item':
		case 'quote-completion':
			return 'words';
		case 'doctrine-name':
			return 'term';
		case 'doctrine':
			return 'position';
		default:
			break;
	}
	const answer = card.answer.trim();
	if (isCountry(answer)) return 'place';
	// "President Syngman Rhee": a person, with the title the sentence gave them.
	const untitled = answer.replace(
		/^(?:President|Prime Minister|Premier|Chairman|Leader|General|King|Queen)\s+/,
		''
	);
	if (inventory?.persons.has(answer) || inventory?.persons.has(untitled)) return 'person';
	if (inventory?.organisations.has(answer) || inventory?.things.has(answer)) return 'organisation';
	const prompt = plainQuestion(card.prompt);
	if (/^(Why\b|What (led|caused|prompted|triggered|drove)\b)/.test(prompt)) return 'reason';
	if (
		/^(How did .* vote|What (did|does|do|has|have) .* (call|advocate|urge|emphasi[sz]e|support|seek|want|propose|promise|recogni[sz]e|favou?r|say|see)\b|As what\b|How did .* see\b)/.test(
			prompt
		)
	)
		return 'position';
	return 'event';
}

/** Types whose answers can stand in for each other as wrong options. */
const COMPATIBLE: Partial<Record<AnswerType, AnswerType[]>> = {
	event: ['event', 'reason'],
	reason: ['reason', 'event'],
	position: ['position'],
	words: ['words'],
	term: ['term']
};

/**
 * The grammatical form of a phrase: options of one question share it, so that each fits the
 * blank or the question as well as the answer does ("To stay neutral" among infinitives, "As a
 * threat" among "As …" phrases, a clause among clauses). Read with compromise's tagger.
 */
export type Form =
	| 'to'
	| 'as'
	| 'preposition'
	| 'that'
	| 'gerund'
	| 'clause'
	| 'adjective'
	| 'name'
	| 'noun'
	| 'number';

const formCache = new Map<string, Form>();

export function formOf(text: string): Form {
	const cached = formCache.get(text);
	if (cached) return cached;
	const form = readForm(text);
	formCache.set(text, form);
	return form;
}

function readForm(text: string): Form {
	const t = text.trim();
	if (/^to\s/i.test(t)) return 'to';
	if (/^as\s/i.test(t)) return 'as';
	if (/^that\s/i.test(t)) return 'that';
	const doc = nlp(t);
	const terms = doc.terms().json() as { terms: { tags: string[]; text: string }[] }[];
	const tags = terms.map((x) => new Set(x.terms[0]?.tags ?? []));
	const first = tags[0];
	if (!first) return 'noun';
	if (tags.every((s) => s.has('Value') || s.has('Cardinal'))) return 'number';
	if (first.has('Preposition')) return 'preposition';
	if (first.has('Gerund')) return 'gerund';
	if (tags.length <= 3 && tags.every((s) => s.has('Adjective') || s.has('Adverb')))
		return 'adjective';
	// A finite verb after the first word: "China imposed sanctions", "Tsai won the elections".
	// A participle right after a noun is no finite verb ("a deal brokered by China").
	for (let i = 1; i < tags.length; i++) {
		const s = tags[i] as Set<string>;
		const previous = tags[i - 1] as Set<string>;
		const finite =
			s.has('Modal') ||
			(s.has('PresentTense') && !s.has('Infinitive') && !s.has('Gerund')) ||
			(s.has('PastTense') && !(previous.has('Noun') && !previous.has('ProperNoun')));
		if (finite && !s.has('Participle')) return 'clause';
	}
	const words = t.split(/\s+/);
	if (words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|and|the|de|for|on|in)$/.test(w)))
		return 'name';
	return 'noun';
}

/** Forms that read alike in a list of options. */
function sameForm(a: Form, b: Form): boolean {
	return a === b;
}

// ---------------------------------------------------------------------------------------------
// Everything the texts name

export interface Person {
	name: string;
	/** Roles the texts give them, lower case ("president", "prime minister"). */
	roles: Set<string>;
	/** Their country, from a demonym before the role ("French President …"). */
	country?: string;
}

export interface Inventory {
	persons: Map<string, Person>;
	/** Countries and regions the texts name, in the gazetteer's spelling. */
	places: Set<string>;
	organisations: Set<string>;
	/** Treaties, events and bodies the texts name, with their kind. */
	things: Map<string, ThingClass>;
	/** Phrases of the texts by form: where the blank of a quotation finds its wrong options. */
	phrases: Map<Form, string[]>;
	/** Each sentence's content words, for the check that an option is not also true. */
	sentences: { words: Set<string>; text: string; paragraph: string }[];
	/** The texts' main person and country, and their short names ("Xi", "China"). */
	home: string[];
}

const ROLE = new RegExp(`(?:(\\p{Lu}[\\p{L}]+)\\s+)?(${TITLE_WORDS})\\s+`, 'u');
const ORGANISATION =
	/\b(?:the\s+)?((?:[A-Z][\w'-]*\s+){0,5}(?:Council|Institution|Institute|Forum|Organization|Organisation|Union|Court|Committee|Ministry|Agency|Bank|Commission|Assembly|Party|Alliance|League|Association|Treaty Organization|Nations))\b(?:\s+\(([A-Z]{2,6})\))?/g;

/** What the texts name: people with their roles, places, organisations and phrases. */
export function buildInventory(docs: readonly DocContext[]): Inventory {
	const persons = new Map<string, Person>();
	const places = new Set<string>();
	const organisations = new Set<string>();
	const things = new Map<string, ThingClass>();
	const phrases = new Map<Form, string[]>();
	const sentences: Inventory['sentences'] = [];
	for (const doc of docs) {
		for (const name of doc.persons) {
			if (name.includes(' ') && !persons.has(name)) persons.set(name, { name, roles: new Set() });
		}
	}
	const names = [...persons.keys()].sort((a, b) => b.length - a.length);
	for (const doc of docs) {
		for (const ref of doc.sentences) {
			const text = ref.text;
			sentences.push({
				words: new Set(contentWords(text)),
				text: normalise(text),
				paragraph: `${doc.name}#${ref.paragraph.start}`
			});
			// A person's roles, from a title before their name ("French President Emmanuel Macron",
			// "President Tsai") or after it ("Ma Ying-jeou, the president of …").
			const mentions: [string, string][] = [
				...names.map((n) => [n, n] as [string, string]),
				...[...doc.aliases].filter(([, full]) => persons.has(full))
			];
			for (const [mention, name] of mentions) {
				const at = text.search(new RegExp(`(?<![\\p{L}])${escapeRe(mention)}(?![\\p{L}])`, 'u'));
				if (at < 0) continue;
				const before = text.slice(Math.max(0, at - 60), at);
				const after = text.slice(at + mention.length);
				const m =
					new RegExp(`${ROLE.source}$`, 'u').exec(before) ??
					new RegExp(`^,\\s+(?:the\\s+)?${ROLE.source}`, 'u').exec(after);
				if (!m) continue;
				const person = persons.get(name) as Person;
				person.roles.add(
					(m[2] as string).toLowerCase().replace(/^(former|deputy|vice|acting) /, '')
				);
				const demonym = m[1];
				if (demonym && DEMONYMS.includes(demonym) && !person.country) {
					person.country = countryOfDemonym(demonym);
				}
			}
			for (const m of text.matchAll(/\b(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\b/g)) {
				const country = countryOf(m[1] as string);
				if (country) places.add(country);
			}
			for (const t of namedThingsIn(text)) things.set(t.name, t.cls);
			for (const m of text.matchAll(ORGANISATION)) {
				const org = (m[1] as string).trim();
				if (wordCount(org) >= 2 && /^[A-Z]/.test(org)) organisations.add(org);
			}
		}
		// A person the text gives no nationality is of the country whose section first names them
		// (Tsai Ing-wen in "Republic of China (Taiwan)", Moon Jae-in in "South Korea").
		for (const person of persons.values()) {
			if (person.country) continue;
			const first = doc.sentences.find((r) => r.text.includes(person.name));
			const country = first?.topic ? countryOf(first.topic) : undefined;
			if (country) person.country = country;
		}
		// Quoted speech is where a quotation's blank finds words of its own register; tagging
		// only the quotations keeps the tagger's work small.
		const quotations = doc.sentences.flatMap((r) => findQuotes(r.text).map((q) => q.text));
		collectPhrases(quotations.map((q) => `${q.replace(/[.!?,;:]+$/, '')}.`).join(' '), phrases);
	}
	const home = new Set<string>();
	for (const doc of docs) {
		if (doc.mainPerson) home.add(doc.mainPerson);
		if (doc.home) home.add(doc.home);
		for (const [short, full] of doc.aliases) if (full === doc.mainPerson) home.add(short);
	}
	return { persons, places, organisations, things, phrases, sentences, home: [...home] };
}

/** Phrases by form, from the text's own words (compromise's chunks). */
function collectPhrases(text: string, into: Map<Form, string[]>): void {
	const body = text.replace(/^=+.*=+\s*$/gm, ' ').replace(/\[[^\]]{1,30}\]/g, '');
	const doc = nlp(body);
	const add = (form: Form, list: string[]) => {
		const bucket = into.get(form) ?? [];
		for (const raw of list) {
			const p = raw
				.replace(/^[\s"'“”‘’(,;:]+|[\s"'“”‘’),;:.!?]+$/g, '')
				.replace(/\s+/g, ' ')
				.trim();
			if (p.length < 3 || p.length > 80 || /["“”()]|^'|'$|\s'|'\s/.test(p)) continue;
			if (!bucket.includes(p)) bucket.push(p);
		}
		into.set(form, bucket);
	};
	add('noun', doc.match('#Adjective* #Noun+ (of #Determiner? #Adjective* #Noun+)?').out('array'));
	add('gerund', doc.match('#Gerund #Adverb? #Determiner? #Adjective* #Noun*').out('array'));
	add('adjective', doc.match('#Adverb? #Adjective').out('array'));
}

// ---------------------------------------------------------------------------------------------
// Picking

/** Words of a prompt that name what it asks about. */
function keyWords(prompt: string): Set<string> {
	return new Set(contentWords(prompt).filter((w) => !CONTENT_STOP.has(w)));
}

/** The sentences that contain a phrase, for each phrase asked about once. */
const containing = new WeakMap<Inventory, Map<string, Inventory['sentences']>>();

function sentencesWith(inventory: Inventory, phrase: string): Inventory['sentences'] {
	let byPhrase = containing.get(inventory);
	if (!byPhrase) {
		byPhrase = new Map();
		containing.set(inventory, byPhrase);
	}
	let found = byPhrase.get(phrase);
	if (!found) {
		found = inventory.sentences.filter((s) => s.text.includes(phrase));
		byPhrase.set(phrase, found);
	}
	return found;
}

/** True when the texts say the option answers the card's question too, or may well do. */
function alsoTrue(made: Made, option: string, inventory: Inventory): boolean {
	const o = normalise(option);
	if (o.length < 3) return false;
	const keys = keyWords(made.card.prompt);
	const paragraph = `${made.ref.doc.name}#${made.ref.paragraph.start}`;
	for (const s of sentencesWith(inventory, o)) {
		// Beside the answer's own sentence, its paragraph often gives the other causes of one event
		// (a name left out of a verbatim sentence has no other).
		// (People are another matter: the others a paragraph names did other things, and one who
		// did the same shares the question's words below.)
		const person = made.card.answerType === 'person';
		if (s.paragraph === paragraph && !FILL_IN_NAME.test(made.card.prompt) && !person) return true;
		let shared = 0;
		for (const k of keys) if (s.words.has(k)) shared++;
		if (keys.size > 0 && shared >= Math.max(2, Math.ceil(keys.size * 0.6))) return true;
	}
	return false;
}

/** Two options that say the same, or one inside the other (as whole words). */
function overlaps(a: string, b: string): boolean {
	const x = normalise(a);
	const y = normalise(b);
	if (x === y) return true;
	const [short, long] = x.length < y.length ? [x, y] : [y, x];
	// Normalised texts are words joined by single spaces, so padding finds whole words.
	return short.length >= 3 && ` ${long} `.includes(` ${short} `);
}

function lengthFits(answer: string, option: string): boolean {
	const a = wordCount(answer);
	const b = wordCount(option);
	if (a <= 2) return b <= a + 1 && b >= Math.max(1, a - 1);
	return b >= a * 0.6 && b <= a * 1.5 + 1;
}

/** Stable order for a card: the same texts always give the same options. */
function stableShuffle(items: readonly string[], seed: string): string[] {
	return [...items]
		.map((item) => ({ item, key: hash(`${seed}|${item}`) }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map((x) => x.item);
}

interface Candidate {
	text: string;
	/** Lower is better. */
	rank: number;
}

function choose(made: Made, candidates: Candidate[], inventory: Inventory): string[] {
	const { card } = made;
	const prompt = normalise(card.prompt);
	const promptWords = new Set(contentWords(card.prompt));
	const echo = (text: string) => contentWords(text).filter((w) => promptWords.has(w)).length;
	const answerEcho = echo(card.answer);
	const shape = optionShape(card.answer);
	const chosen: string[] = [];
	const ordered = [...candidates].sort((a, b) => a.rank - b.rank);
	const tiers = [...new Set(ordered.map((c) => c.rank))];
	for (const tier of tiers) {
		const texts = stableShuffle(
			ordered.filter((c) => c.rank === tier).map((c) => c.text),
			card.id
		);
		for (const text of texts) {
			if (chosen.length >= MAX_DISTRACTORS) break;
			if (optionShape(text) !== shape) continue;
			if (overlaps(text, card.answer) || chosen.some((c) => overlaps(c, text))) continue;
			if ((card.accept ?? []).some((a) => overlaps(a, text))) continue;
			// An option the question names is no option ("Who met Xi?" → not Xi).
			if (normalise(text).length >= 3 && prompt.includes(normalise(text))) continue;
			// Fewer echoes of the question than the answer has would mark the answer out.
			if (answerEcho > 0 && echo(text) === 0 && card.answerType !== 'person') continue;
			// The other items of a list-item's own list (rank -1) are true of the list but wrong for
			// this place in it: the also-true check does not apply to them.
			if (tier >= 0 && alsoTrue(made, text, inventory)) continue;
			chosen.push(text);
		}
	}
	return chosen;
}

const DEMONYM_ROLE = new RegExp(`^(Which|What)\\s+(\\p{Lu}[\\p{L}]+)\\s+(${TITLE_WORDS})\\b`, 'u');

/** "Which Secretary of State …?" at the start of a question: the role it asks for. */
const ROLE_ASKED = new RegExp(`^(?:Which|What)\\s+(${TITLE_WORDS})\\s+(?=\\p{Ll})`, 'u');

/**
 * A person's options; where the texts name fewer than three others of the role the question
 * asks for ("Which Secretary of State …?" with only presidents beside), the question asks "Who
 * …?" instead, so the role does not single out the answer.
 */
function withPersonOptions(made: Made, inventory: Inventory, speakers: Set<string>): Card {
	const candidates = personCandidates(made, inventory, speakers);
	const role = ROLE_ASKED.exec(made.card.prompt);
	if (role && candidates.filter((c) => c.rank <= 1).length < 3) {
		const card = { ...made.card, prompt: made.card.prompt.replace(role[0], 'Who ') };
		const reworded = { ...made, card };
		const distractors = choose(
			reworded,
			personCandidates(reworded, inventory, speakers),
			inventory
		);
		return { ...card, ...(distractors.length && { distractors }) };
	}
	const distractors = choose(made, candidates, inventory);
	return { ...made.card, ...(distractors.length && { distractors }) };
}

/** Roles by field, so a scholar's quotation gets scholars as other options, a leader's leaders. */
function roleField(role: string): string {
	if (
		/scientist|academic|scholar|historian|economist|analyst|professor|author|writer|journalist/.test(
			role
		)
	)
		return 'scholar';
	return 'office';
}

function personCandidates(made: Made, inventory: Inventory, speakers: Set<string>): Candidate[] {
	const { card } = made;
	const prompt = card.prompt;
	const roleAsked = new RegExp(
		// "Which president …", and "With which president …", "Under which president …".
		`^(?:\\p{Lu}\\p{Ll}+\\s+)?(?:[Ww]hich|[Ww]hat)\\s+(?:(\\p{Lu}[\\p{L}]+)\\s+)?(${TITLE_WORDS})\\b`,
		'u'
	).exec(prompt);
	const role = roleAsked?.[2]?.toLowerCase();
	const answerPerson = inventory.persons.get(card.answer);
	// "Which French President …?", or the answer's own country: a president among presidents of
	// one country needs knowing which one; among other countries' it needs only the country.
	const country = roleAsked?.[1] ? countryOfDemonym(roleAsked[1]) : answerPerson?.country;
	const out: Candidate[] = [];
	// "Xi Jinping and Nguyễn Phú Trọng" among other pairs with one of them, not among single names.
	const pair = /^(.+?) and (.+)$/.exec(card.answer);
	if (pair) {
		for (const person of inventory.persons.values()) {
			if (card.answer.includes(person.name)) continue;
			out.push({ text: `${pair[1]} and ${person.name}`, rank: 0 });
		}
		return out;
	}
	const named = (name: string) =>
		name
			.split(/\s+/)
			.some((part) => part.length >= 2 && new RegExp(`\\b${escapeRe(part)}\\b`, 'u').test(prompt));
	for (const person of inventory.persons.values()) {
		if (person.name === card.answer || named(person.name)) continue;
		// "Which president urged China to …?": China's own leader is no plausible answer.
		const homeNamed = inventory.home.some((h) => named(h) || named(demonymOf(h) ?? ''));
		if (inventory.home.includes(person.name) && homeNamed) continue;
		let rank = 3;
		const sameField = (a: Person | undefined) =>
			a !== undefined &&
			[...a.roles].some((r) => [...person.roles].some((q) => roleField(q) === roleField(r)));
		if (role && person.roles.has(role)) rank = country && person.country === country ? 0 : 1;
		else if (!role && card.kind === 'quote-speaker' && speakers.has(person.name))
			rank = sameField(answerPerson) ? 0 : 1;
		else if (sameField(answerPerson)) rank = country && person.country === country ? 1 : 2;
		out.push({ text: person.name, rank });
	}
	if (card.kind === 'quote-speaker') {
		// Two speakers at once ("Xi Jinping and Nguyễn Phú Trọng") stand out among single names.
		for (const s of speakers)
			if (s !== card.answer && !inventory.persons.has(s) && !/ and /.test(s))
				out.push({ text: s, rank: 1 });
	}
	return out;
}

/** "Fill in the name: …": a verbatim sentence with one name left out, which fixes the answer. */
const FILL_IN_NAME = /^Fill in the (?:name|country)\b[^:]*:/;

function placeCandidates(made: Made, inventory: Inventory): Candidate[] {
	const { card } = made;
	// "Which African country …?" asks within a region; a sentence to fill in that mentions Africa
	// does not.
	const asked = FILL_IN_NAME.test(card.prompt) ? undefined : regionNamedIn(card.prompt);
	const region = asked ?? regionOf(card.answer);
	const out: Candidate[] = [];
	const seen = new Set<string>();
	const push = (text: string, rank: number) => {
		if (seen.has(text) || text === countryOf(card.answer)) return;
		seen.add(text);
		out.push({ text, rank });
	};
	// The countries the texts name come first: a country the texts never mention stands out.
	for (const place of inventory.places) {
		const same = regionOf(place) === region;
		if (asked && !same) continue;
		push(place, same ? 0 : 1);
	}
	if (region) for (const c of countriesIn(region)) push(c, 2);
	return out;
}

/** The kind of a list item, so a swapped-in item is of the same kind as those it joins. */
function itemKind(item: string, inventory: Inventory): string {
	if (inventory.persons.has(item)) return 'person';
	if (isCountry(item)) return 'place';
	const form = formOf(item);
	return `${form}|${/^\p{Lu}/u.test(item) ? 'upper' : 'lower'}`;
}

/**
 * Other lists of the same length and kind. Two of the answer's items, a and b, each get a
 * stand-in of the same kind, X and Y (from other lists, or people and places the texts name),
 * and the four options are the four ways to choose: (a, b), (X, b), (a, Y), (X, Y). Every item
 * then stands in exactly two options, so neither "the option that overlaps the others most" nor
 * "the one without the odd item" finds the answer.
 */
function listCandidates(made: Made, all: readonly Made[], inventory: Inventory): Candidate[] {
	const { card } = made;
	const items = card.items ?? [];
	if (items.length < 2) return [];
	const numbered = /^\(1\)/.test(card.answer);
	const format = (list: string[]) =>
		numbered ? list.map((x, i) => `(${i + 1}) ${x}`).join('; ') : list.join(', ');
	const kinds = new Set(items.map((i) => itemKind(i, inventory)));
	const meanWords = items.reduce((n, i) => n + wordCount(i), 0) / items.length;
	const named = kinds.has('place')
		? [...inventory.places]
		: kinds.has('person')
			? [...inventory.persons.keys()]
			: [];
	const spare = [
		...all
			.filter((m) => m.card.id !== card.id && m.card.kind === 'list' && m.card.items)
			.flatMap((m) => m.card.items as string[]),
		...named
	]
		.filter((i) => Math.abs(wordCount(i) - meanWords) <= Math.max(2, meanWords * 0.6))
		.filter((i) => !items.some((x) => overlaps(x, i)))
		.filter((i) => kinds.has(itemKind(i, inventory)))
		.filter((i) => !alsoTrue(made, i, inventory));
	const [x, y] = stableShuffle([...new Set(spare)], card.id);
	if (x === undefined || y === undefined) return [];
	const [i, j] = stableShuffle(
		items.map((_, k) => String(k)),
		card.id
	).map(Number) as [number, number];
	const swap = (pairs: [number, string][]) => {
		const list = [...items];
		for (const [at, item] of pairs) list[at] = item;
		return { text: format(list), rank: 0 };
	};
	return [
		swap([[i, x]]),
		swap([[j, y]]),
		swap([
			[i, x],
			[j, y]
		])
	];
}

/** A list item's wrong options: first the other items of its own list (wrong for this place). */
function itemCandidates(made: Made, all: readonly Made[]): Candidate[] {
	const list = all.find((m) => m.card.kind === 'list' && m.card.items?.includes(made.card.answer))
		?.card.items;
	return (list ?? []).filter((i) => i !== made.card.answer).map((text) => ({ text, rank: -1 }));
}

/**
 * A span of days ("20–22 March 2023") among spans of the same length, starting on days the texts
 * date other events to: a single date beside it would give the span away.
 */
function rangeCandidates(made: Made, all: readonly Made[]): Candidate[] {
	const span = /^(\d{1,2})–(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(made.card.answer);
	if (!span) return [];
	const length = Number(span[2]) - Number(span[1]);
	const out: Candidate[] = [];
	for (const other of all) {
		const when = /^(\d{4})-(\d{2})-(\d{2})$/.exec(other.card.when ?? '');
		if (!when || other.card.id === made.card.id) continue;
		const day = Math.min(Number(when[3]), 28 - length);
		const text = `${day}–${day + length} ${MONTHS[Number(when[2]) - 1]} ${when[1]}`;
		if (text !== made.card.answer) out.push({ text, rank: 0 });
	}
	return out;
}

/** Adjectives of attitude, for a blank such as 'he was "…" about the tensions'. */
const ATTITUDES = [
	'worried',
	'concerned',
	'optimistic',
	'confident',
	'hopeful',
	'cautious',
	'pleased',
	'alarmed',
	'satisfied',
	'disappointed',
	'angry',
	'relaxed'
];

/** Questions whose answers come from a closed set everyone knows. */
const CLOSED_SETS: { question: RegExp; options: string[] }[] = [
	{ question: /^How did .* vote\b/, options: ['In favour', 'Against', 'Abstained', 'Did not vote'] }
];

const ACTOR =
	/^(?:What|How|As what|By what|To what|Under Xi, what)\b.*?\b(?:did|does|do|has|have|is|was)\s+(.+?)\s+(?:also\s+)?(?:call|advocate|urge|emphasi[sz]e|support|seek|want|propose|promise|recogni[sz]e|favou?r|say|see|describe|aim|tell|committed)/;

/**
 * The question without a lead phrase before it: "According to the opinion piece, what does Xi
 * advocate …?" and "In emerging policy areas …, what does China seek to shape?" ask what their
 * plain questions do.
 */
function plainQuestion(prompt: string): string {
	return prompt.replace(
		/^(?:According to [^,]{1,40}|(?:In|While|When|Although|After|Before|During) [^,?]{1,120}), (what|which|who|why|how|as what)\b/u,
		(_, wh: string) => wh[0]!.toUpperCase() + wh.slice(1)
	);
}

/** Questions whose answers are of one kind whatever their topic: a role, a consequence, a cause. */
const FRAMES: [string, RegExp][] = [
	['role', /^(?:As what\b|What (?:has|have|had|did|does|do) .+ (?:also )?become\?$)/],
	[
		'consequence',
		/^What (?:did|does|do|would|could|will) .+ (?:trigger|cause|have|lead to|result in|spark)\?$/
	],
	[
		'cause',
		/^(?:Why\b|What (?:led|caused|prompted|triggered|drove|facilitated|enabled|made possible)\b|Over what\b)/
	],
	[
		'effect',
		/^What (?:has|have|had|did|does|do) .+ (?:legitimi[sz]ed?|enabled?|facilitated?|made possible|make possible|paved? the way for|reduce|increase|prevent|limit)\?$/
	]
];

/** Frames whose answers are told from anything else at a glance: only answers of the frame will do. */
const STRICT_FRAMES = new Set(['role', 'effect']);

/**
 * The noun a "What shared vision …?" question asks for: an option must be one too (a vision,
 * not a deal or a dispute), so a question that names its noun only takes options that name it.
 */
function askedNoun(prompt: string): string | undefined {
	const m =
		/^What (?:(?:new|shared|common|main|key|kind of|type of)\s+)*([a-z]{4,})\s+(?:is|are|was|were|does|do|did|has|have|had|will|would)\b/.exec(
			plainQuestion(prompt)
		);
	return m ? m[1] : undefined;
}

function frameOf(prompt: string): string | undefined {
	const plain = plainQuestion(prompt);
	return FRAMES.find(([, re]) => re.test(plain))?.[0];
}

/** What a term names: its head noun, with the words for a relationship as one kind. */
function termHead(term: string): string {
	const head = term
		.split(/\s+(?:with|based on|for|in|to)\s+/)[0]!
		.split(/\s+/)
		.at(-1)!
		.toLowerCase();
	return /^(?:partnership|relations|relationship|alliance)$/.test(head) ? 'relationship' : head;
}

/** Who holds the position a question asks about, with the texts' main person and country as one. */
function actorOf(prompt: string, inventory: Inventory): string | undefined {
	const m = ACTOR.exec(prompt);
	if (!m) return undefined;
	const phrase = m[1] as string;
	if (inventory.home.some((h) => new RegExp(`\\b${escapeRe(h)}\\b`).test(phrase))) return 'home';
	return normalise(phrase);
}

function phraseCandidates(made: Made, all: readonly Made[], inventory: Inventory): Candidate[] {
	const { card } = made;
	const type = card.answerType as AnswerType;
	const form = formOf(card.answer);
	const compatible = COMPATIBLE[type] ?? [type];
	const out: Candidate[] = [];
	const capital = /^\p{Lu}/u.test(card.answer);
	const shape = (text: string) =>
		capital && !/^\p{Lu}/u.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
	const actor = actorOf(card.prompt, inventory);
	const frame = frameOf(card.prompt);
	const noun = type === 'term' ? undefined : askedNoun(card.prompt);
	for (const other of all) {
		const o = other.card;
		if (o.id === card.id || (card.sibling && o.sibling === card.sibling)) continue;
		const otherType = o.answerType as AnswerType;
		if (!compatible.includes(otherType)) continue;
		// A doctrine's meaning among other doctrines' meanings, not among events.
		if ((card.kind === 'doctrine') !== (o.kind === 'doctrine')) continue;
		// Another position of the same actor is likely theirs too: it would be a second right answer.
		if (type === 'position' && actor && actorOf(o.prompt, inventory) === actor) continue;
		if (!sameForm(form, formOf(o.answer)) || !lengthFits(card.answer, o.answer)) continue;
		if (noun && !new RegExp(`\\b${noun}`, 'i').test(`${o.answer} ${askedNoun(o.prompt) ?? ''}`))
			continue;
		// A kind of diplomacy among kinds of diplomacy: a term's head word says what it names. A
		// role among roles ("As what …?"), a consequence among consequences ("What did … trigger?").
		const kin =
			(type !== 'term' || termHead(o.answer) === termHead(card.answer)) &&
			(frame === undefined || frameOf(o.prompt) === frame);
		// A role ("As what …?") or an effect ("What has the doctrine legitimized?") is told from
		// anything else at a glance: only roles, or effects, will do; and neither is a wrong
		// option for a question of another frame.
		const otherFrame = frameOf(o.prompt);
		if (
			frame !== otherFrame &&
			(STRICT_FRAMES.has(frame ?? '') || STRICT_FRAMES.has(otherFrame ?? ''))
		)
			continue;
		out.push({ text: shape(o.answer), rank: (otherType === type ? 0 : 1) + (kin ? 0 : 2) });
	}
	// "any person, any organisation … at any time at …": where the prompt sets up a pattern the
	// answer completes ("any form"), only options that complete it too would not give it away.
	const lead = card.answer.split(/\s+/)[0]!.toLowerCase();
	const repeats =
		type === 'words' &&
		(normalise(card.prompt).match(new RegExp(`\\b${escapeRe(lead)}\\b`, 'g')) ?? []).length >= 2;
	if (repeats) return out.filter((c) => c.text.split(/\s+/)[0]!.toLowerCase() === lead);
	// 'a "…" of sanctions': after "a", one thing with no article of its own ("timely easing", not
	// "any form" or "separatist activities").
	if (type === 'words' && /\ban?\s+["\u201c]?…/.test(card.prompt))
		return out.filter(
			(c) =>
				!/^(?:any|our|the|all|their|his|her|its|this|that|these|those|a|an)\b/i.test(c.text) &&
				!/[^s]s$/.test(c.text.split(/\s+/).at(-1)!)
		);
	// "disaster for both countries": after a determiner's phrase, a bare singular noun
	// ("alliance") does not fit the blank.
	if (type === 'words' && /^(?:both|all|any|the|our|their|its|his|her|a|an)\s/i.test(card.answer)) {
		const fits = (text: string) => !/^[a-z]+$/.test(text) || /s$/.test(text);
		for (let k = out.length - 1; k >= 0; k--) if (!fits(out[k]!.text)) out.splice(k, 1);
	}
	// The words of a quotation's blank: phrases of the same form from the texts themselves.
	// (Not for a position, an event or a cause: a phrase from a quotation is none of those.)
	if (type === 'words' || (type === 'term' && out.length < 6)) {
		const quoted = normalise(`${card.prompt} ${card.note ?? ''}`);
		for (const phrase of inventory.phrases.get(form) ?? []) {
			if (!lengthFits(card.answer, phrase)) continue;
			if (quoted.includes(normalise(phrase))) continue;
			// "global supply, China": a quotation cut at its blank is no phrase of its own.
			if (phrase.includes(',') && !card.answer.includes(',')) continue;
			out.push({ text: shape(phrase), rank: 2 });
		}
	}
	return out;
}

/** "What did the Soviets support …?" asked of a person reads "Whom did the Soviets support …?" */
function asksForWhom(card: Card): Card {
	if (card.answerType !== 'person' || card.kind !== 'event') return card;
	return {
		...card,
		prompt: card.prompt.replace(/^What (?=(?:did|does|do|has|have|had) )/, 'Whom ')
	};
}

/**
 * Every card with its answer type and wrong options. `all` holds every card of the texts, so a
 * card's options can come from any text's cards and names.
 */
export function withOptions(all: readonly Made[], docs: readonly DocContext[]): Card[] {
	const inventory = buildInventory(docs);
	const typed: Made[] = all.map((m) => ({
		...m,
		card: asksForWhom({ ...m.card, answerType: answerTypeOf(m.card, inventory) })
	}));
	const speakers = new Set(typed.map((m) => m.card.speaker).filter((s): s is string => !!s));
	return typed.map((made) => {
		const { card } = made;
		let candidates: Candidate[] = [];
		const closed = CLOSED_SETS.find((c) => c.question.test(card.prompt));
		if (closed) {
			const distractors = closed.options.filter((o) => normalise(o) !== normalise(card.answer));
			return { ...card, distractors };
		}
		if (card.kind === 'list-item') candidates.push(...itemCandidates(made, typed));
		if (ATTITUDES.includes(card.answer.toLowerCase())) {
			const distractors = ATTITUDES.filter((a) => a !== card.answer.toLowerCase()).filter(
				(a) => !alsoTrue(made, a, inventory)
			);
			return {
				...card,
				distractors: stableShuffle(distractors, card.id).slice(0, MAX_DISTRACTORS)
			};
		}
		switch (card.answerType) {
			case 'date': {
				const ranges = rangeCandidates(made, typed);
				if (!ranges.length) return card;
				candidates = ranges;
				break;
			}
			case 'number':
				return card;
			case 'person': {
				candidates = personCandidates(made, inventory, speakers);
				// "Which French President …?" needs other French presidents beside the answer;
				// where the texts name too few, the question drops the nationality instead.
				const clue = DEMONYM_ROLE.exec(card.prompt);
				if (clue && candidates.filter((c) => c.rank === 0).length < 3) {
					const prompt = card.prompt.replace(
						clue[0],
						`${clue[1]} ${(clue[3] as string).toLowerCase()}`
					);
					const reworded = { ...made, card: { ...card, prompt } };
					return withPersonOptions(reworded, inventory, speakers);
				}
				return withPersonOptions(made, inventory, speakers);
			}
			case 'place':
				candidates = placeCandidates(made, inventory);
				break;
			case 'list':
				candidates = listCandidates(made, typed, inventory);
				break;
			case 'organisation': {
				// A treaty among treaties, an event among events, a body among bodies.
				const kind = inventory.things.get(card.answer);
				candidates = kind
					? [...inventory.things]
							.filter(([text, k]) => k === kind && !sameThing(text, card.answer))
							.map(([text]) => ({ text, rank: 0 }))
					: [...inventory.organisations].map((text) => ({ text, rank: 0 }));
				break;
			}
			default:
				candidates.push(...phraseCandidates(made, typed, inventory));
		}
		const distractors = choose(made, candidates, inventory);
		return distractors.length ? { ...card, distractors } : card;
	});
}
