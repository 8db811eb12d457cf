// What every extractor sees: each sentence with its section, neighbours and the names
// the document uses, so a short name ("Putin") can be expanded to the full one.
import type { Card } from '../schema';
import { parseDocument } from './document';
import { isCountry } from './places';
import { cardId, damageIn, slugify } from './text';

export interface SourceDoc {
	name: string;
	text: string;
}

export interface Sentence {
	doc: string;
	/** Heading of the section ("" for the lead). */
	section: string;
	path: string[];
	text: string;
	/** Previous sentence of the same paragraph, if any. */
	previous: string | undefined;
	/** Next sentence of the same paragraph, if any. */
	next: string | undefined;
	/** Why the sentence cannot be shown, or null. */
	damage: string | null;
}

export interface DocContext {
	doc: SourceDoc;
	title: string;
	sentences: Sentence[];
	/** Full personal names found in the document, most frequent first. */
	names: string[];
}

export function buildContext(doc: SourceDoc): DocContext {
	const parsed = parseDocument(doc.text);
	const sentences: Sentence[] = [];
	for (const section of parsed.sections) {
		for (const paragraph of section.paragraphs) {
			paragraph.sentences.forEach((s, i) => {
				sentences.push({
					doc: doc.name,
					section: section.title,
					path: section.path,
					text: s.text,
					previous: paragraph.sentences[i - 1]?.text,
					next: paragraph.sentences[i + 1]?.text,
					damage: damageIn(s.text)
				});
			});
		}
	}
	return { doc, title: parsed.title, sentences, names: personalNames(doc.text) };
}

/** Capitalised words that start sentences or phrases rather than names. */
const NOT_NAME_WORDS = new Set(
	'One The A An In On At During After Before Since By Under From And Or But Of For To With As This That These Those It He She They We His Her Its Their Both Each Chinese Russian American President Prime Minister General Secretary Academic Leader Chairman Premier Deputy Foreign King Queen Emperor Pope Senator Governor Mayor Ambassador Professor Dr Mr Mrs Ms Sir Lord Lady Saint Council Forum Party Republic National Congress Day Parade Union Nations Office Agreement Olympics Zone Trap Dream Initiative Institution Committee House Court University School Times News Relations War Sea Strait Islands Reef Gulf Summit Consensus Principle Thought Diplomacy'.split(
		' '
	)
);

function personalNames(text: string): string[] {
	const counts = new Map<string, number>();
	const pattern = /\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}\b/gu;
	for (const match of text.matchAll(pattern)) {
		const words = match[0].split(/\s+/);
		while (words.length && NOT_NAME_WORDS.has(words[0] ?? '')) words.shift();
		if (words.length < 2 || words.some((w) => NOT_NAME_WORDS.has(w))) continue;
		const name = words.join(' ');
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	return [...counts.entries()]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([name]) => name);
}

const TITLE_WORDS =
	/^(?:(?:[A-Z][a-z]+ian|[A-Z][a-z]+ese|[A-Z][a-z]+ish|American|French|Chinese|Russian|Vietnamese|Canadian|Ukrainian|Iranian|Japanese|Korean|Indian|Israeli|Greek|Thai|Dutch|Swiss|former|then|current|the|late)\s+)*(?:(?:President|Prime Minister|Deputy Prime Minister|Foreign Minister|Minister|Chancellor|Premier|Chairman|Secretary|General Secretary|general secretary|Leader|leader|president|prime minister|Academic|academic|Professor|professor|political scientist|scholar|historian|economist|analyst|journalist|King|Queen|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|CCP|CPV|[A-Z]{2,5})\s+)+/;

/** "Academic Suisheng Zhao" → "Suisheng Zhao"; "Xi" → "Xi Jinping" when the document has it. */
export function fullName(ctx: DocContext, raw: string): string {
	const name = raw
		.trim()
		.replace(/['’]s$/, '')
		.replace(TITLE_WORDS, '')
		.trim();
	if (name.includes(' ') || isCountry(name)) return name;
	const match = ctx.names.find((n) => {
		const parts = n.split(' ');
		return parts[0] === name || parts.at(-1) === name;
	});
	return match ?? name;
}

/** A card without its id, plus the words and fact its id is derived from. */
export type CardDraft = Omit<Card, 'id' | 'source'> & { idWords: string };

/** Finishes a draft: stable id, tags and a verbatim source. */
export function finishCard(prefix: string, sentence: Sentence, draft: CardDraft, excerpt?: string): Card {
	const { idWords, ...rest } = draft;
	const tags = new Set(rest.tags ?? []);
	for (const heading of sentence.path) {
		const slug = slugify(heading.replace(/\(([^)]+)\)/, ' $1 ').split(/\s*\(/)[0] ?? '', 4);
		if (slug && heading !== 'Overview') tags.add(slug);
	}
	const parenthetical = /\(([^)]+)\)/.exec(sentence.section)?.[1];
	if (parenthetical) tags.add(slugify(parenthetical, 3));
	if (rest.when) tags.add(rest.when.slice(0, 4));
	const card: Card = {
		id: cardId(prefix, idWords, `${rest.kind}|${rest.answer}|${idWords}|${excerpt ?? sentence.text}`),
		...rest,
		source: { doc: sentence.doc, section: sentence.section, excerpt: excerpt ?? sentence.text }
	};
	const tagList = [...tags].filter((t) => /^[a-z0-9][a-z0-9-]{0,59}$/.test(t)).sort();
	if (tagList.length) card.tags = tagList;
	else delete card.tags;
	return card;
}

/** Section words a prompt should mention so it makes sense on its own. */
export function sectionContext(sentence: Sentence, prompt: string): string {
	const section = sentence.section;
	if (!section || /^overview$/i.test(section)) return prompt;
	const words = section
		.replace(/[()]/g, ' ')
		.split(/\s+/)
		.filter((w) => w.length >= 4 && !/^(Republic|China|Chinese|People's)$/.test(w));
	if (words.length === 0 || words.some((w) => prompt.includes(w))) return prompt;
	const label = /\(([^)]+)\)/.exec(section)?.[1] ?? section;
	return `${label}: ${prompt}`;
}
