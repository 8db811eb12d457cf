// Document-level knowledge the extractors share: people and their short names, the country
// the document is centred on, section topics, and anaphora such as "the two countries".
import {
	documentTitle,
	NON_CONTENT_SECTIONS,
	parseDocument,
	type Paragraph,
	type ParsedDocument,
	type Section,
	type Sentence
} from './document';
import { countryOf, countryOfDemonym, DEMONYMS } from './places';
import { clean, slugify } from './text';
import { definedAfter, escapeRe, wordTags } from './english';

/** Titles and roles that stand before a person's name (general English). */
export const TITLE_WORDS =
	'(?:Deputy |Vice |Former |former |Acting |acting )?(?:President|president|Prime Minister|prime minister|Foreign Minister|foreign minister|Minister|minister|leader|Leader|Academic|academic|political scientist|scientist|counterpart|[Gg]eneral [Ss]ecretary|Secretary of State|Secretary of Defense|Secretary-General|Secretary General|Secretary|Chancellor|chancellor|Premier|premier|Chairman|chairman|Chairwoman|King|Queen|Emperor|Senator|senator|Governor|governor|Ambassador|ambassador|spokesperson|spokesman|spokeswoman|Professor|professor|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|journalist|historian|economist|analyst|Pope|scholar|author|writer|envoy|diplomat|General|general|Admiral|Commissioner|Mayor|mayor)';

// A name: capitalised words, with initials ("Frank B. Kellogg").
const NAME =
	'[\\p{Lu}](?:\\.(?:\\p{Lu}\\.)*|[\\p{L}\u2019-]*)(?:[ \\u00a0]+[\\p{Lu}](?:\\.(?:\\p{Lu}\\.)*|[\\p{L}\u2019-]*)){0,3}';
const TITLED = new RegExp(`\\b${TITLE_WORDS},?\\s+(${NAME})`, 'gu');
const TITLED_MENTION = new RegExp(
	`^(?:[\\p{Lu}][\\p{L}-]+\\s+)*?${TITLE_WORDS}\\s+(${NAME})$`,
	'u'
);

/** Words that make a capitalised name an organisation, a place or an event, not a person. */
const ORG_WORDS =
	/\b(Party|Council|Institution|Institute|Forum|Office|Union|Republic|Army|Court|Committee|Ministry|Agency|News|Organization|Organisation|University|Times|Administration|Bank|Group|Commission|Congress|Day|Parade|Korea|States|Kingdom|Nations|Assembly|Summit|Conference|Olympics|Initiative|Thought|Street|Sea|Ocean|Islands?|City|Province|Region|Zone|Treaty|Agreement|Consensus|Dream|Trap)\b/;
const TITLE_ONLY = /^(Secretary|President|Minister|Leader|General|Premier|Chairman)$/;

/** Headings that name no topic. */
const GENERIC_HEADINGS = new Set([
	'overview',
	'background',
	'history',
	'introduction',
	'summary',
	'conclusion',
	'legacy',
	'reception',
	'criticism',
	'analysis',
	'early life',
	'career',
	'policy',
	'policies',
	'views',
	'positions',
	'timeline',
	...NON_CONTENT_SECTIONS
]);

export interface SentenceRef {
	doc: DocContext;
	section: Section;
	paragraph: Paragraph;
	sentence: Sentence;
	/** Cleaned text (markup rendered away). */
	text: string;
	/** Raw, verbatim text. */
	raw: string;
	/** Topic of the section (a country or region), if the heading names one. */
	topic?: string;
	/** Index in doc.sentences. */
	index: number;
}

export interface DocContext {
	name: string;
	/** What cards call the document where they cite it ("" when nothing fits). */
	title: string;
	text: string;
	parsed: ParsedDocument;
	sentences: SentenceRef[];
	/** Short name → full name ("Xi" → "Xi Jinping"). */
	aliases: Map<string, string>;
	persons: Set<string>;
	/** The person mentioned most. */
	mainPerson?: string;
	/** The country the document is centred on (most often one side of "X and Y" pairs). */
	home?: string;
	/** What kind of text it is, when its source says ("opinion" pieces make claims). */
	genre?: 'reference' | 'news' | 'opinion';
}

