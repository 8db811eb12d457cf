// What someone called for, advocated or held, and what a named thing shows: "China and Russia
// have called for a ceasefire in the Israel-Hamas conflict" → "What have China and Russia called
// for in the Israel-Hamas conflict?" → "A ceasefire"; "Xi Jinping's stance on Sino-U.S. relations
// underscores a strategic shift towards cooperation" → "What does Xi Jinping's stance on Sino-U.S.
// relations underscore?". The subject must be named (a person, country or organisation, or
// something of theirs), so the question says whose view it asks about. General English only.
import type { Draft } from '../card';
import { fullName, type SentenceRef } from '../context';
import { capitalise, normalise, wordCount } from '../english';
import { analyse, askObject, lemma, toSimplePast } from '../grammar';
import { isCountry } from '../places';

/** Verbs of stance and of significance, by their base form. */
const STANCE = new Set(
	'advocate call urge support oppose favor favour emphasize emphasise seek reject propose demand endorse back stress champion pursue promote'.split(
		' '
	)
);
/** Deeds whose object is worth a question when the sentence dates them ("In 1929, Kellogg won …"). */
const DEEDS = new Set(
	'sign propose establish found create launch announce nationalize nationalise ratify adopt publish win earn build issue introduce outline articulate negotiate broker host convene award receive'.split(
		' '
	)
);
const SIGNIFICANCE = new Set(
	'underscore reflect show highlight signal mark represent illustrate demonstrate reveal'.split(' ')
);

const DEICTIC = /\b(it|its|they|them|their|this|these|those|he|him|his|she|her)\b/i;

/** Where an object noun phrase ends: an afterthought, a participle, a comparison. */
const OBJECT_END =
	/,|;|\s+(?:which|that|who|while|as|rather than|instead of|emphasizing|emphasising|demonstrating|signaling|signalling|seeking|saying|adding|aimed|in order to|so that)\b/;

/** Prepositions whose phrase narrows what a stance is about ("a ceasefire in the … conflict"). */
const NARROWING = /^(.+?)\s+((?:in|on|over|between|for|with|against|towards|toward)\s+.+)$/;

/** True when every part of a subject is a name the text knows ("China and Russia", "Xi's stance"). */
function named(ref: SentenceRef, subject: string): boolean {
	const owner = /^(.+?)['’]s\s+\p{Ll}/u.exec(subject)?.[1] ?? subject;
	return owner.split(/\s*,\s*|\s+and\s+/).every((part) => {
		const p = part.replace(/^the\s+/i, '').trim();
		// A name the text knows, a country, or a proper name of its own (a pasted paragraph may
		// name a person only once, with no title to know them by).
		return (
			isCountry(p) ||
			fullName(ref.doc, p) !== undefined ||
			ref.doc.aliases.has(p) ||
			/^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}$/u.test(p)
		);
	});
}

export function extractStances(ref: SentenceRef): Draft[] {
	const text = ref.text.trim().replace(/\.$/, '');
	if (ref.sentence.broken || /["“”]/.test(text) || text.length > 300) return [];
	const clause = analyse(text);
	if (!clause || !clause.verb) return [];
	// "Although Xi has generally prioritized …, Xi has especially prioritized …": a concession
	// before the clause changes what it says.
	if (/^(although|though|while|whereas|because|if|when|as|since|unless)\b/i.test(clause.lead))
		return [];
	const verb = lemma(clause.verb);
	const stance = STANCE.has(verb);
	const deed = DEEDS.has(verb);
	if (!stance && !deed && !SIGNIFICANCE.has(verb)) return [];
	// A deed is asked only when the sentence dates it: "What did Carter sign?" has many answers.
	if (deed && !/\b(1[5-9]|20)\d\d\b/.test(text)) return [];
	if (!named(ref, clause.subject) || DEICTIC.test(clause.subject)) return [];
	let rest = clause.rest.replace(/^for\s+/, (m) =>
		verb === 'call' || verb === 'advocate' ? '' : m
	);
	const particle = /^(call|advocate)$/.test(verb) ? 'for' : '';
	const object = rest.split(OBJECT_END)[0]!.trim();
	// "a relationship characterized by mutual respect, cooperation, and collaboration": an object
	// cut at a list's first comma would be half an answer.
	if (/^,\s+[^,]+,?\s+(and|or)\s/.test(rest.slice(rest.indexOf(object) + object.length))) return [];
	if (wordCount(object) < 2 || wordCount(object) > 18 || DEICTIC.test(object)) return [];
	// "a ceasefire in the Israel-Hamas conflict": the answer is the ceasefire; the conflict goes
	// into the question, or it would have many right answers.
	let answer = object;
	let narrowing = '';
	const n = stance || deed ? NARROWING.exec(object) : null;
	if (n && wordCount(n[1] as string) >= 1 && wordCount(n[2] as string) >= 2) {
		answer = n[1] as string;
		narrowing = n[2] as string;
	}
	// "What did Xi advocate for?" has as many answers as Xi has positions: a stance is asked only
	// when the sentence narrows it (a topic, a conflict) or dates it (its lead).
	if (stance && !narrowing && !clause.lead) return [];
	if (deed && wordCount(answer) > 8) return [];
	rest = [particle, narrowing].filter(Boolean).join(' ');
	// "Xi Jinping's call for cooperation between China and the United States reflects …": the
	// possessor's "and" does not make the subject plural.
	const possessive = /['’]s\s+\p{Ll}/u.test(clause.subject);
	const c = toSimplePast({ ...clause, rest, ...(possessive && { plural: false }) });
	const prompt = askObject(c, 'What', rest, clause.lead).replace(/\s+\?$/, '?');
	if (wordCount(prompt) > 30 || normalise(prompt).includes(normalise(answer))) return [];
	return [
		{
			deck: 'bilateral',
			kind: 'event',
			prompt,
			answer: capitalise(answer.replace(/^(?:the|a|an)\s+(?=\p{Lu})/u, '')),
			ref,
			key: `${deed ? 'deed' : 'stance'}|${normalise(clause.subject)}|${verb}|${normalise(answer).slice(0, 40)}`
		}
	];
}
