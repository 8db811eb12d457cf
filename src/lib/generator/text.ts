// Text helpers shared by the parser and the extractors: sentence splitting, quotations,
// extraction damage, display cleaning, slugs and hashes. General English only: no facts.

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof st jr sr vs etc e.g i.e no gen col lt sgt capt gov sen rep inc ltd co corp ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec approx ca cf al fig mt ft pp vol ed eds rev'
	).split(' ')
);

/** Capitalised words that usually open a sentence; after "U.S." they mark a new sentence. */
const SENTENCE_STARTERS = new Set(
	(
		'a an the on in at by for from to this that these those it its he she they we i his her their ' +
		'however during since after before when while although though both but and yet so then there ' +
		'as under over among despite following meanwhile moreover furthermore also thus therefore ' +
		'one two three some many most such each every all no other later earlier'
	).split(' ')
);

/** After "U.S.": a capitalised subject and a finite verb within a few words open a sentence. */
/** Words that go on the name of a country's institution ("the U.S. Senate"). */
const INSTITUTIONS =
	/^(senate|congress|president|government|army|navy|department|house|embassy|supreme|secretary|security|council|air|forces|administration|military|ambassador|delegation|treasury|state|general|assembly)$/;

const NEW_CLAUSE =
	/^\s+[A-Z][\w-]*(?:\s+(?:and|the|[A-Z][\w.-]*)){0,4}\s+(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|said|met|became|took|made|signed)\b/;

export interface Span {
	text: string;
	/** Offset of text[0] in the containing document. */
	start: number;
	end: number;
}

function isOpenQuoteAt(text: string, i: number): boolean {
	let straight = 0;
	let curly = 0;
	for (let k = 0; k < i; k++) {
		const c = text[k];
		if (c === '"') straight++;
		else if (c === '\u201c') curly++;
		else if (c === '\u201d') curly = Math.max(0, curly - 1);
	}
	return straight % 2 === 1 || curly > 0;
}

function wordBefore(text: string, i: number): string {
	let k = i;
	while (k > 0 && /[A-Za-z.\u00C0-\u024F]/.test(text[k - 1] ?? '')) k--;
	return text.slice(k, i);
}

/**
 * Split a paragraph into sentences. Offsets are relative to `base` (the paragraph's offset).
 * A period inside an open quotation does not end the sentence (multi-sentence quotes stay
 * whole), unless the quotation marks are unbalanced.
 */