function topicOf(section: Section): string | undefined {
	const t = section.title.trim();
	if (!t || GENERIC_HEADINGS.has(t.toLowerCase())) return undefined;
	const paren = /\(([^)]+)\)\s*$/.exec(t);
	const base = paren && /^\p{Lu}/u.test(paren[1]!) ? paren[1]! : t.replace(/\s*\([^)]*\)\s*$/, '');
	if (!/^\p{Lu}/u.test(base)) return undefined;
	// Every word capitalised (connectors allowed): a name, not a theme.
	if (
		!base.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(of|and|the|de|del|da|la|le)$/.test(w))
	)
		return undefined;
	return base;
}

/** Tags for a section: slug of the heading and of the topic (e.g. "republic-of-china", "taiwan"). */
export function sectionTags(section: Section): string[] {
	const out = new Set<string>();
	const topic = topicOf(section);
	if (topic) out.add(slugify(topic, 6, 40));
	return [...out].filter(Boolean);
}

export function buildContext(
	name: string,
	text: string,
	shared?: { aliases: Map<string, string>; persons: Set<string> }
): DocContext {
	const parsed = parseDocument(text);
	const sentences: SentenceRef[] = [];
	// A headline states the article's main claim: read it as the first sentence of the lead.
	const lead = parsed.sections[0];
	if (parsed.headline && lead) {
		const h = parsed.headline;
		const sentence: Sentence = { ...h, index: -1, broken: false };
		const paragraph: Paragraph = { ...h, sentences: [sentence], bullet: false };
		sentences.push({
			doc: undefined as unknown as DocContext,
			section: lead,
			paragraph,
			sentence,
			raw: h.text,
			text: clean(h.text),
			index: 0
		});
	}
	for (const section of parsed.sections) {
		if (NON_CONTENT_SECTIONS.has(section.title.toLowerCase())) continue;
		const topic = topicOf(section);
		for (const paragraph of section.paragraphs) {
			for (const sentence of paragraph.sentences) {
				const ref: SentenceRef = {
					doc: undefined as unknown as DocContext,
					section,
					paragraph,
					sentence,
					raw: sentence.text,
					text: clean(sentence.text),
					index: sentences.length
				};
				if (topic) ref.topic = topic;
				sentences.push(ref);
			}
		}
	}
	const names = shared ?? collectNames([text]);
	const ctx: DocContext = {
		name,
		title: documentTitle(parsed),
		text,
		parsed,
		sentences,
		aliases: names.aliases,
		persons: names.persons
	};
	for (const s of sentences) s.doc = ctx;
	// main person: the person whose name (or short name) is mentioned most
	let best = '';
	let bestCount = 0;
	for (const p of names.persons) {
		const short = p.split(' ')[0]!;
		const count = (text.match(new RegExp(`\\b${escapeRe(short)}\\b`, 'g')) ?? []).length;
		if (count > bestCount) {
			best = p;
			bestCount = count;
		}
	}
	if (bestCount >= 3) ctx.mainPerson = best;
	const home = homeCountry(text, names.persons);
	if (home) ctx.home = home;
	return ctx;
}

