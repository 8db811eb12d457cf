// List cards: numbered lists with a name ("the Five Nos: (1) … (2) …"), each item as its own
// card plus one card for the whole list; and enumerations ("rejected by A, B, C and D").
import type { Draft } from '../card';
import { clauseOf, segment } from '../clauses';
import { resolveSubject, type SentenceRef } from '../context';
import {
	analyse,
	askObject,
	removePhrase,
	splitLead,
	subjectForm,
	tidy,
	trimRest,
	lemma,
	type Clause
} from '../grammar';
import { findQuotes, normalise, trimAnswer, wordCount } from '../text';
import { escapeRe } from '../english';
import { SMALL_NUMBERS } from '../../text/number-words';

/** A question must read on its own: not too long, no stray sentence start inside. */
function sane(q: string): boolean {
	if (wordCount(q) > 30) return false;
	if (/\b(they|it)\b/.test(q)) return false;
	if (/[a-z",]\s+(Under|The|In|On|At|This|It|However|During)\s/.test(q.slice(1))) return false;
	if (/\b(this|these|it|they)\b/i.test(q.split(' ').slice(1, 4).join(' '))) return false;
	return true;
}

function splitLeadSafe(text: string): { lead: string; body: string } {
	const m = /^(However|Moreover|Furthermore|Thus|Therefore|Instead|Also),\s+/.exec(text);
	return m ? { lead: m[1]!, body: text.slice(m[0].length) } : { lead: '', body: text };
}

const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth'
];

/** Items of a numbered list "(1) a, (2) b, and (3) c" in a sentence, with their offsets. */
export function numberedItems(text: string): { items: string[]; start: number } | undefined {
	const marks = [...text.matchAll(/\((\d{1,2})\)\s*/g)];
	if (marks.length < 2 || marks[0]![1] !== '1') return undefined;
	const items: string[] = [];
	for (let i = 0; i < marks.length; i++) {
		const m = marks[i]!;
		if (Number(m[1]) !== i + 1) return undefined;
		const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
		let item = text.slice(m.index + m[0].length, end);
		item = item.replace(/[,;]?\s*(and|or)?\s*$/, '').replace(/[.]$/, '');
		item = trimAnswer(item.replace(/^that\s+/, ''));
		if (!item) return undefined;
		items.push(item);
	}
	return { items, start: marks[0]!.index };
}

/** The clause that introduces a named list: "Xi emphasized the "Five Nos"". */
function introducer(ref: SentenceRef, at: number): Clause | undefined {
	const units = segment(ref.text);
	const ui = units.findIndex((u) => at >= u.start && at <= u.end);
	const c = ui >= 0 ? clauseOf(units, ui) : analyse(ref.text);
	if (!c) return undefined;
	const subject = resolveSubject(ref, c.subject);
	return subject ? { ...c, subject } : undefined;
}

export function extractLists(ref: SentenceRef): Draft[] {
	if (ref.sentence.broken) return [];
	const text = ref.text;
	const drafts: Draft[] = [];
	const numbered = numberedItems(text);
	if (numbered) {
		const before = text.slice(0, numbered.start);
		const names = findQuotes(before);
		const nameQ = names[names.length - 1];
		if (nameQ) {
			const name = nameQ.text.trim();
			const c = introducer(ref, nameQ.open);
			let context = '';
			if (c && c.verb) {
				const leadShort =
					c.lead && wordCount(c.lead) <= 10
						? ` ${c.lead.replace(/^(At|In|On|During)\b/, (m) => m.toLowerCase())}`
						: '';
				context = ` that ${c.subject} ${c.middle ? c.middle + ' ' : ''}${c.verb}${leadShort}`;
			}
			const items = numbered.items;
			const sibling = `list|${normalise(name)}`;
			drafts.push({
				deck: 'lists',
				kind: 'list',
				prompt:
					`What are the ${SMALL_NUMBERS[items.length] ?? items.length} points of the "${name}"${context}?`.replace(
						/ {2,}/g,
						' '
					),
				answer: items.map((it, i) => `(${i + 1}) ${it}`).join('; '),
				items,
				ref,
				key: `list|${name}`,
				sibling,
				tags: ['list']
			});
			items.forEach((item, i) => {
				drafts.push({
					deck: 'lists',
					kind: 'list-item',
					prompt: `What is the ${ORDINALS[i] ?? `${i + 1}th`} of the "${name}"${context}?`,
					answer: item,
					ref,
					key: `item|${name}|${i}`,
					sibling,
					tags: ['list']
				});
			});
		}
		return drafts;
	}
	drafts.push(...enumerations(ref));
	return drafts;
}

const ITEM = `(?:"[^"]{1,60}"|[\\p{L}\\d'\u2019-]+(?:\\s+[\\p{L}\\d'\u2019-]+){0,4})`;
const ENUMERATION = new RegExp(`${ITEM}(?:,\\s+${ITEM}){1,9},?\\s+(?:and|or)\\s+${ITEM}`, 'gu');

/** "A, B, C(,) and D" at top level: at least three short items. */
export function findEnumeration(
	text: string
): { items: string[]; start: number; end: number; raw: string } | undefined {
	// cheap test first: a list needs two commas, or a comma and an "and"/"or"
	if ((text.match(/,/g) ?? []).length < 1 || !/\s(and|or)\s/.test(text)) return undefined;
	const re = ENUMERATION;
	let best: RegExpExecArray | null = null;
	for (const m of text.matchAll(re)) if (!best || m[0].length > best[0].length) best = m;
	if (!best) return undefined;
	const raw = best[0];
	const parts = raw
		.split(/,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+(?=[^,]*$)/)
		.map((p) => trimAnswer(p));
	if (parts.length < 3 || parts.some((p) => !p || wordCount(p) > 5)) return undefined;
	return { items: parts, start: best.index, end: best.index + raw.length, raw };
}

const CONNECTORS =
	/\b(such as|including|include|of|on matters of|in|by|between|with increased|with)\s*$/;

function enumerations(ref: SentenceRef): Draft[] {
	const text = ref.text;
	const e = findEnumeration(text);
	if (!e) return [];
	// the first item may carry the words before it ("policy areas such as space")
	const before = text.slice(0, e.start);
	let items = e.items;
	let start = e.start;
	// "sectors, including A, B and C": the list starts after "including"
	const incl = items.findIndex((it, i) => i > 0 && /^(including|such as)\s/.test(it));
	if (incl > 0) {
		const at = text.indexOf(items[incl]!, e.start);
		items = [items[incl]!.replace(/^(including|such as)\s+/, ''), ...items.slice(incl + 1)];
		start = at + (/^including/.test(text.slice(at)) ? 10 : 8);
	}
	const first = items[0]!;
	const inner = /^(.*?\b(?:such as|including|include|of|by|with increased|with|like))\s+(.+)$/.exec(
		first
	);
	if (inner && (!CONNECTORS.test(before) || /such as|including/.test(inner[1]!))) {
		items = [inner[2]!, ...items.slice(1)];
		start = text.indexOf(inner[2]!, start);
	}
	if (items.length < 3) return [];
	// not a list: an appositive ("Bhutan, India's ally, and China"), verbs, cut-off items
	if (items.some((it) => /^[A-Z][\w]*'s [a-z]+$/.test(it) || /^[a-z]+ing\s/.test(it))) return [];
	const afterEnum = text.slice(e.end);
	if (/^\s+[\p{L}]/u.test(afterEnum) && wordCount(items[items.length - 1]!) >= 4) return [];
	const lead = text.slice(0, start);
	const conn = CONNECTORS.exec(lead);
	if (!conn) return [];
	// drop lists of adjectives that share a noun ("economic, political, and military influence")
	const adjectives = items.filter(
		(it) =>
			/^[a-z]+(al|ic|ical|ary|ive|ous|ian|ese|ish)$/.test(it.split(' ').pop() ?? '') ||
			/^[a-z]+(al|ic|ary|ive)\s/.test(it)
	).length;
	if (adjectives >= items.length / 2) return [];
	const head =
		/((?:[a-z-]+\s){0,2}[a-z-]+)\s+(?:such as|including)\s*$/.exec(lead)?.[1] ??
		/(?:the\s+)?((?:[a-z-]+\s){0,2}[a-z-]+s)\s+(?:of|on matters of)\s*$/.exec(lead)?.[1];
	const units = segment(text);
	const ui = units.findIndex((u) => start >= u.start && start <= u.end);
	const c0 = ui >= 0 ? clauseOf(units, ui) : analyse(text);
	if (!c0) return [];
	const subject = resolveThis(ref, c0.subject);
	if (!subject) return [];
	const c = { ...c0, subject };
	const enumText = text.slice(start, e.end);
	let prompt: string | undefined;
	const allNames = items.every((it) => /^(the\s+)?\p{Lu}/u.test(it));
	if (conn[1] === 'by' && allNames) {
		const rest = trimRest(removePhrase(c.rest, `by ${enumText}`));
		const which = `${SMALL_NUMBERS[items.length] ?? items.length} ${placeWord(ref, items)}`;
		// "was rejected by A, B and C" → "Which three countries rejected …?": a regular verb's
		// participle is its past, so the active question is as sure as the passive one.
		prompt =
			/^(?:was|were)$/.test(c.aux) && !c.middle && /^[a-z]+ed$/.test(c.verb)
				? `Which ${which} ${c.verb} ${subjectForm(c.subject)}${rest ? ` ${rest}` : ''}?`
				: askObject(c, `By which ${which}`, rest);
	} else if (head && (conn[1] === 'such as' || conn[1] === 'including')) {
		const phrase = new RegExp(
			`(?:the\\s+|a\\s+|an\\s+)?${escapeRe(head)}\\s+(?:such as|including|of|on matters of)\\s+${escapeRe(enumText)}`
		).exec(c.rest + ' ' + c.lead);
		if (phrase && c.rest.includes(phrase[0])) {
			const rest = trimRest(removePhrase(c.rest, phrase[0]));
			const prep = /\b(on|in|to|with|for|from|by|into|against)\s*$/.exec(
				c.rest.slice(0, c.rest.indexOf(phrase[0]))
			)?.[1];
			if (prep)
				prompt = askObject(
					c,
					`${prep[0]!.toUpperCase()}${prep.slice(1)} which ${head}`,
					rest.replace(new RegExp(`\\b${prep}\\s*$`), '')
				);
			else prompt = askObject(c, `Which ${head}`, rest);
		}
	} else if (conn[1] === 'with increased' || conn[1] === 'with') {
		// "grown stronger in practical terms, with increased trade, …" → "In what ways …"
		const rest = trimRest(
			c.rest
				.slice(0, Math.max(0, c.rest.indexOf(text.slice(conn.index, start).trim())))
				.replace(/,\s*$/, '')
		);
		if (rest) prompt = askObject(c, 'In what ways', rest);
	}
	if (prompt && !sane(prompt)) prompt = undefined;
	if (
		prompt &&
		items.some((it) => normalise(prompt!).includes(normalise(it)) && normalise(it).length > 3)
	)
		prompt = undefined;
	if (!prompt) {
		// "they include policy areas such as …" after a named term: "Which policy areas are included in "T"?"
		const term = findQuotes(text.slice(0, start)).pop();
		if (/\b(they|which|these)\s+include\s+[^,]*$/.test(lead) && term && head)
			prompt = `Which ${head.replace(/^include\s+/, '')} are included in the "${trimAnswer(term.text)}"?`;
	}
	if (!prompt) {
		// fallback: complete the list, in the clause's own words
		const unit = ui >= 0 ? units[ui]! : undefined;
		if (!unit) return [];
		let prefix = text.slice(unit.start, start).trim();
		const split = splitLead(splitLeadSafe(prefix).body);
		if (split.lead && text.indexOf(split.body, unit.start) > start) return [];
		prefix = split.body;
		if (c0.subject !== subject && prefix.startsWith(c0.subject))
			prefix = subject + prefix.slice(c0.subject.length);
		else if (unit.kind === 'coord' || unit.kind === 'part') prefix = `${subject} ${prefix}`;
		if (wordCount(prefix) > 25) {
			const parts = prefix.split(/\s+and\s+/);
			const last = parts[parts.length - 1] ?? '';
			const body = splitLead(last).body;
			if (parts.length > 1 && wordCount(body) >= 6 && analyse(body + ' x')) prefix = body;
			else return [];
		}
		if (wordCount(prefix) < 5 || /^(they|it|this|these|he|she)\b/i.test(prefix)) return [];
		prompt = `Complete the list: ${prefix[0]!.toUpperCase()}${prefix.slice(1)} …`;
	}
	return [
		{
			deck: 'lists',
			kind: 'list',
			prompt,
			answer: items.join(', '),
			items,
			ref,
			key: `enum|${items.join('|')}`,
			tags: ['list']
		}
	];
}

/** "this resolution" → "the UN Security Council resolution for a ceasefire in Gaza". */
export function resolveThis(ref: SentenceRef, subject: string): string | undefined {
	const m = /^(this|that|these|those)\s+([a-z-]+)$/i.exec(subject.trim());
	if (!m) return resolveSubject(ref, subject);
	const noun = m[2]!;
	const prev = ref.doc.sentences.slice(Math.max(0, ref.index - 2), ref.index).reverse();
	for (const p of prev) {
		const hit = new RegExp(
			`\\b(?:a|an|the|(?=\\d))\\s*((?:(?!(?:[a-z]+ed|signed|said|met)\\b)[\\w-]+\\s){0,4}${noun}(?:\\s+(?:for|of|on|in|to|with)\\s+(?:a\\s+|an\\s+|the\\s+)?[\\w-]+(?:\\s+(?:in|of|on)\\s+[\\w-]+)?)?)`,
			'i'
		).exec(p.text);
		if (hit && !/\b[a-z]+ed\s/.test(hit[1]!)) return `the ${hit[1]}`;
	}
	return undefined;
}

function placeWord(ref: SentenceRef, items: string[]): string {
	const topics = new Set(ref.doc.sentences.map((s) => s.topic).filter(Boolean));
	const known = items.filter(
		(it) =>
			topics.has(it) || /^(the\s+)?[A-Z]{2,3}$|^(the\s+)?U\.[SK]\.$/.test(it) || it === ref.doc.home
	).length;
	return known >= items.length / 2 ? 'countries' : 'parties';
}

void tidy;
void lemma;
