// Small text helpers shared by the document parser and the extractors.
// General English only: nothing here knows about any particular document.

export interface Span {
	text: string;
	/** Offset of the first character in the enclosing text. */
	start: number;
}

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

export const MONTH_PATTERN = MONTHS.join('|');

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'jr',
	'sr',
	'vs',
	'etc',
	'no',
	'inc',
	'ltd',
	'co',
	'gen',
	'col',
	'lt',
	'sen',
	'rep',
	'gov',
	'e.g',
	'i.e',
	'approx'
]);

/** Words that usually start a sentence; after "U.S." they mean the sentence did end. */
const SENTENCE_STARTERS = new Set(
	'On In At The This These That However During Since After Before He She It They We But And Although While When Under According Both Its His Her Their A An'.split(
		' '
	)
);

/**
 * Splits a paragraph into sentences, keeping offsets so excerpts stay verbatim.
 * A full stop inside a quotation does not end the sentence: a quoted passage of several
 * sentences belongs to the sentence that attributes it.
 */
export function splitSentences(paragraph: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	let inQuote = false;
	for (let i = 0; i < paragraph.length; i++) {
		const ch = paragraph[i];
		if (ch === '"') inQuote = !inQuote;
		else if (ch === '“') inQuote = true;
		else if (ch === '”') inQuote = false;
		if (ch !== '.' && ch !== '!' && ch !== '?') continue;
		const period = i;
		let end = i + 1;
		let quoted: boolean = inQuote;
		while (end < paragraph.length && /["”')\]]/.test(paragraph[end] ?? '')) {
			if (paragraph[end] === '"' || paragraph[end] === '”') quoted = paragraph[end] === '"' ? !quoted : false;
			end++;
		}
		inQuote = quoted;
		i = end - 1;
		if (quoted) continue;
		const after = paragraph.slice(end);
		const next = /^\s+(\S+)/.exec(after);
		if (!next) continue;
		const nextWord = next[1] ?? '';
		if (!/^["“'([]?[A-Z0-9]/.test(nextWord)) continue;
		if (ch === '.' && !endsSentence(paragraph.slice(start, period), nextWord)) continue;
		pushSpan(spans, paragraph, start, end);
		start = end;
	}
	pushSpan(spans, paragraph, start, paragraph.length);
	return spans;
}

function endsSentence(before: string, nextWord: string): boolean {
	const word = /(\S+)$/.exec(before)?.[1] ?? '';
	const bare = word.replace(/^["“'(]+/, '').toLowerCase();
	if (ABBREVIATIONS.has(bare)) return false;
	// Initials and dotted acronyms ("U.S.", "J."), unless a new sentence plainly starts.
	if (/^[a-z]$/.test(bare) || /^([a-z]\.)+[a-z]$/.test(bare)) {
		return SENTENCE_STARTERS.has(nextWord.replace(/[^A-Za-z]/g, ''));
	}
	return true;
}

function pushSpan(spans: Span[], text: string, from: number, to: number): void {
	const raw = text.slice(from, to);
	const lead = raw.length - raw.trimStart().length;
	const trimmed = raw.trim();
	if (trimmed) spans.push({ text: trimmed, start: from + lead });
}

export interface Quotation extends Span {
	/** Offset of the opening quotation mark within the enclosing text. */
	open: number;
	/** Offset just past the closing quotation mark. */
	close: number;
}

/** Double-quoted passages in a text (straight or curly quotes), in order. */
export function findQuotations(text: string): Quotation[] {
	const found: Quotation[] = [];
	const pattern = /"([^"]*)"|“([^”]*)”/g;
	for (const match of text.matchAll(pattern)) {
		const inner = match[1] ?? match[2] ?? '';
		const open = match.index;
		found.push({ text: inner, start: open + 1, open, close: open + match[0].length });
	}
	return found;
}

/**
 * Why a passage cannot be used at all (a lost term or a lost quotation), or null.
 * Markup such as "km^{2}" is not fatal: `cleanMarkup` renders it.
 */
export function damageIn(text: string): string | null {
	if (/""|“”/.test(text)) return 'empty quotation';
	if (/:\s*$/.test(text)) return 'missing quotation after a colon';
	const quotes = (text.match(/"/g) ?? []).length;
	if (quotes % 2 === 1) return 'unbalanced quotation marks';
	return null;
}

/** Markup or a bracketed letter that must never reach a card as written. */
export function markupIn(text: string): boolean {
	return /\^\{|\\[a-z]+\{|\{\{|\}\}|\[[a-zA-Z]\]/.test(text);
}

/**
 * Renders extraction markup as plain text: "km^{2}" → "km²", "[j]ust" → "just".
 * Editorial insertions of several words ("[China and the United States]") are kept.
 */
export function cleanMarkup(text: string): string {
	const superscripts: Record<string, string> = { '2': '²', '3': '³' };
	return text
		.replace(/\^\{(\d)\}/g, (_, d: string) => superscripts[d] ?? `^${d}`)
		.replace(/\[([a-zA-Z])\]/g, '$1');
}

/** Lower-case slug of the first few meaningful words. */
export function slugify(text: string, maxWords = 5): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.split(/[^a-z0-9]+/)
		.filter((w) => w && !SLUG_STOPWORDS.has(w));
	return words.slice(0, maxWords).join('-');
}

const SLUG_STOPWORDS = new Set(
	'a an the of in on at to for and or by with from as is was were be that this which who what when did does do how'.split(
		' '
	)
);

/** FNV-1a 32-bit hash in base 36: short, stable across runs and platforms. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}

/** Whitespace- and case-insensitive form used to compare facts. */
export function normalise(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A card id: deck prefix, readable slug and a hash of the normalised fact. */
export function cardId(prefix: string, words: string, fact: string): string {
	const slug = slugify(words).slice(0, 80).replace(/-+$/, '');
	return [prefix, slug, shortHash(normalise(fact))].filter(Boolean).join('-');
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** Trims surrounding punctuation and a leading "and"/"that" from a list item or answer. */
export function tidy(text: string): string {
	return text
		.trim()
		.replace(/^(and|or|that)\s+/i, '')
		.replace(/[\s,;:.]+$/, '')
		.replace(/,?\s+(and|or)$/, '')
		.replace(/^[\s,;:]+/, '')
		.trim();
}

/** Does the prompt give its answer away? */
export function revealsAnswer(prompt: string, answer: string): boolean {
	const a = normalise(answer).replace(/^(the|a|an)\s+/, '');
	if (a.length < 3) return false;
	return normalise(prompt).includes(a);
}

export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const k = key(item);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
