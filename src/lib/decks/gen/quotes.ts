// Quote cards: a quotation with an identifiable speaker, asked both ways.
// Attribution follows the grammar of the sentence: "X said …", "…, he told …", "According to X".
// A phrase the text merely puts in quotation marks, with no speech verb, is nobody's quote.
import type { Card } from '../schema';
import { type DocContext, type Sentence, finishCard, fullName } from './context';
import { cleanMarkup, findQuotations, wordCount } from './text';

const SPEECH_VERBS =
	'said|says|stated|states|told|tells|remarked|remarks|writes|wrote|added|adding|saying|declared|declares|argued|argues|warned|warns|insisted|noted|notes|stressed|asserted|explained|announced|replied|responded|wrote|commented';

const NAME = "(?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
/** "Xi said", "Academic Suisheng Zhao writes that", "he told the conference". */
const SPEAKER_BEFORE = new RegExp(
	`(${NAME}|\\b[Hh]e|\\b[Ss]he)(?:\\s+(?:also|then|later|has|had|further|additionally|once|reportedly))*\\s+(?:${SPEECH_VERBS})\\b`,
	'gu'
);
const MIN_WORDS = 4;

export interface Attribution {
	speaker: string;
	quote: string;
}

/** Title words that open a speaker's name but are not part of it. */
const LEADING_TITLE = /^(?:(?:According|During|Speaking|In|On|At|The|A|Academic|President|Prime|Minister|Leader|Chairman|General|Secretary|Professor|Dr\.?)\s+)+/u;

function speakerName(ctx: DocContext, raw: string, person: string | null): string | null {
	if (/^(he|she)$/i.test(raw)) return person;
	const name = raw
		.replace(/^\p{Lu}[a-z]+ing\s+/u, '')
		.replace(LEADING_TITLE, '')
		.trim();
	if (/^\p{Lu}[a-z]+ing$/u.test(name)) return person;
	if (!name || !/^\p{Lu}/u.test(name)) return null;
	return fullName(ctx, name);
}

