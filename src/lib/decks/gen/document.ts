// Parses a plain-text document (wiki-style "== Heading ==" markup or plain paragraphs)
// into sections, paragraphs and sentences, keeping offsets so excerpts stay verbatim.
import { splitSentences, type Span } from './text';

export interface Paragraph extends Span {
	sentences: Span[];
}

export interface Section {
	/** Heading text ("" for the lead before the first heading). */
	title: string;
	/** Headings from the outermost to this one, e.g. ["Americas", "Canada"]. */
	path: string[];
	level: number;
	paragraphs: Paragraph[];
}

export interface ParsedDocument {
	title: string;
	sections: Section[];
}

const HEADING = /^(=+)\s*(.*?)\s*\1\s*$/;

/** Headings of link lists rather than prose. */
const NON_PROSE = /^(see also|references|notes|further reading|external links|bibliography)$/i;

export function parseDocument(text: string): ParsedDocument {
	const lines = lineSpans(text);
	let title = '';
	let first = 0;
	const head = lines[0];
	const titleMatch = head ? HEADING.exec(head.text) : null;
	if (head && titleMatch && titleMatch[1] === '=') {
		title = titleMatch[2] ?? '';
		first = 1;
	} else if (head && isHeadline(head.text, lines[1])) {
		title = head.text.trim();
		first = 1;
	}
	const sections: Section[] = [{ title: '', path: [], level: 1, paragraphs: [] }];
	const path: { level: number; title: string }[] = [];
	let current = sections[0] as Section;
	let prose = true;
	for (const line of lines.slice(first)) {
		const heading = HEADING.exec(line.text);
		if (heading) {
			const level = (heading[1] ?? '').length;
			const headingTitle = heading[2] ?? '';
			while (path.length && (path.at(-1)?.level ?? 0) >= level) path.pop();
			path.push({ level, title: headingTitle });
			prose = !NON_PROSE.test(headingTitle);
			current = { title: headingTitle, path: path.map((p) => p.title), level, paragraphs: [] };
			sections.push(current);
			continue;
		}
		if (!prose || !line.text.trim() || /^\s*[-*•]\s/.test(line.text)) continue;
		const lead = line.text.length - line.text.trimStart().length;
		const body = line.text.trim();
		const start = line.start + lead;
		current.paragraphs.push({
			text: body,
			start,
			sentences: splitSentences(body).map((s) => ({ text: s.text, start: start + s.start }))
		});
	}
	return { title, sections: sections.filter((s) => s.paragraphs.length > 0) };
}

/** A first line with no closing full stop, followed by a blank line, is a headline. */
function isHeadline(line: string, next: Span | undefined): boolean {
	const trimmed = line.trim();
	return (
		trimmed.length > 0 &&
		trimmed.length < 200 &&
		!/[.!?:"”]$/.test(trimmed) &&
		(next === undefined || next.text.trim() === '')
	);
}

function lineSpans(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	for (const line of text.split('\n')) {
		spans.push({ text: line.replace(/\r$/, ''), start });
		start += line.length + 1;
	}
	return spans;
}

/**
 * The full text of a section's own paragraphs (its heading excluded), verbatim from the
 * document, so the UI can show an excerpt highlighted in its context. The lead is "".
 * Returns "" when there is no such section.
 */
export function findSection(docText: string, sectionTitle: string): string {
	const section = parseDocument(docText).sections.find((s) => s.title === sectionTitle);
	const first = section?.paragraphs[0];
	const last = section?.paragraphs.at(-1);
	if (!first || !last) return '';
	return docText.slice(first.start, last.start + last.text.length);
}
