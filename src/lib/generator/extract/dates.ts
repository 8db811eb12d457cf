// Date cards: every dated event, asked as "In which year / month / on what date …?".
import type { Draft } from '../card';
import { shortNote } from '../card';
import { segment, clauseOf, type Unit } from '../clauses';
import { contextYear, resolveSubject, type SentenceRef } from '../context';
import { acceptOf, displayOf, findDates, isoOf, precision, type DateMention } from '../dates';
import {
	askObject,
	analyse,
	subjectForm,
	tidy,
	toSimplePast,
	trimRest,
	type Clause
} from '../grammar';
import { wordCount } from '../text';
import { escapeRe } from '../english';

const EVENT_END =
	/\b(visit|speech|summit|forum|congress|election|elections|olympics|games|crisis|war|meeting|conference|parade|address|session|talks|invasion|ceremony|celebration|exercises|clash|standoff|protests|referendum|trip|tour)$/i;

/** Nouns that name an event, so that "the 2018 Forum" dates the forum. */
const EVENT_NOUNS =
	/^(?:[\w'-]+\s+){0,3}?(?:state visit|visit|speech|summit|forum|congress|election|elections|olympics|games|crisis|war|shift|meeting|conference|parade|address|tests?|announcement|session|talks|invasion|pandemic|ceremony|ceremonies|celebration|anniversary|exercises|clash|standoff|protests|deal|resolution|referendum|trip|tour|G20|APEC|Forum|Congress|Olympics|Summit)\b/i;

function whFor(d: DateMention): string {
	if (d.prep === 'since') return d.month ? 'Since when' : 'Since which year';
	if (d.prep === 'by') return 'By what date';
	if (d.prep === 'from') return d.month ? 'From when' : 'From which year';
	if (d.prep === 'until' || d.prep === 'till') return 'Until when';
	if (d.day && d.dayEnd) return 'On what dates';
	const p = precision(d);
	return p === 'day' ? 'On what date' : p === 'month' ? 'In which month and year' : 'In which year';
}

/**
 * "Xi has cultivated stronger relations with Russia, particularly in the wake of the Ukraine
 * crisis of 2014" → "In which year was the Ukraine crisis in whose wake Xi cultivated stronger
 * relations with Russia?": a crisis or a war of that name may have happened more than once; the
 * deed it led to says which one is meant.
 */
function inWhoseWake(units: Unit[], ui: number, before: string, event: string): string | undefined {
	const m =
		/(?:,\s*(?:particularly|especially|notably)\s+)?\b(in the wake of|after|following|amid)\s+$/.exec(
			before.slice(0, before.length - event.length)
		);
	const c0 = clauseOf(units, ui);
	if (!m || !c0 || c0.lead || !/^\p{Lu}/u.test(c0.subject)) return undefined;
	const at = c0.rest.indexOf(m[0].trim());
	if (at <= 0) return undefined;
	const c = toSimplePast({ ...c0, rest: c0.rest.slice(0, at).replace(/[\s,]+$/, '') });
	if (!c.past || c.aux || !c.verb) return undefined;
	const link =
		m[1] === 'in the wake of' ? 'in whose wake' : `${m[1] === 'amid' ? 'amid' : 'after'} which`;
	const name = event.replace(/\s+of\s+$/, '').replace(/^(?:the\s+)?/, 'the ');
	return tidy(`In which year was ${name} ${link} ${c.subject} ${c.middle} ${c.verb} ${c.rest}?`);
}

/** Remove the date (with its preposition when adverbial) from a piece of clause text. */
function strip(text: string, d: DateMention, sentence: string, others: DateMention[]): string {
	let out = text;
	const phrase = sentence.slice(d.prep && d.prep !== 'of' ? d.phraseStart : d.start, d.end);
	const bare = sentence.slice(d.start, d.end);
	// "starting from 2024", "held in 2017": the word that only led to the date goes with it
	const lead = new RegExp(`\\s*\\b(starting|beginning|held|dated)\\s+${escapeRe(phrase)}`);
	out = out.replace(lead, ' ').replace(phrase, ' ').replace(bare, ' ');
	// Then the other mentions of its year ("the 2022 Beijing Olympics"), which would give it
	// away; after the date itself, so that a bare "2022" is not taken out of "4 February 2022".
	for (const x of others) {
		if (x === d || x.year !== d.year) continue;
		const p = sentence.slice(x.prep ? x.phraseStart : x.start, x.end);
		out = out.replace(p, ' ');
	}
	// "In a January 2019 speech" → "In a speech"; dangling "the" before a removed attributive date
	return tidy(out.replace(/\b(a|the)\s+(?=,|$)/g, ''));
}

/** The unit of the sentence a date stands in. */
function unitAt(units: Unit[], at: number): number {
	let best = -1;
	for (let i = 0; i < units.length; i++) {
		const u = units[i]!;
		if (at >= u.start && at < u.end + 1) {
			if (best < 0 || u.end - u.start < units[best]!.end - units[best]!.start) best = i;
		}
	}
	return best;
}

function fix(ref: SentenceRef, c: Clause, unitText: string): Clause | undefined {
	const resolved = resolveSubject(ref, c.subject, unitText);
	if (!resolved) return undefined;
	if (resolved !== c.subject) {
		const plural = / and /.test(resolved) ? true : /^relations\b/.test(resolved) ? true : c.plural;
		return { ...c, subject: resolved, plural };
	}
	return c;
}

export function extractDates(ref: SentenceRef): Draft[] {
	if (ref.sentence.broken) return [];
	const text = ref.text;
	const dates = findDates(text).filter((d) => !d.range);
	if (!dates.length) return [];
	// quoted dates are part of someone's words, not events
	const quoted = (at: number) => (text.slice(0, at).match(/"/g) ?? []).length % 2 === 1;
	const units = segment(text);
	const drafts: Draft[] = [];
	const usedUnits = new Set<number>();
	// most precise first, so that "4 February 2022" wins over "the 2022 Beijing Olympics"
	const order = [...dates].sort((a, b) => score(b) - score(a) || a.start - b.start);
	for (const d of order) {
		if (quoted(d.start)) continue;
		if (['before', 'after', 'to', 'between', 'through', 'around'].includes(d.prep)) continue;
		// "the first white paper since 2000" counts from a date; it does not date an event
		if (
			d.prep === 'since' &&
			/\b(first|only|last|most|largest|biggest|highest|lowest)\b/.test(text)
		)
			continue;
		const sentenceYears = [...new Set(dates.filter((x) => x.year).map((x) => x.year))];
		const year =
			d.year ??
			(sentenceYears.length === 1
				? sentenceYears[0]
				: contextYear(ref, text.slice(d.start, d.end)));
		if (!year) continue;
		let ui = unitAt(units, d.start);
		if (ui < 0) continue;
		const unit = units[ui]!;
		// attributive "of": "the Ukraine crisis of 2014" → when did the crisis take place
		// "his December 2, 1823, address": a date written month first closes with a comma.
		const after = text.slice(d.end).replace(/^,\s*(?=[a-z])/, ' ');
		const attributive = !d.prep && EVENT_NOUNS.test(after.trim());
		const ofEvent =
			d.prep === 'of'
				? /(?:the\s+)?((?:[A-Z][\w-]*\s+)*(?:[a-z-]+\s+)?(crisis|war|election|elections|revolution|protests|uprising|pandemic))\s+of\s+$/.exec(
						text.slice(0, d.start)
					)
				: null;
		let prompt: string | undefined;
		if (ofEvent) {
			prompt = inWhoseWake(units, ui, text.slice(0, d.start), ofEvent[0]);
			// "the Chinese revolution of 1949" in a text that also tells of "the Chinese
			// Revolution of 1911": asked bare, the question would have two right answers.
			const again = new RegExp(`\\b${escapeRe(ofEvent[1]!)}\\s+of\\s+(\\d{4})`, 'gi');
			const years = [...ref.doc.text.matchAll(again)].map((m) => Number(m[1]));
			if (!prompt && years.every((y) => y === year))
				prompt = `In which year did the ${ofEvent[1]} take place?`;
			if (!prompt) continue;
		} else if (d.prep === 'of' || (!d.prep && !attributive)) {
			continue; // "the 1992 Consensus", "the 1967 borders": a name, not an event's date
		} else {
			if (usedUnits.has(ui)) continue;
			// a date inside "since the CCP's 16th National Congress in 2002" dates that event
			const pp = new RegExp(
				`\\b(since|after|before|at|during|until)\\s+((?:the\\s+)?[^,;]{3,80}?)\\s+${d.prep}\\s+$`
			).exec(text.slice(0, d.start));
			const ppNp = pp ? pp[2]!.replace(/^the\s+/, '') : '';
			const possessive = !d.prep && /\b([A-Z][\w.]*'s)\s+$/.exec(text.slice(0, d.start));
			if (pp && d.prep === 'in' && EVENT_END.test(ppNp) && !/,/.test(ppNp)) {
				prompt = `In which year did the ${ppNp} take place?`;
			} else if (possessive && attributive) {
				// "the PRC's 1979 shift from …": an event of its own, not the clause's
				const np = /^([^,;]+?)(?=,|;|$| which | that | and [a-z]+ed\b)/.exec(after.trim());
				if (np)
					prompt = `${whFor(d)} did the ${possessive[1]} ${np[1]!.trim().replace(/[.]$/, '')} take place?`;
			} else {
				let c = clauseOf(units, ui);
				if (!c && unit.kind === 'sub') c = analyse(unit.text);
				let fixed = c ? fix(ref, c, unit.text) : undefined;
				// "This position changed in 2017, when Xi articulated …": ask about the when-clause
				if (!fixed) {
					const wi = units.findIndex((u, k) => k > ui && u.kind === 'sub' && u.conj === 'when');
					const w = wi >= 0 ? clauseOf(units, wi) : undefined;
					if (w) {
						fixed = fix(ref, w, units[wi]!.text);
						if (fixed) ui = wi;
					}
				}
				// "the October 2013 announcement of X": when did the announcement take place
				if (!fixed && attributive) {
					const np = /^((?:[A-Z][\w-]*\s+){0,4}[a-z-]+(?:\s+(?:of|on|to|in|by)\s+[^,;.]+)?)/.exec(
						after.trim()
					);
					if (np) prompt = `${whFor(d)} did the ${np[1]!.trim()} take place?`;
					usedUnits.add(ui);
					if (prompt && good(prompt, year)) {
						drafts.push(dateDraft(ref, d, year, prompt, text));
					}
					continue;
				}
				if (!fixed) continue;
				// "The Chinese Communist Party, founded in 1921 in Shanghai, originally existed as
				// …": the date is the appositive participle's, not the main verb's.
				const appositive =
					!fixed.aux && /^[a-z]+ed$/.test(fixed.verb)
						? new RegExp(
								`${escapeRe(fixed.subject)}(?:\\s*\\([^)]*\\))?,\\s+(${escapeRe(fixed.verb)}\\s[^,]+),\\s+(?:[a-z]+ly\\s+)?[a-z]+(?:ed|s)\\b`
							).exec(text)
						: null;
				if (appositive) {
					const asked = tidy(
						`${whFor(d)} ${fixed.plural ? 'were' : 'was'} ${subjectForm(fixed.subject)} ${strip(appositive[1]!, d, text, dates)}?`
					);
					usedUnits.add(ui);
					if (good(asked, year)) drafts.push(dateDraft(ref, d, year, asked, text));
					continue;
				}
				c = toSimplePast({ ...fixed, rest: trimRest(fixed.rest, [text.slice(d.start, d.end)]) });
				// an appositive whose relative clause was cut off: "…with Iran, a deal"
				c = {
					...c,
					rest: c.rest
						.replace(/,\s+(a|an)\s+[a-z-]+$/, '')
						.replace(/,(["\u201d])$/, '$1')
						.replace(/\s*:.*$/, (m) => (/["\u201c]/.test(m) ? m : ''))
				};
				// "Xi said at the forum: "…"": the quotation is for the quote deck
				const colon = c.rest.search(/:\s*["\u201c]/);
				if (colon >= 0) {
					c = { ...c, rest: c.rest.slice(0, colon) };
					if (/^(said|stated|says|states|told|declared|remarked)$/.test(c.verb))
						c = { ...c, verb: c.past ? 'spoke' : 'speaks' };
				}
				c = {
					...c,
					rest: c.rest.replace(
						/(,?\s+(while|when)\s+[a-z]+ing(\s+[a-z]+)*)?,?\s+(saying|stating|adding|declaring|writing)$/,
						''
					)
				};
				if (strip(c.lead, d, text, dates).split(/\s+/).length > 12) c = { ...c, lead: '' };
				const rest = strip(c.rest, d, text, dates);
				let lead = strip(c.lead, d, text, dates);
				if (!/\s/.test(lead)) lead = ''; // "Starting in 2017" → nothing left to say
				const subject = strip(c.subject, d, text, dates);
				const wh = whFor(d);
				const inSubject = c.subject.includes(text.slice(d.start, d.end));
				prompt = inSubject
					? askObject({ ...c, subject }, wh, rest, lead)
					: askObject(c, wh, rest, lead);
				if (!c.subject || (!c.verb && !c.aux)) continue;
			}
			usedUnits.add(ui);
		}
		if (!prompt || !good(prompt, year)) continue;
		drafts.push(dateDraft(ref, d, year, prompt, text));
	}
	return drafts;
}

/** A date card for a date the text gives, asked by `prompt`; `key` tells it from the sentence's others. */
export function dateDraft(
	ref: SentenceRef,
	d: DateMention,
	year: number,
	prompt: string,
	text: string,
	key = `${isoOf(d, year)}|${text.slice(d.phraseStart, d.end)}`
): Draft {
	const when = isoOf(d, year);
	return {
		deck: 'dates',
		kind: 'date',
		prompt,
		answer: displayOf(d, year),
		accept: acceptOf(d, year),
		...(when ? { when } : {}),
		note: shortNote(text),
		tags: [String(year)],
		ref,
		keep: [
			ref.raw.includes(text.slice(d.start, d.end)) ? text.slice(d.start, d.end) : String(year)
		],
		key
	};
}

function score(d: DateMention): number {
	return (d.day ? 4 : 0) + (d.month ? 2 : 0) + (d.prep && d.prep !== 'of' ? 1 : 0);
}

/** A date question must read on its own: no leftover date, no dangling words, not too long. */
function good(prompt: string, year: number): boolean {
	if (prompt.includes(String(year))) return false;
	if (wordCount(prompt) < 5 || wordCount(prompt) > 60) return false;
	if (
		/\b(he|she|they|it|this|these)\b(?! (is|was|were)\b)/i.test(
			prompt.split(' ').slice(3, 5).join(' ')
		)
	)
		return false;
	if (/\s(in|on|of|by|the|a|and)\?$/.test(prompt)) return false;
	return true;
}
