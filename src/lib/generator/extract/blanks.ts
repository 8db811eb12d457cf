// Fill in the name: the last resort for a sentence that states a fact about a named person or
// country when no question could be made of it ("Earlier in 1823 … suggested to Americans that
// two nations issue a joint declaration …" → George Canning). Teachers write these for prose
// whose grammar a rule-based question maker misreads, and the answer is one name the sentence
// fixes. The name's title goes with it into the blank, so "President …" does not rule out the
// options that are no president. General English only: nothing here names a source.
import { shortNote, type Draft } from '../card';
import {
	fullName,
	nameDefinites,
	OPENERS,
	previousInParagraph,
	TITLE_WORDS,
	type SentenceRef
} from '../context';
import { analyse } from '../grammar';
import { findDates } from '../dates';
import { countryOf, demonymOf, namesOf } from '../places';
import nlp from 'compromise';
import { capitalise, escapeRe, normalise, wordCount } from '../english';
import { findQuotes } from '../text';
import { isKindWord, namedThingsIn } from '../named-things';

interface Blank {
	/** Where the blank starts and ends in the sentence (with the name's title). */
	start: number;
	end: number;
	answer: string;
	accept: string[];
	type: 'person' | 'country' | 'thing';
}

/** A sentence that only the passage can explain: it opens on a pronoun or mid-argument. */
const LEANS_ON_PASSAGE =
	/^(?:He|She|It|They|This|These|That|Those|Such|Its|Their|His|Her|However|But|And|Or|Yet|Still|Also|Thus|Therefore|Instead|Moreover|Furthermore|Nevertheless|Nonetheless|Both|Neither|Here|There|Then|First|Second|Third|Finally|Lastly|The latter|The former|The two|The same)\b/;

