// Date cards: every dated event, asked as "In which year did … ?" with a sortable ISO `when`.
import type { Card } from '../schema';
import { type DocContext, type Sentence, finishCard, fullName, sectionContext } from './context';
import { parseClause, toQuestion, trimTrailingClause } from './grammar';
import { MONTHS, MONTH_PATTERN, cleanMarkup, revealsAnswer } from './text';

export interface DateMention {
	/** The date as written ("12 March 2016"). */
	text: string;
	index: number;
	/** ISO form, as precise as the text. */
	when: string;
	precision: 'day' | 'month' | 'year';
	/** The word before the date ("in", "on", "since", "a"), lower-case. */
	prep: string;
}

const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:[–-]\\d{1,2})? (${MONTH_PATTERN}) ${YEAR}\\b`, 'g');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN}) (\\d{1,2}), ${YEAR}\\b`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:[–-]\\d{1,2})? (${MONTH_PATTERN})\\b(?!,? \\d{4})`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_PATTERN}) ${YEAR}\\b`, 'g');
const BARE_YEAR = new RegExp(`\\b${YEAR}\\b`, 'g');

/** Prepositions after which a bare year dates the event. */
const YEAR_PREPS = new Set(['in', 'on', 'since', 'starting in', 'starting from', 'by', 'during']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;

/** Years written in a sentence, used to resolve "on 7 November". */
function yearsIn(text: string): Set<string> {
	return new Set([...text.matchAll(BARE_YEAR)].map((m) => m[1] ?? ''));
}

function prepBefore(text: string, index: number): string {
	const before = text.slice(0, index).toLowerCase();
	const two = /(starting (?:in|from))\s+$/.exec(before);
	if (two) return two[1] ?? '';
	return /([a-z]+)\s+$/.exec(before)?.[1] ?? '';
}

/** Every date in a sentence, most precise first, without overlaps. */
export function findDates(text: string, previous?: string): DateMention[] {
	const found: DateMention[] = [];
	const taken: [number, number][] = [];
	const free = (i: number, len: number) => taken.every(([a, b]) => i + len <= a || i >= b);
	const add = (m: RegExpMatchArray, when: string, precision: DateMention['precision']) => {
		const index = m.index ?? 0;
		if (!free(index, m[0].length)) return;
		taken.push([index, index + m[0].length]);
		found.push({ text: m[0], index, when, precision, prep: prepBefore(text, index) });
	};
	for (const m of text.matchAll(DAY_MONTH_YEAR)) {
		add(m, `${m[3]}-${pad(monthNumber(m[2] ?? ''))}-${pad(Number(m[1]))}`, 'day');
	}
	for (const m of text.matchAll(MONTH_DAY_YEAR)) {
		add(m, `${m[3]}-${pad(monthNumber(m[1] ?? ''))}-${pad(Number(m[2]))}`, 'day');
	}
	for (const m of text.matchAll(DAY_MONTH)) {
		// A day without a year: resolve only when one year is unambiguous nearby.
		const here = yearsIn(text);
		const years = here.size ? here : yearsIn(previous ?? '');
		if (years.size !== 1) continue;
		const [year] = [...years];
		add(m, `${year}-${pad(monthNumber(m[2] ?? ''))}-${pad(Number(m[1]))}`, 'day');
	}
	for (const m of text.matchAll(MONTH_YEAR)) {
		add(m, `${m[2]}-${pad(monthNumber(m[1] ?? ''))}`, 'month');
	}
	for (const m of text.matchAll(BARE_YEAR)) {
		const index = m.index ?? 0;
		const after = text.slice(index + m[0].length);
		if (/^[–-]\d/.test(after) || /^\s+to\s+\d{4}/.test(after)) continue;
		add(m, m[1] ?? '', 'year');
	}
	return found.sort((a, b) => a.index - b.index);
}

/** "12 March 2016" / "March 2016" / "2016" from the ISO form. */
export function formatDate(when: string): string {
	const [year, month, day] = when.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (!monthName) return year ?? when;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

function questionWord(mention: DateMention): string {
	const unit =
		mention.precision === 'day'
			? 'what date'
			: mention.precision === 'month'
				? 'which month and year'
				: 'which year';
	if (mention.prep === 'since') return `Since ${unit}`;
	if (mention.prep === 'by' && mention.precision === 'day') return 'By what date';
	if (mention.prep.startsWith('starting')) return `Starting in ${unit}`;
	return mention.precision === 'day' ? 'On what date' : `In ${unit}`;
}

/** The sentence with the date (and its preposition) taken out. */
function withoutDate(text: string, mention: DateMention): string | null {
	const before = text.slice(0, mention.index);
	const after = text.slice(mention.index + mention.text.length);
	if (DETERMINERS.has(mention.prep)) {
		// "In a January 2019 speech" → "In a speech"
		return (before + after.replace(/^\s+/, '')).replace(/\s+/g, ' ');
	}
	if (!YEAR_PREPS.has(mention.prep) && mention.precision === 'year') return null;
	const prepPattern = new RegExp(`\\b${mention.prep}\\s+$`, 'i');
	const head = mention.prep ? before.replace(prepPattern, '') : before;
	let joined = head.trimEnd() + after;
	// "In 2015, Xi met" → "Xi met"; "Xi, in 2015, met" → "Xi met"
	joined = joined.replace(/^\s*,\s*/, '').replace(/,\s*,/g, ',');
	joined = joined.replace(/\s+,/g, ',').replace(/\s+/g, ' ').trim();
	return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const SUBORDINATORS = /\b(that|until|after|before|which|who|because|since|when|where|although|though)\b/i;
const PRONOUN_SUBJECT = /^(it|they|this|these|that|those|such|there|he|she)\b/i;

/** Builds the question for one date mention, or null if the sentence is too tangled. */
export function dateQuestion(
	ctx: DocContext,
	sentence: Sentence,
	mention: DateMention,
	person: string | null
): string | null {
	const text = cleanMarkup(sentence.text);
	// "This position changed in 2017, when Xi articulated …": ask about the when-clause.
	const after = text.slice(mention.index + mention.text.length);
	const whenClause = /^,\s+when\s+(.+)$/.exec(after)?.[1];
	const stripped = whenClause ? capitaliseFirst(whenClause) : withoutDate(text, mention);
	if (!stripped) return null;
	const clause = parseClause(stripped);
	if (!clause) return null;
	if (/^(he|she)$/i.test(clause.subject)) {
		if (!person) return null;
		clause.subject = person;
	} else if (PRONOUN_SUBJECT.test(clause.subject)) return null;
	else clause.subject = expandSubject(ctx, clause.subject);
	const fullRest = clause.rest;
	clause.rest = trimTrailingClause(clause.rest.replace(/:.*$/, ''));
	// "Xi said at the forum: …" with the quotation cut off: ask when he spoke.
	if (/^(say|state|tell|declare|remark)$/.test(clause.base) && /:/.test(fullRest.slice(clause.rest.length, clause.rest.length + 2)))
		clause.base = 'speak';
	if (!whenClause) {
		// The date must belong to the main clause, not to an embedded one ("said that … in 2016").
		const beforeDate = text.slice(0, mention.index);
		const mainPart = clause.lead ? beforeDate.slice(beforeDate.indexOf(',') + 1) : beforeDate;
		const inLead = clause.lead !== '' && !beforeDate.includes(',');
		if (!inLead && SUBORDINATORS.test(mainPart)) return null;
		// A second, embedded date ("ties cut in 2016") when the lead already dates the event.
		if (!inLead && findDates(clause.lead).length > 0) return null;
		if (!inLead && fullRest.length > clause.rest.length) {
			const kept = clause.rest.split(' ').slice(-2).join(' ');
			const keptAt = text.indexOf(kept);
			if (keptAt < 0 || mention.index > keptAt + kept.length + 2) return null;
		}
	}
	const question = toQuestion(questionWord(mention), clause);
	if (!question || question.split(' ').length < 6) return null;
	return sectionContext(sentence, question);
}

function capitaliseFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function expandSubject(ctx: DocContext, subject: string): string {
	return /^\p{Lu}[\p{L}-]+$/u.test(subject) ? fullName(ctx, subject) : subject;
}

/** The person most recently named as a subject, for resolving "he" and "she". */
export function subjectPerson(ctx: DocContext, text: string): string | null {
	const clause = parseClause(text);
	const name =
		clause?.subject ??
		/^(?:[^,]*, )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}) (?:has |had |also )?[a-z]+(?:ed)?\b/u.exec(text)?.[1] ??
		'';
	if (/ing$|^(In|On|At|The|During|After|Under|Since)$/.test(name)) return null;
	if (/^(\p{Lu}[\p{L}'-]+)(\s\p{Lu}[\p{L}'-]+){0,2}$/u.test(name)) return fullName(ctx, name);
	return null;
}

export function extractDates(ctx: DocContext): Card[] {
	const cards: Card[] = [];
	let person: string | null = null;
	let lastDoc = '';
	for (const sentence of ctx.sentences) {
		if (!sentence.previous || lastDoc !== sentence.section) person = null;
		lastDoc = sentence.section;
		const subject = subjectPerson(ctx, sentence.text);
		if (sentence.damage) {
			person = subject ?? person;
			continue;
		}
		for (const mention of findDates(sentence.text, sentence.previous)) {
			const prompt = dateQuestion(ctx, sentence, mention, person);
			if (!prompt) continue;
			const answer = formatDate(mention.when);
			if (revealsAnswer(prompt, answer) || new RegExp(`\\b${mention.when.slice(0, 4)}\\b`).test(prompt))
				continue;
			const accept = shorterForms(mention.when).filter((a) => a !== answer);
			cards.push(
				finishCard('dates', sentence, {
					kind: 'date',
					prompt,
					answer: mention.text.includes('–') ? mention.text : answer,
					...(accept.length ? { accept } : {}),
					when: mention.when,
					note: cleanMarkup(sentence.text).slice(0, 300),
					idWords: `${mention.when} ${prompt.replace(/^(In|On|By|Since) (which|what) (year|date|month and year) /, '')}`
				})
			);
		}
		if (subject) person = subject;
	}
	return disambiguate(cards);
}

function shorterForms(when: string): string[] {
	const [year, month] = when.split('-');
	const forms: string[] = [];
	if (month) forms.push(formatDate(`${year}-${month}`));
	if (year) forms.push(year);
	return forms;
}

/** Two events asked the same way ("visit Russia to attend the parade"): say which occasion. */
function disambiguate(cards: Card[]): Card[] {
	const byPrompt = new Map<string, Card[]>();
	for (const card of cards) byPrompt.set(card.prompt, [...(byPrompt.get(card.prompt) ?? []), card]);
	for (const group of byPrompt.values()) {
		if (group.length < 2) continue;
		group.sort((a, b) => (a.when ?? '').localeCompare(b.when ?? ''));
		group.forEach((card, i) => {
			const which = i === 0 ? 'the first' : i === group.length - 1 ? 'the last' : 'another';
			card.prompt = card.prompt.replace(/\?$/, ` (${which} of ${group.length} such occasions)?`);
		});
	}
	return cards;
}
