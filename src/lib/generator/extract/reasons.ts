// Why it happened: a clause with its cause ("Under Xi, China has cut back lending to Africa after
// fears that African countries couldn't repay their debts to China.") becomes "Why has China cut
// back lending to Africa under Xi?", answered by the cause. General English connectors only.
import type { Draft } from '../card';
import { resolveSubject, type SentenceRef } from '../context';
import { capitalise, normalise, wordCount } from '../english';
import { analyse, askObject, toSimplePast, trimRest } from '../grammar';

/** Connectors that introduce a cause, and whether what follows is a clause or a noun phrase. */
const CAUSE =
	/\s+(?:(after|amid|over) (?:fears|concerns|worries) (?:that|about|over)|because of|because|due to|as a result of|owing to|in response to|for fear that)\s+/;

/** Words a cause cannot start with and still stand on its own. */
const DEICTIC = /\b(it|its|they|them|their|this|these|those|he|him|his|she|her)\b/i;

export function extractReasons(ref: SentenceRef): Draft[] {
	const text = ref.text.trim().replace(/\.$/, '');
	if (ref.sentence.broken || /["“”]/.test(text) || text.length > 300) return [];
	const m = CAUSE.exec(text);
	if (!m) return [];
	const effect = text.slice(0, m.index);
	// A cause belongs to the clause right before it: with a comma inside the effect ("…, later
	// deteriorating due to …", "…, though the trip was delayed due to …") that clause is not the
	// main one, and the question would state a wrong fact.
	if (/,/.test(effect.replace(/^[^,]{0,40},\s*/, ''))) return [];
	let cause = text
		.slice(m.index + m[0].length)
		.split(/,\s+(?:which|who|while|although|but|and)\b|;\s+/)[0]!
		.trim();
	if (m[1]) cause = `${m[0].trim().replace(/^(after|amid|over)\s+/, '')} ${cause}`;
	// "its debts" after "Borduria" is resolved inside the cause; "these fears" is not.
	if (wordCount(cause) < 2 || wordCount(cause) > 20) return [];
	if (/\b(this|these|those)\b/i.test(cause) || /^(it|they|he|she)\b/i.test(cause)) return [];
	if (/^(various|several|many|some|other|a number of|a variety of)\b/i.test(cause)) return [];
	const parsed = analyse(effect);
	if (!parsed || !parsed.verb) return [];
	const subject = resolveSubject(ref, parsed.subject, effect);
	if (!subject || DEICTIC.test(subject)) return [];
	const clause = toSimplePast({ ...parsed, subject, rest: trimRest(parsed.rest) });
	if (wordCount(clause.rest) < 2 || DEICTIC.test(clause.rest)) return [];
	// The lead ("Under Xi") goes to the end: "Why has China cut back lending to Africa under Xi?"
	const prompt = askObject(clause, 'Why', clause.rest, clause.lead).replace(/\s+\?$/, '?');
	if (wordCount(prompt) > 30 || normalise(prompt).includes(normalise(cause))) return [];
	return [
		{
			deck: 'bilateral',
			kind: 'event',
			prompt,
			answer: capitalise(cause),
			ref,
			key: `because|${normalise(effect).slice(0, 60)}`
		}
	];
}