/** People named after a title anywhere in the texts, and the short names they go by. */
export function collectNames(texts: string[]): {
	aliases: Map<string, string>;
	persons: Set<string>;
} {
	const persons = new Set<string>();
	const all = texts.map((t) => clean(t)).join('\n');
	for (const m of all.matchAll(TITLED)) {
		let n = (m[1] ?? '').replace(/['\u2019]s?$/, '').trim();
		// stop at words that are not names
		n = n
			.split(/\s+/)
			.filter((w, i, a) => !(i === a.length - 1 && /^(of|and)$/i.test(w)))
			.join(' ');
		n = n.replace(OPENERS, '');
		if (!n || /^(of|the)$/i.test(n)) continue;
		if (ORG_WORDS.test(n) || TITLE_ONLY.test(n) || isDemonymPhrase(n)) continue;
		persons.add(n);
	}
	// Multi-word names that stand as the subject of a speech verb are people too.
	// (Single capitalised words right after a title are kept: "President Tsai".)
	for (const m of all.matchAll(
		new RegExp(
			`(${NAME})\\s+(?:has |had |also |later )*(?:said|stated|told|remarked|wrote|writes|says|states|added|argued|declared)\\b`,
			'gu'
		)
	)) {
		const n = (m[1] ?? '')
			.trim()
			.replace(new RegExp(`^(?:[\\p{Lu}][\\p{L}-]+\\s+)*?${TITLE_WORDS}\\s+`, 'u'), '');
		const name = n.replace(OPENERS, '');
		if (
			name.split(/\s+/).length >= 2 &&
			!/^(The|According)\b/.test(name) &&
			!ORG_WORDS.test(name) &&
			!isDemonymPhrase(name)
		)
			persons.add(name);
	}
	// Untitled names that open on a given name ("Peace advocates Nicholas Murray Butler and James
	// T. Shotwell"): compromise's lexicon knows given names word by word, which is cheap; tagging
	// whole texts for people would cost half a second.
	for (const m of all.matchAll(RUN)) {
		// "Theodore Roosevelt’s Corollary": the name ends at its possessive.
		const owner = /^(.*?)['\u2019]s?(?:\s|$)/u.exec(m[0]);
		const words = (owner ? (owner[1] as string) : m[0]).split(/\s+/);
		if (words.length < 2 || words.length > 4 || !wordTags(words[0]!.toLowerCase()).has('FirstName'))
			continue;
		const name = words.join(' ');
		if (ORG_WORDS.test(name) || PLACE_WORDS.test(name) || isDemonymPhrase(words.slice(1).join(' ')))
			continue;
		if (countryOf(name)) continue;
		if (words.slice(1).some((w) => DEMONYMS.includes(w) || TITLE_ONLY.test(w))) continue;
		persons.add(name);
	}
	// "Ma Ying-jeou, the president of …": a title after the name; "Tsai Ing-wen" where "President
	// Tsai" is known: a known one-word name with the rest of the name.
	// (Only a one-word name no longer name has: "Xi" is Xi Jinping already.)
	const single = new Set(
		[...persons].filter(
			(p) => !p.includes(' ') && ![...persons].some((q) => q.split(' ').includes(p) && q !== p)
		)
	);
	const lowerWords = lowerWordsOf(all);
	const titleAfter = new RegExp(
		`^,\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]+\\s+)?${TITLE_WORDS}\\b`,
		'u'
	);
	for (const m of all.matchAll(RUN)) {
		const words = m[0].replace(/['\u2019]s?$/, '').split(/\s+/);
		if (words.length < 2 || words.length > 3) continue;
		const name = words.join(' ');
		if (persons.has(name) || ORG_WORDS.test(name) || PLACE_WORDS.test(name)) continue;
		if (words.some((w) => countryOf(w) || DEMONYMS.includes(w) || TITLE_ONLY.test(w))) continue;
		if (lowerWords.has(words[0]!.toLowerCase())) continue;
		const after = all.slice(m.index + m[0].length, m.index + m[0].length + 80);
		if (titleAfter.test(after) || single.has(words[0]!)) persons.add(name);
	}
	// A name the text later calls by its last word alone, as the one who speaks or acts ("former
	// UN chief Kofi Annan" … "Annan said", "said Annan"): a person, whatever the given name.
	const actors = loneActors(all);
	for (const m of all.matchAll(RUN)) {
		const words = m[0]
			.replace(/['\u2019]s?$/, '')
			.replace(new RegExp(`^(?:[\\p{Lu}][\\p{L}-]+\\s+)*?${TITLE_WORDS}\\s+`, 'u'), '')
			.split(/\s+/);
		if (words.length < 2 || words.length > 3 || !actors.has(words.at(-1)!)) continue;
		const name = words.join(' ');
		if (persons.has(name) || ORG_WORDS.test(name) || PLACE_WORDS.test(name)) continue;
		if (words.some((w) => countryOf(w) || DEMONYMS.includes(w) || TITLE_ONLY.test(w))) continue;
		// "During Xi", "One China": a word the text also writes in lower case is no given name.
		if (lowerWords.has(words[0]!.toLowerCase())) continue;
		persons.add(name);
	}
	// A single-word "person" that is part of a longer one is only a short name.
	const full = [...persons].filter((p) => p.includes(' '));
	const aliases = new Map<string, string>();
	for (const p of [...persons]) {
		if (p.includes(' ')) continue;
		const longer = full.filter((f) => f.split(' ').includes(p));
		if (longer.length === 1) {
			aliases.set(p, longer[0]!);
			persons.delete(p);
		}
	}
	// short names of full names: first word (family-name-first) or last word, when unique
	for (const f of full) {
		const parts = f.split(' ');
		for (const short of [parts[0]!, parts[parts.length - 1]!]) {
			if (aliases.has(short) || short.length < 2) continue;
			const owners = full.filter((g) => g.split(' ').includes(short));
			if (owners.length !== 1) continue;
			const re = new RegExp(`\\b${escapeRe(short)}\\b(?!\\s+[\\p{Lu}])`, 'gu');
			if (re.test(all.replace(new RegExp(escapeRe(f), 'g'), ''))) aliases.set(short, f);
		}
	}
	// Drop "persons" that are really a person plus a following word ("Xi Jinping Thought").
	for (const p of [...persons]) {
		for (const q of persons)
			if (q !== p && q.includes(' ') && p.startsWith(q + ' ')) persons.delete(p);
	}
	return { aliases, persons };
}

/** Words that make a name a building, a work or an institution named after a person. */
const PLACE_WORDS =
	/\b(Center|Centre|Foundation|Endowment|Prize|Corollary|Doctrine|Act|Accords?|Plan|Address|Memorial|Airport|Library|School|College|Hall|Building|Station|Tower|Bridge|Street|Avenue|Square|Park|River|Lake|Mountains?|Laws?)\b/;

/** The words a text writes in lower case: no given name is among them ("During", "One"). */
const lowerWordsOf = (text: string) =>
	new Set(text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []);

/** Capitalised words that stand alone as the one who speaks or acts ("Annan said", "said Ruto"). */
function loneActors(text: string): Set<string> {
	const out = new Set<string>();
	const before =
		/(?<![\p{L}'\u2019-][ \u00a0])(?<![\p{L}'\u2019-])(\p{Lu}[\p{L}'\u2019-]+)\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|warned|argued|wrote|led|urged|called|insisted)\b/gu;
	const after = /\b(?:said|told|added)\s+(\p{Lu}[\p{L}'\u2019-]+)\b(?!\s+\p{Lu})/gu;
	for (const m of text.matchAll(before)) out.add(m[1]!);
	for (const m of text.matchAll(after)) out.add(m[1]!);
	return out;
}

/** A run of capitalised words and initials, not preceded by another capitalised word. */
const RUN =
	/(?<![\p{L}'\u2019-])(?<!\p{Lu}[\p{L}'\u2019-]*\s)\p{Lu}[\p{L}\u2019'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\u2019'-]+))+/gu;

/** Words that open a sentence or clause, never a name ("As Monroe stated" → "Monroe"). */
export const OPENERS =
	/^(?:(?:As|In|On|At|By|When|While|After|Before|Earlier|Later|Then|But|And|If|Under|With|For|From|Since|Although|Though|Meanwhile|Instead|Indeed|Also)\s+)+/;

/** "Latin American", "Soviet", "West German": a people, not a person. */
function isDemonymPhrase(name: string): boolean {
	return name
		.split(/\s+/)
		.every(
			(w) =>
				DEMONYMS.includes(w) ||
				/^(Latin|North|South|East|West|Western|Eastern|Central|Soviet|Arab|European|Asian|African)$/.test(
					w
				)
		);
}

/** The full name of a person mention, if known. */
export function fullName(ctx: DocContext, mention: string): string | undefined {
	const m = mention.trim().replace(/['\u2019]s$/, '');
	if (ctx.persons.has(m)) return m;
	const alias = ctx.aliases.get(m);
	if (alias) return alias;
	// "Chinese President Xi Jinping" → strip the title
	const t = TITLED_MENTION.exec(m);
	if (t) return fullName(ctx, t[1]!) ?? t[1];
	for (const p of ctx.persons) if (m.endsWith(' ' + p) || m === p) return p;
	return undefined;
}

/** The country a document is centred on: the one most often paired with others. */
function homeCountry(text: string, persons: Set<string>): string | undefined {
	const counts = new Map<string, number>();
	const add = (n: string) => counts.set(n, (counts.get(n) ?? 0) + 1);
	const isPerson = (n: string) => [...persons].some((p) => p.split(' ').includes(n));
	const t = clean(text);
	for (const m of t.matchAll(/\b([\p{Lu}][\p{L}]+)\s*[\u2013-]\s*([\p{Lu}][\p{L}]+)\b/gu)) {
		if (!isPerson(m[1]!) && !isPerson(m[2]!)) {
			add(m[1]!);
			add(m[2]!);
		}
	}
	for (const m of t.matchAll(
		/\b(?:between )?([\p{Lu}][\p{L}]+) and (?:the )?([\p{Lu}][\p{L}]+)\b/gu
	)) {
		if (!isPerson(m[1]!) && !isPerson(m[2]!)) {
			add(m[1]!);
			add(m[2]!);
		}
	}
	let best: string | undefined;
	let n = 0;
	for (const [k, v] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
		if (v > n) {
			best = k;
			n = v;
		}
	}
	if (n >= 3) return best;
	// few pairs: the capitalised word (not a person, not opening a sentence) used most, if often
	const freq = new Map<string, number>();
	for (const m of t.matchAll(/(?<=[a-z,;]\s)([\p{Lu}][\p{L}]+)\b(?!\s+[\p{Lu}])/gu)) {
		if (!isPerson(m[1]!)) freq.set(m[1]!, (freq.get(m[1]!) ?? 0) + 1);
	}
	const top = [...freq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	return top && top[1] >= 4 ? top[0] : undefined;
}

/** "X and Y" pair of places mentioned last before `upto` in a text. */
export function lastPair(ctx: DocContext, text: string): string | undefined {
	const isPerson = (n: string) => !!fullName(ctx, n) || [...ctx.persons].some((p) => p.includes(n));
	let found: string | undefined;
	const re =
		/\b((?:the )?[\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}]+)?)(?: and |\s*[\u2013-]\s*)((?:the )?[\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}]+)?)\b/gu;
	for (const m of text.matchAll(re)) {
		const a = m[1]!.replace(/^the /, '');
		const b = m[2]!.replace(/^the /, '');
		if (isPerson(a) || isPerson(b)) continue;
		if (/^(The|In|On|At|During|Both|After|Since|While|Under)$/.test(a)) continue;
		found = `${m[1]} and ${m[2]}`;
	}
	return found;
}

/** The last two people a paragraph names before a sentence ("Xi Jinping and Vladimir Putin"). */
export function lastPeople(ref: SentenceRef): string | undefined {
	const named: string[] = [];
	const text = previousInParagraph(ref)
		.map((p) => p.text)
		.join(' ');
	for (const m of text.matchAll(new RegExp(NAME, 'gu'))) {
		const words = m[0].split(/\s+/);
		// "President Vladimir Putin", "Xi": the longest tail that names someone.
		for (let i = 0; i < words.length; i++) {
			const person = fullName(ref.doc, words.slice(i).join(' '));
			if (!person) continue;
			const at = named.indexOf(person);
			if (at >= 0) named.splice(at, 1);
			named.push(person);
			break;
		}
	}
	return named.length >= 2 ? named.slice(-2).join(' and ') : undefined;
}

/** Sentences of the same paragraph before this one, nearest last. */
export function previousInParagraph(ref: SentenceRef): SentenceRef[] {
	return ref.doc.sentences.filter(
		(s) => s.paragraph === ref.paragraph && s.sentence.index < ref.sentence.index
	);
}

/** Replace a vague subject ("the two countries", "the relations", "he") with what it refers to. */
export function resolveSubject(
	ref: SentenceRef,
	subject: string,
	unitText = ''
): string | undefined {
	const s = subject.trim();
	const lower = s.toLowerCase();
	const before = [
		...previousInParagraph(ref).map((p) => p.text),
		unitText ? ref.text.slice(0, Math.max(0, ref.text.indexOf(unitText))) : ''
	].join(' ');
	if (
		/^(the two countries|both countries|the two nations|both nations|the two sides|both sides)$/.test(
			lower
		)
	) {
		const pair = lastPair(ref.doc, before);
		if (pair) return pair;
		if (ref.doc.home && ref.topic) return `${ref.doc.home} and ${ref.topic}`;
		return undefined;
	}
	if (/^(the )?(relations|relationship|ties)$/.test(lower)) {
		if (ref.doc.home && ref.topic) return `relations between ${ref.doc.home} and ${ref.topic}`;
		return undefined;
	}
	if (/^(he|she)$/.test(lower)) {
		// the last person named as a subject before the pronoun
		const text = before || '';
		let last: string | undefined;
		const re = new RegExp(`(${NAME})`, 'gu');
		for (const m of text.matchAll(re)) {
			const f = fullName(ref.doc, m[1]!);
			if (f) last = m[1]!;
		}
		if (last) return shortOf(ref.doc, last);
		return undefined;
	}
	if (/^(this|these|that|those|such)\s/.test(lower)) return undefined;
	if (
		/^(they|it|this|these|those|that|the pair|the two|both|both leaders|the two leaders|the latter|the former|the deal|the plan|the paper|the comments|the agreements|the country|the move)$/.test(
			lower
		)
	)
		return undefined;
	return s;
}

/** Use the short name for the main person's mentions ("Xi"), the full name otherwise. */
export function shortOf(ctx: DocContext, mention: string): string {
	const f = fullName(ctx, mention);
	if (!f) return mention;
	return mention;
}

/** The year of the nearest earlier explicit date in the paragraph (for "on 7 November"). */
export function contextYear(ref: SentenceRef, uptoText: string): number | undefined {
	const candidates = [
		ref.text.slice(0, Math.max(0, ref.text.indexOf(uptoText))),
		...previousInParagraph(ref)
			.reverse()
			.map((p) => p.text)
	];
	for (const c of candidates) {
		const years = [
			...new Set([...c.matchAll(/\b(1[6-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1])))
		];
		if (years.length === 1) return years[0];
		if (years.length > 1) return undefined;
	}
	return undefined;
}

/**
 * A definite description named in full: "the movement" → "the nonaligned movement", "the
 * conference" → "the Bandung Conference", from the nearest earlier mention with more words (the
 * passage before the sentence, then the title). A phrase with words of its own ("the Bandung
 * Conference", "Japan") is returned as it is; a bare one with nothing to name it, undefined.
 */
export function resolveDefinite(
	ref: SentenceRef,
	phrase: string,
	{ proper: properOnly = false } = {}
): string | undefined {
	const p = phrase.trim();
	const bare = /^the\s+([a-z][\w-]*)$/i.exec(p);
	if (!bare) return /^(the\s+)?(it|this|that|these|those|they)\b/i.test(p) ? undefined : p;
	const word = bare[1] as string;
	// The head in either case ("conference" names "the Bandung Conference"); no i flag, which
	// would let \p{Lu} match lower case too. A text calls one treaty a pact, an agreement and a
	// treaty in turn, so those name each other (the last one named before).
	const caseless = (w: string) =>
		`[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRe(w.slice(1))}`;
	const head =
		properOnly && AGREEMENT_WORDS.includes(word.toLowerCase())
			? `(?:${AGREEMENT_WORDS.map(caseless).join('|')})`
			: caseless(word);
	const before = ref.doc.text.slice(0, ref.sentence.start);
	const mention = new RegExp(
		`\\b((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}${head}${properOnly ? '' : `|(?:[a-z][\\w-]*\\s+)${head}`})\\b`,
		'gu'
	);
	const named = (text: string) =>
		[...text.matchAll(mention)]
			// "The Kellogg-Briand Pact" opening a sentence is the pact's name with its article.
			.map((m) => (m[1] as string).trim().replace(/^(?:The|A|An)\s+(?=\p{Lu})/u, ''))
			.filter((n) => !/^(the|a|an|this|that|its|their|his|her|of|in|on)\s/i.test(n))
			.at(-1);
	const found = named(before) ?? named(ref.doc.parsed.title);
	if (!found) return undefined;
	const proper = /^\p{Lu}/u.test(found);
	return `the ${proper ? found : found.toLowerCase()}`;
}

/** "China and Russia" when a text names exactly two countries (by name or demonym), in order. */
function countriesNamedIn(text: string): string | undefined {
	const found: string[] = [];
	for (const m of text.matchAll(/\b(?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?/gu)) {
		const country = countryOf(m[0]) ?? countryOfDemonym(m[0].split(' ')[0]!);
		if (country && !found.includes(country)) found.push(country);
	}
	return found.length === 2 ? `${found[0]} and ${found[1]}` : undefined;
}

/**
 * "Xi Jinping's visit to Vietnam in April 2025": the last visit the paragraph tells of before
 * the sentence ("In April 2025, Xi Jinping visited Vietnam"), with its date when it gives one.
 */
function lastVisit(ref: SentenceRef): string | undefined {
	const visit = new RegExp(
		`^(?:(?:In|On) ([^,]{3,30}), )?(${NAME}) (?:visited|paid a (?:state )?visit to|travel(?:l)?ed to) ((?:the )?\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,2})`,
		'u'
	);
	for (const prior of previousInParagraph(ref).reverse()) {
		const m = visit.exec(prior.text);
		if (!m || !countryOf(m[3]!)) continue;
		const who = shortOf(ref.doc, m[2]!);
		return `${who}'s visit to ${m[3]}${m[1] ? ` in ${m[1]}` : ''}`;
	}
	return undefined;
}

/** Words a text uses in turn for one treaty. */
const AGREEMENT_WORDS = ['pact', 'agreement', 'treaty', 'accord', 'accords'];

/** Definite descriptions a sentence may lean on: "the pact", "the Act", "the conference". */
const DEFINITE =
	/\bthe (pact|agreement|treaty|accords?|act|conference|summit|doctrine|declaration|charter|movement|plan|proposal|deal|issue|move|decision|matter|measure|meeting|talks|negotiations)\b/gi;

/** Of those, the ones no reader can place without the passage ("the deal" of which two?). */
const LEANING = /^(pact|agreement|issue|deal|move|plan|proposal|decision|matter|measure)$/i;

/**
 * A sentence's statement with its definite descriptions named in full where the passage names
 * them ("the pact" → "the Kellogg-Briand Pact"), so it reads on its own; undefined when one
 * that only the passage explains cannot be named.
 */
export function nameDefinites(ref: SentenceRef, statement: string): string | undefined {
	let failed = false;
	// "Russian President Putin remarked that the two nations …, on the eve of a visit by Chinese
	// leader Xi": the two countries the sentence itself names.
	statement = statement.replace(
		/\b(?:[Tt]he two|[Bb]oth) (?:nations|countries)\b/g,
		(phrase) => countriesNamedIn(ref.text.replace(phrase, '')) ?? phrase
	);
	// "During the visit, …" after "In April 2025, Xi Jinping visited Vietnam": which visit.
	statement = statement.replace(/\bthe (?:visit|trip)\b/g, (phrase, at: number, all: string) =>
		definedAfter(all.slice(at + phrase.length)) ? phrase : (lastVisit(ref) ?? phrase)
	);
	// "The pair met 40 times": the last two people the paragraph names.
	statement = statement.replace(
		/\b([Tt]he pair|[Tt]he two leaders|[Bb]oth leaders)\b/g,
		(phrase) => {
			const pair = lastPeople(ref);
			if (!pair) return phrase;
			return pair;
		}
	);
	const named = statement.replace(DEFINITE, (phrase, word: string, at: number) => {
		// Only a proper name names it for sure ("the peace pact" is no better than "the pact").
		const full = resolveDefinite(ref, `the ${word}`, { proper: true });
		if (full && full.toLowerCase() !== phrase.toLowerCase()) return full;
		if (LEANING.test(word) && !definedAfter(statement.slice(at + phrase.length))) failed = true;
		return phrase;
	});
	return failed ? undefined : named;
}
