// Bilateral cards: who did what in each country or region section, and why relations changed.
import type { Card } from '../schema';
import { type DocContext, type Sentence, finishCard, sectionContext } from './context';
import { parseClause, toQuestion, trimTrailingClause } from './grammar';
import { COUNTRY_PATTERN, isCountry } from './places';
import { capitalise, cleanMarkup, revealsAnswer, slugify, tidy } from './text';

const COUNTRY_SUBJECT = new RegExp(
	`(?:^|, |; | as )((?:${COUNTRY_PATTERN})(?: and (?:${COUNTRY_PATTERN}))?)(, which| ultimately| also| later| then)? ((?:[a-z]+ed|sold|met|made|took|gave|won|held|recogni[sz]es|supports|opposes|claims)\\b[^;]*)$`
);

/** The region a section is about, if its heading is a place ("Africa", "Republic of China (Taiwan)"). */
function regionOf(sentence: Sentence): string {
	return /\(([^)]+)\)/.exec(sentence.section)?.[1] ?? sentence.section;
}

/** "Which country …?" for a clause whose subject is a country other than the document's focus. */
function countryCard(ctx: DocContext, sentence: Sentence, text: string, focus: string): Card | null {
	const m = COUNTRY_SUBJECT.exec(text.replace(/[.]$/, ''));
	if (!m) return null;
	const answer = (m[1] ?? '').replace(/^the /, '');
	if (answer === focus || answer.split(' and ').includes(focus)) return null;
	const predicate = trimTrailingClause(m[3] ?? '');
	const which = answer.includes(' and ') ? 'Which two countries' : 'Which country';
	const region = regionOf(sentence);
	const where = region && !isCountry(region) && region !== 'Overview' ? ` in ${region}` : '';
	const prompt = `${which}${m[2] === ', which' ? where : ''} ${predicate}?`.replace(/\s+/g, ' ');
	if (revealsAnswer(prompt, answer) || answer.split(' and ').some((a) => prompt.includes(a))) return null;
	return finishCard('bilateral', sentence, {
		kind: 'country',
		prompt,
		answer,
		country: answer,
		tags: answer.split(' and ').map((a) => slugify(a, 3)),
		idWords: `which ${answer} ${predicate}`
	});
}

const CAUSE = /(?:^|\s)(due to|because of|over|after)\s(.+)$/;

/** "Why did relations sour?" from "relations soured over / due to / after …". */
function reasonCard(ctx: DocContext, sentence: Sentence, text: string): Card | null {
	const clause = parseClause(text);
	if (!clause) return null;
	const rest = clause.rest;
	const m = CAUSE.exec(rest);
	if (!m || /^(the years|time|various)/.test(m[2] ?? '')) return null;
	if (clause.kind === 'present' || /ly$/i.test(clause.lead) || /;/.test(rest.slice(0, m.index))) return null;
	if (!/(sour|deteriorat|improv|strain|froz|delay|cut|halt|clos|grew|grown|worsen|collaps|tension|rarely|leave|critical)/.test(`${clause.base} ${rest}`))
		return null;
	const cause = tidy(trimTrailingClause(m[2] ?? '').split(/, (?:which|a |leaving)/)[0] ?? '');
	if (cause.split(' ').length < 2) return null;
	const before = rest.slice(0, m.index).trim();
	if (/^(the|a)?\s*$/.test(before) && !clause.base) return null;
	const question = toQuestion('Why', { ...clause, rest: before, lead: clause.lead.length < 40 ? clause.lead : '' });
	const prompt = sectionContext(sentence, question);
	const answer = capitalise(`${m[1]} ${cause}`);
	if (revealsAnswer(prompt, cause)) return null;
	return finishCard('bilateral', sentence, {
		kind: 'event',
		prompt,
		answer,
		idWords: `why ${clause.subject} ${clause.base}`
	});
}

/** "<NP> was rejected by the US, UK, France, and Japan." → "Which countries rejected …?" */
function agentCard(sentence: Sentence, text: string): Card | null {
	const m = /(?:this|the) (\w+)(?: [^,.]*?)? was (\w+ed) by ((?:the )?[A-Z][\w.]*(?:, (?:and )?(?:the )?[A-Z][\w.]*)+)/.exec(text);
	if (!m) return null;
	const agents = (m[3] ?? '').split(/, (?:and )?/).map((a) => a.trim().replace(/\.$/, ''));
	if (!agents.every((a) => isCountry(a))) return null;
	const noun = m[1] ?? '';
	const source = `${sentence.previous ?? ''} ${text}`;
	const np = new RegExp(`\\b(?:a|an) ((?:[\\w.-]+ ){0,4}${noun}(?: (?:for|on|about|to) [^,.]+)?)`).exec(source)?.[1];
	if (!np) return null;
	return finishCard('bilateral', sentence, {
		kind: 'country',
		prompt: `Which countries ${(m[2] ?? '').toLowerCase()} the ${np}?`,
		answer: agents.join(', ').replace(/, ([^,]+)$/, ' and $1'),
		idWords: `rejected ${np}`
	});
}

/** "… a shift towards cooperation rather than competition" → "… towards what, rather than competition?" */
function contrastCard(sentence: Sentence, text: string): Card | null {
	const m = /^(.{10,120}?\b(?:towards|toward|for|on|prioritizes|favours|favors|emphasizing)) ([a-z][a-z ,]{3,60}?) (rather than|instead of|over) ([a-z][a-z -]{3,50}?)[.,]/.exec(
		text
	);
	if (!m || !/^\p{Lu}/u.test(m[1] ?? '')) return null;
	const head = (m[1] ?? '').replace(/^(However|Moreover|Furthermore|Thus|Therefore), /, '');
	const prompt = `According to the text, ${head.charAt(0).toLowerCase() === head.charAt(0) ? head : head} what, ${m[3]} ${m[4]}?`;
	return finishCard('bilateral', sentence, {
		kind: 'event',
		prompt,
		answer: capitalise(m[2] ?? ''),
		idWords: `contrast ${m[2]} ${m[4]}`
	});
}

export function extractBilateral(ctx: DocContext): Card[] {
	const focus = dominantCountry(ctx);
	const cards: Card[] = [];
	for (const sentence of ctx.sentences) {
		if (sentence.damage) continue;
		const text = cleanMarkup(sentence.text);
		for (const card of [countryCard(ctx, sentence, text, focus), reasonCard(ctx, sentence, text), agentCard(sentence, text), contrastCard(sentence, text)]) {
			if (card) cards.push(card);
		}
	}
	return cards;
}

/** The country a document is mostly about, which makes a poor answer to "Which country …?". */
function dominantCountry(ctx: DocContext): string {
	const counts = new Map<string, number>();
	for (const m of ctx.doc.text.matchAll(new RegExp(`\\b(${COUNTRY_PATTERN})\\b`, 'g'))) {
		counts.set(m[1] ?? '', (counts.get(m[1] ?? '') ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
