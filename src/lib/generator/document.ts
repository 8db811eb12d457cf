// Parse a plain-text document into title, sections, paragraphs and sentences, keeping the
// offsets so that every excerpt is a verbatim substring of the document.
import { clean, isBroken, splitSentences, type Span } from './text';

export interface Sentence extends Span {
	/** Index of the sentence in its paragraph. */
	index: number;
	/** A term lost in empty quotes, or a colon announcing a missing quotation. */
	broken: boolean;
}

export interface Paragraph extends Span {
	sentences: Sentence[];
	/** A bullet line ("- item"). */
	bullet: boolean;
}

export interface Section {
	/** Heading text ("" for the lead). */
	title: string;
	/** 0 for the lead, 2 for "== X ==", 3 for "=== Y ===" … */
	level: number;
	/** Titles of the enclosing sections and this one, outermost first. */
	path: string[];
	/** Offset of the heading line (or of the body, for the lead). */
	start: number;
	/** Offset where the body (after the heading line) begins. */
	bodyStart: number;
	/** End of the section's own body (the next heading of any level). */
	end: number;
	paragraphs: Paragraph[];
}

export interface ParsedDocument {
	/** The document title: a "= Title =" line, a headline line, or "". */
	title: string;
	/** When the title is a headline (a line of prose, not a "= Title =" heading): where it stands. */
	headline?: Span;
	sections: Section[];
	text: string;
}

const HEADING = /^(={1,6})\s*(.*?)\s*\1\s*$/;

/** Headings that never name a topic and whose bodies hold no prose worth asking about. */
export const NON_CONTENT_SECTIONS = new Set([
	'see also',
	'references',
	'notes',
	'external links',
	'further reading',
	'bibliography',
	'sources',
	'citations',
	'footnotes'
]);

export function parseDocument(text: string): ParsedDocument {
	const lines: { text: string; start: number }[] = [];
	let pos = 0;
	for (const line of text.split('\n')) {
		lines.push({ text: line.replace(/\r$/, ''), start: pos });
		pos += line.length + 1;
	}

	let title = '';
	let headline: Span | undefined;
	const sections: Section[] = [];
	let current: Section = {
		title: '',
		level: 0,
		path: [],
		start: 0,
		bodyStart: 0,
		end: text.length,
		paragraphs: []
	};
	sections.push(current);
	const stack: Section[] = [];
	let firstContent = true;

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const h = HEADING.exec(line.text.trim());
		if (h) {
			const level = h[1]!.length;
			const heading = (h[2] ?? '').trim();
			if (level === 1) {
				if (!title) title = heading;
				current.bodyStart = line.start + line.text.length + 1;
				firstContent = false;
				continue;
			}
			current.end = line.start;
			while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
			current = {
				title: heading,
				level,
				path: [...stack.map((s) => s.title), heading],
				start: line.start,
				bodyStart: line.start + line.text.length + 1,
				end: text.length,
				paragraphs: []
			};
			stack.push(current);
			sections.push(current);
			firstContent = false;
			continue;
		}
		const trimmed = line.text.trim();
		if (!trimmed) continue;
		// A headline: the first line, without closing punctuation, followed by a blank line.
		if (
			firstContent &&
			!title &&
			sections.length === 1 &&
			!/[.!?:"\u201d]$/.test(trimmed) &&
			trimmed.split(/\s+/).length <= 30 &&
			(lines[i + 1]?.text.trim() ?? '') === ''
		) {
			title = trimmed;
			const lead = line.text.length - line.text.trimStart().length;
			headline = {
				text: trimmed,
				start: line.start + lead,
				end: line.start + lead + trimmed.length
			};
			current.bodyStart = line.start + line.text.length + 1;
			firstContent = false;
			continue;
		}
		firstContent = false;
		const lead = line.text.length - line.text.trimStart().length;
		const start = line.start + lead;
		const bullet = /^[-*\u2022]\s+/.test(trimmed);
		const sentences = bullet
			? []
			: splitSentences(trimmed, start).map((s, index) => ({
					...s,
					index,
					broken: isBroken(s.text)
				}));
		current.paragraphs.push({
			text: trimmed,
			start,
			end: start + trimmed.length,
			sentences,
			bullet
		});
	}
	const parsed: ParsedDocument = {
		title,
		sections: sections.filter((s) => s.level === 0 || s.title),
		text
	};
	if (headline) parsed.headline = headline;
	return parsed;
}

/**
 * The full text of the section with this heading ("" for the lead): from the end of its heading
 * line to the next heading of the same or a higher level, subsections included. Undefined when
 * the document has no such section.
 */
export function findSection(docText: string, sectionTitle: string): string | undefined {
	const range = findSectionRange(docText, sectionTitle);
	return range ? docText.slice(range.start, range.end).trim() : undefined;
}

/** Offsets of a section's body (see findSection). */
export function findSectionRange(
	docText: string,
	sectionTitle: string
): { start: number; end: number } | undefined {
	const doc = parseDocument(docText);
	const idx = doc.sections.findIndex((s) => s.title === sectionTitle);
	if (idx < 0) return undefined;
	const sec = doc.sections[idx]!;
	let end = docText.length;
	for (const next of doc.sections.slice(idx + 1)) {
		if (sec.level === 0 || next.level <= sec.level) {
			end = next.start;
			break;
		}
	}
	return { start: sec.bodyStart, end };
}

/** The longest title a card's source may carry (the deck schema's limit). */
export const MAX_TITLE = 200;
/** An untitled document is called by its opening words, up to this length. */
const OPENING_MAX = 120;

/**
 * What to call a document where a card cites it: its title, or for an untitled one (a news
 * report without its headline, a pasted article) the opening words of its first sentence, which
 * a student recognises where a file name says nothing. "" when there is no prose at all.
 */
export function documentTitle(doc: ParsedDocument): string {
	const title = clean(doc.title);
	if (title) return clip(title, MAX_TITLE);
	const first = doc.sections
		.flatMap((s) => s.paragraphs)
		.find((p) => !p.bullet && p.sentences.length)?.sentences[0];
	if (!first) return '';
	const sentence = clean(first.text).replace(/[.!?]+$/, '');
	if (sentence.length <= OPENING_MAX) return sentence;
	// Cut at the end of the first clause when it is long enough to say what the text is about.
	const clause = /^.{40,}?(?=[,;:] |\s[\u2013\u2014] )/.exec(sentence.slice(0, OPENING_MAX))?.[0];
	return clause ? `${clause} \u2026` : clip(sentence, OPENING_MAX);
}

/** Text cut at a word boundary to at most `max` characters, ending in "…" when cut. */
function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 2);
	const at = cut.lastIndexOf(' ');
	return `${(at > 0 ? cut.slice(0, at) : cut).replace(/[\s,;:]+$/, '')} \u2026`;
}