export function splitSentences(paragraph: string, base = 0): Span[] {
	const spans: Span[] = [];
	const quotesBalanced = (paragraph.match(/"/g) ?? []).length % 2 === 0;
	let start = 0;
	const re = /[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(]?[A-Z0-9\u00C0-\u00DE])/g;
	let m: RegExpExecArray | null;
	const push = (from: number, to: number) => {
		const raw = paragraph.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		const text = raw.trim();
		if (text)
			spans.push({ text, start: base + from + lead, end: base + from + lead + text.length });
	};
	while ((m = re.exec(paragraph))) {
		const punctEnd = m.index + m[0].length;
		const closing = /["\u201d]$/.test(m[0]);
		if (!closing && quotesBalanced && isOpenQuoteAt(paragraph, m.index)) continue;
		if (m[0][0] === '.') {
			const w = wordBefore(paragraph, m.index);
			const lower = w.toLowerCase().replace(/\.$/, '');
			if (ABBREVIATIONS.has(lower)) continue;
			if (/^[A-Z]$/.test(w)) continue; // an initial: "J. Smith"
			if (/^([A-Za-z]\.)+[A-Za-z]$/.test(w)) {
				// a dotted acronym such as "U.S." ends a sentence only before a typical opener
				const after = paragraph.slice(punctEnd);
				const next = /^\s+["'\u201c]?([A-Za-z]+)/.exec(after);
				const starter = next && SENTENCE_STARTERS.has((next[1] ?? '').toLowerCase());
				// "The U.S. Senate ratified …": after "the", an acronym before an institution is
				// the start of its name, not the end of a sentence.
				const named =
					/\bthe\s+$/i.test(paragraph.slice(0, m.index - w.length)) &&
					INSTITUTIONS.test((next?.[1] ?? '').toLowerCase());
				// "President George H.W. Bush": initials after a first name go on to the surname.
				const initials = /\b[A-Z][a-z]+\s+$/.test(paragraph.slice(0, m.index - w.length));
				if (!starter && (named || initials || !NEW_CLAUSE.test(after))) continue;
			}
		}
		push(start, punctEnd);
		start = punctEnd;
	}
	push(start, paragraph.length);
	return spans;
}

export interface Quote {
	/** The quoted words, without the quotation marks. */
	text: string;
	/** Offsets of the opening and closing quotation marks within the sentence. */
	open: number;
	close: number;
}

/** Double-quoted passages of a sentence ("…" or “…”), in order. */
export function findQuotes(sentence: string): Quote[] {
	const out: Quote[] = [];
	const re = /"([^"]*)"|\u201c([^\u201d]*)\u201d/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(sentence))) {
		out.push({ text: m[1] ?? m[2] ?? '', open: m.index, close: m.index + m[0].length - 1 });
	}
	return out;
}

/** Markup left by extraction: TeX super/subscripts, wiki templates and links, HTML tags. */
const MARKUP = /\^\{[^}]*\}|_\{[^}]*\}|\{\{|\}\}|\[\[|\]\]|<\/?[a-z][^>]*>|\\[a-z]+\{/;
/** A single lower-case letter in brackets: an editorial case change such as "[j]ust". */
const CASE_BRACKET = /\[([a-z])\](?=[a-z])/;

/**
 * Fatal damage: a term lost between empty quotation marks, a sentence that introduces a
 * quotation that is missing (it ends with a colon), or unbalanced quotation marks.
 * Such a sentence yields no card.
 */
export function isBroken(sentence: string): boolean {
	if (/""|\u201c\s*\u201d/.test(sentence)) return true;
	if (/:\s*$/.test(sentence)) return true;
	if ((sentence.match(/"/g) ?? []).length % 2 === 1) return true;
	return false;
}

/** Cosmetic damage: markup that can be rendered away (km^{2}, [j]ust). */
export function hasMarkup(text: string): boolean {
	return MARKUP.test(text) || CASE_BRACKET.test(text);
}

const SUPERSCRIPT: Record<string, string> = {
	'0': '\u2070',
	'1': '\u00b9',
	'2': '\u00b2',
	'3': '\u00b3',
	'4': '\u2074',
	'5': '\u2075',
	'6': '\u2076',
	'7': '\u2077',
	'8': '\u2078',
	'9': '\u2079',
	'-': '\u207b'
};

/**
 * Reference markers and editorial notes of encyclopedic text: "[1]", "[12][13]", "[a]",
 * "[note 3]", "[citation needed]", "[clarification needed]", "[when?]", "[dubious – discuss]".
 * A bracketed word inside a quotation ("[China and the United States]") is an editor's
 * insertion that completes the sentence, and stays.
 */
const REFERENCE_MARKERS =
	/\[(?:\d{1,3}|[a-z]|note \d+|nb \d+|[a-z ]*needed|when\?|who\?|which\?|by whom\?|dubious[^\]]{0,20}|according to whom\?|clarification needed|failed verification|not in citation given|page needed|better source needed|self-published source\??)\](?![a-z])/gi;

/** Render text for a card: markup becomes plain text, whitespace is normalised. */
export function clean(text: string): string {
	return text
		.replace(/\^\{([-0-9]+)\}/g, (_, d: string) =>
			d
				.split('')
				.map((c) => SUPERSCRIPT[c] ?? c)
				.join('')
		)
		.replace(/\^\{([^}]*)\}/g, '^$1')
		.replace(/_\{([^}]*)\}/g, '$1')
		.replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1')
		.replace(/\{\{[^}]*\}\}/g, '')
		.replace(/<\/?[a-z][^>]*>/g, '')
		.replace(
			/(^|["\u201c]\s*)\[([a-z])\](?=[a-z])/g,
			(_, pre: string, c: string) => pre + c.toUpperCase()
		)
		.replace(/\[([a-z])\](?=[a-z])/g, '$1')
		.replace(REFERENCE_MARKERS, '')
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:!?])/g, '$1')
		.trim();
}

/**
 * A verbatim excerpt free of markup: the longer run of the sentence before or after the first
 * markup, provided it still contains every string in `must` (the fact the card asks about).
 */
export function cleanExcerpt(sentence: string, must: string[] = []): string {
	const m = MARKUP.exec(sentence);
	if (!m) return sentence;
	const before = sentence.slice(0, m.index).trimEnd();
	const after = sentence.slice(m.index + m[0].length).replace(/^[\s,;]+/, '');
	const has = (s: string) => must.every((w) => s.includes(w));
	if (has(before) && before.length > 20) return before;
	if (has(after) && after.length > 20) return after;
	return sentence;
}

// ---------------------------------------------------------------------------------------------
// ids

export const STOP_WORDS = new Set(
	(
		'a an the of in on at to for from by with and or but is are was were be been being has have had ' +
		'do does did what which who whom whose when where why how that this these those it its as than ' +
		'into about his her their he she they we our your not no'
	).split(' ')
);

export function slugify(text: string, maxWords = 6, maxLen = 48): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['\u2019]s\b/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter((w) => w && !STOP_WORDS.has(w));
	let out = '';
	for (const w of words.slice(0, maxWords)) {
		const next = out ? `${out}-${w}` : w;
		if (next.length > maxLen) break;
		out = next;
	}
	return out;
}

/** FNV-1a 32-bit hash in base 36: short and stable. */
export function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36).padStart(7, '0');
}

/** Normalise a fact for hashing and comparison: case, accents, quotes, spacing do not matter. */
export function normalise(text: string): string {
	return clean(text)
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Strip outer punctuation and quotation marks from an answer. */
export function trimAnswer(s: string): string {
	return s
		.replace(/^[\s,;:."'\u201c\u201d]+/, '')
		.replace(/[\s,;:."'\u201c\u201d]+$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export function wordCount(s: string): number {
	return s.split(/\s+/).filter(Boolean).length;
}
