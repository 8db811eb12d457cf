// Who did it: the general question of encyclopedic and news prose. A clause whose subject is a
// named person, country or organisation ("In 1928, Kellogg proposed a general pact …") becomes
// a question about that subject ("In 1928, who proposed a general pact …?"). It runs on every
// sentence the more specific extractors found nothing in, so a pasted article gives a card for
// each sentence that states who did what. General English only: nothing here names a source.
import type { Draft } from '../card';
import { findDates, isoOf, type DateMention } from '../dates';
import { dateDraft } from './dates';
import { fullName, TITLE_WORDS, type SentenceRef } from '../context';
import {
	analyse,
	askObject,
	askSubject,
	tidy,
	toSimplePast,
	trimRest,
	type Clause
} from '../grammar';
import { countryOf } from '../places';
import { normalise, wordCount } from '../english';

/** Words that only the passage can explain: a question with one cannot stand on its own. */
const DEICTIC =
	/\b(it|its|they|them|their|he|him|his|she|her|this|these|those|there|then|the move|the deal|the two|the same|such|latter|former|above|below|here)\b/i;

const ORGANISATION =
	/^(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,5}(?:Council|Institution|Institute|Forum|Organization|Organisation|Union|Court|Committee|Ministry|Agency|Bank|Commission|Assembly|Party|Alliance|League|Association|Nations|Congress|Senate|Parliament|Government|Administration|Conference|Department|Office|Army|Navy)$/;

const TITLED = new RegExp(`^(?:[\\p{Lu}][\\p{L}-]+\\s+)*?${TITLE_WORDS}\\s+`, 'u');

const SPEECH =
	/^(said|says|told|tells|stated|states|added|wrote|writes|remarked|noted|argued|declared|warned|explained|replied|responded)$/;

interface Subject {
	answer: string;
	wh: string;
	deck: Draft['deck'];
	kind: Draft['kind'];
}