/** Capitalised runs of words: where names are. */
const CAPITALISED =
	/\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:of |the |de |van |von |bin |al-)?\p{Lu}[\p{L}'’.-]*)*/gu;

const TITLE_BEFORE = new RegExp(
	`(?:(?:the\\s+)?(?:(?!(?:While|When|After|Although|Though|As|If|Since|Because|During|Under|By|For|With|At|On|In|Before|Until|The)\\s)\\p{Lu}[\\p{L}-]+\\s+)?${TITLE_WORDS}\\s+)$`,
	'u'
);

/** The person a capitalised run names, dropping words from its front ("Secretary … Adams"). */
function personIn(ref: SentenceRef, run: string): { name: string; at: number } | undefined {
	// "While Chairman Lodge's attempt": the run's opening word is no part of the name.
	const words = run.replace(OPENERS, '').split(/\s+/);
	const skipped = run.length - words.join(' ').length;
	for (let i = 0; i < words.length; i++) {
		// "Secretary of State John …": no name starts after "of".
		if (words.length - i > 4 || /^(?:of|the)$/.test(words[i - 1] ?? '')) continue;
		const mention = words
			.slice(i)
			.join(' ')
			.replace(/['’]s$/, '');
		const name = fullName(ref.doc, mention);
		if (name) return { name, at: skipped + words.slice(0, i).join(' ').length + (i ? 1 : 0) };
	}
	return undefined;
}

function blanksIn(ref: SentenceRef, text: string): Blank[] {
	const quoted = findQuotes(text).map((q) => [q.open, q.close] as const);
	const inQuote = (at: number) => quoted.some(([open, close]) => at > open && at < close);
	const out: Blank[] = [];
	for (const m of text.matchAll(CAPITALISED)) {
		// "U.S." keeps its full stop; a sentence's full stop is no part of a name.
		const run = /\b(?:\p{Lu}\.){2,}$/u.test(m[0])
			? m[0]
			: m[0].replace(/[.,]+$/, '').replace(/['’]s?$/, '');
		const start = m.index;
		if (inQuote(start)) continue;
		const end = start + run.length;
		const person = personIn(ref, run);
		// "the Jim Crow laws": a name that describes a noun names no one.
		if (
			person?.at === 0 &&
			/\bthe\s+$/.test(text.slice(0, start)) &&
			/^\s+\p{Ll}/u.test(text.slice(end))
		)
			continue;
		// "as represented by General Secretary of the Communist Party Zhao Ziyang": a title read
		// as a name is no one's name.
		if (person && new RegExp(`^${TITLE_WORDS}$`).test(person.name)) continue;
		if (person) {
			const nameStart = start + person.at;
			const title = TITLE_BEFORE.exec(text.slice(Math.max(0, nameStart - 80), nameStart));
			const blankStart = title ? nameStart - title[0].length : nameStart;
			const mention = text.slice(nameStart, end);
			out.push({
				start: blankStart,
				end,
				answer: person.name,
				accept: [mention, text.slice(blankStart, end)],
				type: 'person'
			});
			continue;
		}
		const country = countryOf(run);
		if (!country) continue;
		// "United States expansion", "U.S. foreign policy": the name used as an adjective.
		if (usedAsAdjective(run, text.slice(end))) continue;
		// "United States’ policy": a bare apostrophe after the blank ("…’ policy") reads as a slip.
		if (/^['\u2019](?!s\b)/.test(text.slice(end))) continue;
		// "the U.S." goes into the blank whole; the answer is the country's usual name.
		const named = run.replace(/^the\s+/i, '');
		const the = /^the\s/i.test(run)
			? 0
			: (/\bthe\s+$/i.exec(text.slice(0, start))?.[0].length ?? 0);
		out.push({ start: start - the, end, answer: country, accept: [named], type: 'country' });
	}
	// A treaty, an event or a body the text calls by its name; "the" goes into the blank with it.
	const title = normalise(ref.doc.parsed.title);
	for (const thing of namedThingsIn(text)) {
		if (inQuote(thing.start) || out.some((b) => b.start < thing.end && thing.start < b.end))
			continue;
		// The thing a text is about is its answer by habit.
		if (title.includes(normalise(thing.name))) continue;
		// "the Cold War contest", "the School of the Chinese Communist Party": part of another name.
		if (usedAsAdjective(thing.name, text.slice(thing.end))) continue;
		if (/\p{Lu}[\p{L}-]*\s+of\s+(?:the\s+)?$/u.test(text.slice(0, thing.start))) continue;
		// "the Kenyan National Commission on Human Rights": the name goes on.
		if (/^\s+(?:on|of|for|in)\s+\p{Lu}/u.test(text.slice(thing.end))) continue;
		const the = /\bthe\s+$/i.exec(text.slice(0, thing.start))?.[0].length ?? 0;
		out.push({
			start: thing.start - the,
			end: thing.end,
			answer: thing.name,
			accept: [],
			type: 'thing'
		});
	}
	return out;
}

/** The words that tell one named thing from another ("Antiballistic", "Missile"). */
function distinctWords(name: string): string[] {
	return name.split(/\s+/).filter((w) => w.length > 3 && /^\p{Lu}/u.test(w) && !isKindWord(w));
}

/** "U.S. race relations": a name followed by the noun it describes, read in context. */
function usedAsAdjective(name: string, after: string): boolean {
	const next = /^\s+([a-z]+(?:\s+[a-z]+)?)/.exec(after)?.[1];
	if (!next) return false;
	const json = nlp(`The ${name} ${next}`).terms().json() as { terms: { tags: string[] }[] }[];
	const tags = new Set(json[1 + wordCount(name)]?.terms[0]?.tags ?? []);
	// "race" read as a verb: a singular name would take "races", so it is the noun.
	const bareVerb = tags.has('Infinitive') && !tags.has('PastTense');
	return (tags.has('Noun') || tags.has('Adjective') || bareVerb) && (!tags.has('Verb') || bareVerb);
}

/** The countries a document is about: its home country and those its title names. */
function subjectsOf(ref: SentenceRef): Set<string> {
	const out = new Set<string>();
	const home = ref.doc.home ? countryOf(ref.doc.home) : undefined;
	if (home) out.add(home);
	for (const m of ref.doc.parsed.title.matchAll(CAPITALISED)) {
		const country = countryOf(m[0].replace(/[.,]+$/, '').replace(/['’]s?$/, '')) ?? countryOf(m[0]);
		if (country) out.add(country);
	}
	return out;
}

/** Whether the rest of the sentence names the blank's answer again (its surname, its people). */
function namedElsewhere(text: string, blank: Blank): boolean {
	const rest = `${text.slice(0, blank.start)} ${text.slice(blank.end)}`;
	const words =
		blank.type === 'person'
			? blank.answer.split(/\s+/).filter((w) => w.length > 2)
			: blank.type === 'thing'
				? distinctWords(blank.answer)
				: [...namesOf(blank.answer), ...blank.accept, demonymOf(blank.answer) ?? ''].filter(
						Boolean
					);
	return words.some((w) => new RegExp(`(?<![\\p{L}])${escapeRe(w)}`, 'u').test(rest));
}

const INSTRUCTION: Record<Blank['type'], string> = {
	person: 'Fill in the name',
	country: 'Fill in the country',
	thing: 'Fill in the name'
};

/**
 * People, then countries, then named things; a name written in full (where the text introduces
 * it) first.
 */
function rank(b: Blank): number {
	const full = b.type === 'thing' || b.accept.some((a) => a.includes(b.answer));
	return { person: 0, country: 2, thing: 4 }[b.type] + (full ? 0 : 1);
}

/** The one year a sentence dates its fact by ("signed on August 27, 1928"), as a blank. */
function yearBlank(text: string): { start: number; end: number; year: number } | undefined {
	const dates = findDates(text);
	// "peaked in 1962 …, including the Test Ban Treaty in 1963": the first year of several
	// different ones, each the date of its own deed.
	const years = dates.map((x) => x.year);
	if (!dates.length || dates.some((x) => x.range || !x.year) || new Set(years).size < years.length)
		return undefined;
	const d = dates[0]!;
	// "Before 2013, …", "since 1991": a bound, not the date of the deed.
	if (!/^(?:in|on|during|of|at|early|late|mid|)$/.test(d.prep)) return undefined;
	const year = d.year as number;
	const at = d.text.lastIndexOf(String(year));
	// "in 1977–78", "the 1970s": spans, not one year.
	if (at < 0 || /\b\d{4}s\b|\b\d{4}\s*[–-]\s*\d{2,4}\b/.test(text)) return undefined;
	return { start: d.start + at, end: d.start + at + 4, year };
}

function statementWith(ref: SentenceRef, text: string, start: number, end: number) {
	// "created the North Atlantic Treaty Organization (NATO)": the short name after the blank
	// would give the answer away.
	const after = text.slice(end).replace(/^\s*\((?:the\s+)?[\p{Lu}][\p{Lu}\p{L}.&-]{1,9}\)/u, '');
	const blanked = `${text.slice(0, start)}…${after}`.replace(/\s+/g, ' ');
	const named = nameDefinites(ref, blanked);
	if (!named) return undefined;
	const statement = named.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
	return /[.!]["”’]?$/.test(statement) ? statement : `${statement}.`;
}

/**
 * A connective that links the sentence to the one before says nothing the blank needs ("Then,
 * in 1972, …", "…, however, …"); one that says what came of what (as a result, thus) does.
 */
const LINK_ONLY =
	/^(?:However|Then|Finally|Moreover|Furthermore|In addition|Meanwhile|Ultimately|In the end|Later|Nevertheless|Nonetheless|Eventually),\s+/;

function withoutLinks(text: string): string {
	const rest = text.replace(LINK_ONLY, '').replace(/,\s+however,\s+/, ' ');
	return rest === text ? text : rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/**
 * "It placed Danzig under …" after "the Treaty of Versailles subjected Germany …": the "It" of a
 * sentence that follows one whose subject is a treaty, an event, a body or a country is that
 * subject (through a run of such sentences), named so the statement reads on its own.
 */
function itNamed(ref: SentenceRef, text: string, depth = 0): string | undefined {
	if (!/^It\s+\p{Ll}/u.test(text)) return text;
	const prev = previousInParagraph(ref).at(-1);
	if (!prev || depth > 2) return undefined;
	const prevText = withoutLinks(prev.text.trim());
	const subject = /^It\s/.test(prevText)
		? itNamed(prev, prevText, depth + 1)?.split(/\s+(?=\p{Ll})/u)[0]
		: analyse(prevText)?.subject.replace(/^the\s+/i, '');
	if (!subject) return undefined;
	const named = namedThingsIn(subject).find((t) => t.name === subject);
	if (!named && !countryOf(subject)) return undefined;
	const the =
		named && /\bthe\s+$/i.test(prevText.slice(0, prevText.indexOf(subject))) ? 'the ' : '';
	return text.replace(/^It/, capitalise(`${the}${subject}`));
}

export function extractBlanks(ref: SentenceRef): Draft[] {
	const plain = withoutLinks(ref.text.trim());
	const text = itNamed(ref, plain) ?? '';
	// The name put in for "It" is the passage's, not the sentence's: it is no blank.
	const putIn = text === plain ? 0 : text.length - plain.length + 2;
	if (ref.sentence.broken || /\?$/.test(text) || LEANS_ON_PASSAGE.test(text)) return [];
	const n = wordCount(text);
	if (n < 8 || n > 40) return [];
	const drafts: Draft[] = [];
	// A name and a year of one sentence are two cards about one fact: siblings.
	const sibling = `blank|${normalise(text)}`;
	const ranked = blanksIn(ref, text)
		.filter((b) => b.start >= putIn && !namedElsewhere(text, b))
		// The person or countries a text is about are its answers by habit, not by knowledge.
		.filter((b) => b.answer !== ref.doc.mainPerson && !subjectsOf(ref).has(b.answer))
		.sort((a, b) => rank(a) - rank(b));
	// The best name of each kind the sentence fixes: a person, a country and a treaty are three
	// facts a teacher may blank in turn (as siblings, never shown on one day).
	const chosen = ranked.filter((b, i) => ranked.findIndex((o) => o.type === b.type) === i);
	for (const blank of chosen) {
		const statement = statementWith(ref, text, blank.start, blank.end);
		if (!statement) continue;
		const person = blank.type === 'person';
		drafts.push({
			deck: person ? 'people' : 'bilateral',
			kind: person ? 'person' : blank.type === 'country' ? 'country' : 'event',
			prompt: `${INSTRUCTION[blank.type]}: ${statement}`,
			answer: blank.answer,
			accept: blank.accept.filter((a) => normalise(a) !== normalise(blank.answer)),
			...(blank.type === 'country' ? { country: countryOf(blank.answer) } : {}),
			ref,
			key: `blank|${normalise(blank.answer)}`,
			sibling
		});
	}
	const year = yearBlank(text);
	const dated = year && statementWith(ref, text, year.start, year.end);
	if (year && dated) {
		drafts.push({
			deck: 'dates',
			kind: 'date',
			prompt: `Fill in the year: ${dated}`,
			answer: String(year.year),
			when: String(year.year),
			note: shortNote(text),
			ref,
			key: `blank|${year.year}`,
			sibling
		});
	}
	return drafts;
}