/** Quotations in a sentence with the speaker the sentence gives them. */
export function attributeQuotes(
	ctx: DocContext,
	sentence: string,
	person: string | null
): Attribution[] {
	const found: Attribution[] = [];
	for (const q of findQuotations(sentence)) {
		if (wordCount(q.text) < MIN_WORDS) continue;
		const before = sentence.slice(0, q.open);
		const after = sentence.slice(q.close);
		// A short quoted term used as a modifier ("a "one country, two systems" approach").
		if (wordCount(q.text) < 6 && /^\s+[a-z]/.test(after) && !/^\s+(against|which|that|he|she)\b/.test(after))
			continue;
		let speaker: string | null = null;
		// "…", he told the conference.
		const trailing = new RegExp(`^[,.]?\\s*(${NAME}|he|she)\\s+(?:${SPEECH_VERBS})\\b`, 'u').exec(
			after
		);
		if (trailing && /[,.]$/.test(q.text.trim() + (after[0] ?? ''))) {
			speaker = speakerName(ctx, trailing[1] ?? '', person);
		}
		if (!speaker) {
			const according = /According to ((?:\p{Lu}[\p{L}'’-]*\s?){1,3}),/u.exec(before);
			const verbs = [...before.matchAll(SPEAKER_BEFORE)];
			const last = verbs.at(-1);
			// The speech verb must govern the quotation: nothing but "that", a colon or
			// a short complement stands between them.
			if (last) {
				const between = before.slice((last.index ?? 0) + last[0].length);
				if (wordCount(between) <= 14 && !/[.;]/.test(between)) {
					speaker = speakerName(ctx, last[1] ?? '', person);
				}
			}
			// "…, saying: "…"" / "…, adding "…"": the speaker is the sentence's subject.
			const participle = /\b(saying|adding|stating|declaring|writing|noting|warning)\b(?:\s+that)?[\s:,]*$/.exec(before);
			if (!speaker && participle) speaker = subjectNames(ctx, before, person);
			// "…, and said China was "…"": the same subject speaks again.
			if (!speaker && /\band (?:also )?(?:said|stated)\b[^."]{0,60}$/.test(before))
				speaker = subjectNames(ctx, before, person);
			if (!speaker && according && wordCount(before.slice(according.index)) <= 14) {
				speaker = speakerName(ctx, according[1] ?? '', person);
			}
		}
		if (speaker) found.push({ speaker, quote: q.text });
	}
	return found;
}

/** Words that are capitalised but do not name a person. */
const NOT_PERSON = /^(During|In|On|At|After|Before|Under|The|A|An|This|That|Both|Chinese|Russian|American|Ukrainian|CCP|CPV|President|Prime|Minister|Leader|Academic)$/;

/** The people named as the subject of a sentence: "A and B …ed", "X has …". */
function subjectNames(ctx: DocContext, text: string, person: string | null): string | null {
	const verb = /\s(?:has|have|had|[a-z]+ed|met|said|told|gave|took|made)\s/.exec(text);
	const head = verb ? text.slice(0, verb.index) : text;
	if (/^(he|she)$/i.test(head.trim().split(/\s+/).at(-1) ?? '')) return person;
	const names: string[] = [];
	for (const m of head.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
		const words = m[0].split(/\s+/).filter((w) => !NOT_PERSON.test(w));
		if (words.length === 0 || /ian$|ese$/.test(words[0] ?? '')) continue;
		const name = fullName(ctx, words.join(' '));
		if (name.includes(' ') && ctx.names.includes(name)) names.push(name);
	}
	if (names.length === 0 || names.length > 2) return null;
	return names.join(' and ');
}

/** Splits a quotation for a completion card: shown words and the missing end. */
export function splitForCompletion(quote: string): { shown: string; missing: string } | null {
	const clean = cleanMarkup(quote).trim();
	// A long quotation: keep only its first sentence.
	const first = /^(.{30,}?[.!?])\s+\p{Lu}/u.exec(clean)?.[1] ?? clean;
	const words = first.replace(/[.,;:!?]+$/, '').split(/\s+/);
	if (words.length < MIN_WORDS) return null;
	const missingCount = Math.min(5, Math.max(2, Math.ceil(words.length / 3)));
	const shown = words.slice(0, words.length - missingCount).join(' ');
	const missing = words.slice(words.length - missingCount).join(' ');
	return { shown, missing: missing.replace(/^['‘]|['’]$/g, '') };
}

function shortQuote(quote: string): string {
	const clean = cleanMarkup(quote).trim().replace(/[,;:]$/, '');
	const display = clean.charAt(0).toUpperCase() + clean.slice(1);
	const words = display.split(/\s+/);
	return words.length > 40 ? words.slice(0, 30).join(' ') + ' …' : display;
}

export function extractQuotes(ctx: DocContext, subjectOf: (s: Sentence) => string | null): Card[] {
	const cards: Card[] = [];
	let person: string | null = null;
	let section = '';
	for (const sentence of ctx.sentences) {
		if (sentence.section !== section || !sentence.previous) person = null;
		section = sentence.section;
		if (!sentence.damage) {
			for (const { speaker, quote } of attributeQuotes(ctx, sentence.text, person)) {
				if (/""/.test(quote)) continue;
				const sibling = `quote-${speaker}-${quote.slice(0, 40)}`.toLowerCase();
				const shown = shortQuote(quote);
				cards.push(
					finishCard('quotes', sentence, {
						kind: 'quote-speaker',
						prompt: `Who said: "${shown}"?`,
						answer: speaker,
						speaker,
						quote: cleanMarkup(quote).trim(),
						sibling,
						idWords: `who ${quote}`
					})
				);
				const parts = splitForCompletion(quote);
				if (parts) {
					cards.push(
						finishCard('quotes', sentence, {
							kind: 'quote-completion',
							prompt: `Complete the words of ${speaker}: "${parts.shown} …"`,
							answer: parts.missing,
							speaker,
							quote: cleanMarkup(quote).trim(),
							sibling,
							idWords: `complete ${quote}`
						})
					);
				}
			}
		}
		person = subjectOf(sentence) ?? person;
	}
	return cards;
}