/** What a clause's subject is, when it is a name a student can be asked for. */
function subjectOf(ref: SentenceRef, subject: string): Subject | undefined {
	const bare = subject.replace(/^the\s+/i, '').trim();
	if (!/^\p{Lu}/u.test(bare) || /[,;:()"“”]/.test(bare) || wordCount(bare) > 6) return undefined;
	const country = countryOf(bare);
	if (country) return { answer: bare, wh: 'Which country', deck: 'bilateral', kind: 'country' };
	// "French Minister of Foreign Affairs Aristide Briand": words are dropped from the front
	// until what is left is a person the text names.
	const words = bare.replace(TITLED, '').split(/\s+/);
	let person: string | undefined;
	for (let i = 0; i < words.length && !person; i++) {
		if (words.length - i > 4) continue;
		person = fullName(ref.doc, words.slice(i).join(' '));
	}
	if (person) return { answer: person, wh: 'Who', deck: 'people', kind: 'person' };
	if (ORGANISATION.test(subject.trim()) && wordCount(bare) >= 2) {
		const answer = /^the\s/i.test(subject) ? `the ${bare}` : bare;
		return { answer, wh: 'Which organisation', deck: 'people', kind: 'person' };
	}
	return undefined;
}

/**
 * A clause whose lead has no comma ("Earlier in 1823 British Foreign Minister George Canning
 * suggested …") or whose subject carries an aside (", however, vigorously"): the lead moves
 * out of the subject and the aside is dropped, so the subject is the name alone.
 */
function tidyClause(clause: Clause): Clause {
	let { subject, lead } = clause;
	subject = subject.replace(
		/,\s*(?:however|though|too|also|meanwhile|instead)\s*,?(?:\s+\w+ly)?\s*$/i,
		''
	);
	subject = subject.replace(/\s+\w+ly$/, '');
	// "In his December 2, 1823, address to Congress, President James Monroe": the analysis cut
	// the lead at the date's comma; the subject is the part after the last comma.
	const parts = subject.split(/,\s+/);
	if (parts.length > 1 && lead && /^\p{Lu}/u.test(parts.at(-1) as string)) {
		lead = `${lead}, ${parts.slice(0, -1).join(', ')}`;
		subject = parts.at(-1) as string;
	}
	const glued =
		/^((?:Earlier|Later|Then|Soon|In|On|By|During|After|Before|Since|Until)\b.*?\b(?:1[5-9]\d\d|20\d\d|year|month|week|war|conference|summit|meeting|visit))\s+(\p{Lu}.*)$/u.exec(
			subject
		);
	if (glued && !lead) {
		// It will follow the question ("… Central and South America earlier in 1823?").
		lead = (glued[1] as string).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
		subject = glued[2] as string;
	}
	return { ...clause, subject, lead };
}

/**
 * The rest of a clause without a trailing part that leans on the passage: "proposed a peace pact
 * … to outlaw war between them" → "proposed a peace pact …". Unchanged when nothing is left.
 */
function withoutPronouns(rest: string): string {
	const at = rest.search(DEICTIC);
	if (at < 0) return rest;
	const head = rest.slice(0, at);
	const cut = Math.max(
		head.lastIndexOf(' to '),
		head.lastIndexOf(', '),
		head.lastIndexOf(' that '),
		head.lastIndexOf(' so '),
		head.lastIndexOf(' and ')
	);
	return cut > 0 && wordCount(head.slice(0, cut)) >= 3 ? head.slice(0, cut) : rest;
}

export function extractActors(ref: SentenceRef): Draft[] {
	const text = ref.text.trim();
	if (ref.sentence.broken || text.length > 400 || /["“”]/.test(text)) return [];
	const parsed = analyse(text);
	if (!parsed || !parsed.verb || parsed.aux === 'is' || parsed.aux === 'are') return [];
	const clause = tidyClause(parsed);
	// Reported speech is the quotes extractor's business; a copula states no deed.
	if (SPEECH.test(clause.verb.toLowerCase())) return [];
	const subject = subjectOf(ref, clause.subject);
	if (!subject) return [];
	// "Who …?" of the person a text is about, or "Which country …?" of its country, is answered
	// by habit, not knowledge.
	const home = ref.doc.home ? countryOf(ref.doc.home) : undefined;
	if (subject.answer === ref.doc.mainPerson || (home && countryOf(subject.answer) === home))
		return [];
	const rest = withoutPronouns(trimRest(clause.rest).replace(/[.;:]+$/, ''));
	if (wordCount(rest) < 3) return [];
	const prompt = askSubject(clause, subject.wh, rest, clause.lead).replace(/\s+\?$/, '?');
	if (DEICTIC.test(prompt.replace(/^Who\b/, ''))) return [];
	if (wordCount(prompt) > 40 || wordCount(prompt) < 6) return [];
	if (normalise(prompt).includes(normalise(subject.answer))) return [];
	const drafts: Draft[] = [
		{
			deck: subject.deck,
			kind: subject.kind,
			prompt,
			answer: subject.answer,
			ref,
			key: `actor|${normalise(subject.answer)}|${normalise(rest).slice(0, 60)}`
		}
	];
	const dated = datedQuestion(ref, clause, subject, rest);
	if (dated) drafts.push(dated);
	return drafts;
}

/**
 * When the lead dates the deed ("In 1928, …", "In his December 2, 1823, address to Congress, …"):
 * "In which year did James Monroe articulate …, in his address to Congress?"
 */
function datedQuestion(
	ref: SentenceRef,
	clause: Clause,
	subject: Subject,
	rest: string
): Draft | undefined {
	const dates = findDates(clause.lead).filter((d) => !d.range && d.year);
	if (dates.length !== 1) return undefined;
	const d = dates[0] as DateMention;
	const year = d.year as number;
	let lead = clause.lead.slice(0, d.prep ? d.phraseStart : d.start) + clause.lead.slice(d.end);
	lead = tidy(
		lead.replace(/^\s*,\s*|\s*,\s*$/g, '').replace(/\b(his|her|their|its)\s+,?\s*/i, 'the ')
	);
	if (!/\s/.test(lead) || /^(the|in|on|at)$/i.test(lead.trim())) lead = '';
	const c = toSimplePast({ ...clause, subject: subject.answer, lead });
	const wh = d.day ? 'On what date' : d.month ? 'In which month and year' : 'In which year';
	const prompt = askObject(c, wh, rest, lead).replace(/\s+\?$/, '?');
	if (prompt.includes(String(year)) || DEICTIC.test(prompt) || wordCount(prompt) > 45)
		return undefined;
	// The same date as the sentence places it, for the excerpt to keep.
	const inSentence = findDates(ref.text).find((x) => x.text === d.text) ?? d;
	const key = `${isoOf(d, year)}|dated|${normalise(rest).slice(0, 60)}`;
	return dateDraft(ref, inSentence, year, prompt, ref.text, key);
}
