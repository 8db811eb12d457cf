// What something was: sentences that name a thing's motivation, principles, aim or result with a
// copula ("The initial motivation for the movement was the promotion of peace.", "The core
// principles of the Bandung Conference were political self-determination, mutual respect …").
// The subject becomes the question and the complement the answer, or a list when it lists. A
// definite description the passage explains ("the movement") is named in full first ("the
// nonaligned movement"). General English only.
import type { Draft } from '../card';
import { resolveDefinite, type SentenceRef } from '../context';
import { capitalise, normalise, wordCount } from '../english';

/** "The <head> of/for <thing> was|were <complement>." */
const COPULA =
	/^(?:In (?:the end|short|sum),\s+)?The\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(of|for|behind|to)\s+(.+?)\s+(was|were|is|are)\s+(.+?)\.?$/;

/** Heads a teacher asks about: what a thing was for, what it held, what it led to. */
const HEADS =
	/^(?:(?:main|core|chief|key|central|initial|original|primary|ultimate|stated|immediate|underlying|basic|fundamental|principal|official|final|first|major)\s+)*(?:motivation|motive|aim|aims|goal|goals|purpose|objective|objectives|principle|principles|cause|causes|reason|reasons|result|results|outcome|outcomes|consequence|consequences|effect|effects|terms|provisions|pillars|concepts|tenets|elements|components|members|founders|signatories|participants|architects|author|authors|leader|leaders|target|targets|focus|basis|foundation|legacy|significance|origin|origins|source)$/;

/** Items of an enumeration: "a, b, c, and d" (three or more). */
function itemsOf(list: string): string[] | undefined {
	const parts = list
		.split(/,\s+(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$)/)
		.map((p) => p.trim())
		.filter(Boolean);
	if (parts.length < 3 || parts.some((p) => wordCount(p) > 8)) return undefined;
	return parts;
}

/** "…, with the notable exception of X." → what the exception was. */
const EXCEPTION =
	/^(.+?),\s+with the (notable |only |one )?exception of\s+["“]?(.+?)["”]?\.?["”]?$/;

/** "X, a practice facilitated by Y" → what facilitated X. */
const FACILITATED =
	/^(?:(.+?),\s+)?(\p{Lu}[\p{L}\s'’-]*?) (?:engaged in|adopted|pursued|launched|practised|practiced) ([a-z][\w\s-]+?),\s+an? (?:practice|policy|strategy|approach|move|step) (facilitated|made possible|enabled|driven|motivated) by (.+?)\.?$/u;

/**
 * Facts a sentence states beside its main one: an exception, what made a practice possible.
 * Asked of every sentence, not only those the other extractors found nothing in.
 */
export function extractAsides(ref: SentenceRef): Draft[] {
	const text = ref.text.trim();
	if (ref.sentence.broken || text.length > 320) return [];
	return [...exception(ref, text), ...facilitated(ref, text)];
}

function exception(ref: SentenceRef, text: string): Draft[] {
	const m = EXCEPTION.exec(text);
	if (!m) return [];
	const clause = (m[1] as string).trim();
	const answer = (m[3] as string).trim().replace(/[.]$/, '');
	if (wordCount(clause) > 40 || wordCount(answer) > 16 || /\b(it|they|this|these)\b/i.test(clause))
		return [];
	const when = clause[0]!.toLowerCase() + clause.slice(1);
	return [
		{
			deck: 'bilateral',
			kind: 'event',
			prompt: `What was the ${m[2] ?? ''}exception when ${when}?`,
			answer: capitalise(answer),
			ref,
			key: `exception|${normalise(answer).slice(0, 60)}`
		}
	];
}

function facilitated(ref: SentenceRef, text: string): Draft[] {
	const m = FACILITATED.exec(text);
	if (!m) return [];
	const [, lead, who, what, verb, cause] = m as unknown as string[];
	const owner = (who as string).trim();
	// "its early success" is the subject's: "China's early success".
	const answer = (cause as string).replace(/^(its|their)\s+/i, `${owner}'s `);
	if (wordCount(answer) > 16) return [];
	const context = lead ? ` ${lead[0]!.toLowerCase()}${lead.slice(1)}` : '';
	return [
		{
			deck: 'doctrines',
			kind: 'event',
			prompt: `What ${verb} ${owner}'s ${what}${context}?`,
			answer: capitalise(answer),
			ref,
			key: `facilitated|${normalise(`${owner} ${what}`)}`
		}
	];
}

export function extractDescriptions(ref: SentenceRef): Draft[] {
	const text = ref.text.trim();
	if (ref.sentence.broken || text.length > 320) return [];
	if (/["“”]/.test(text)) return [];
	const m = COPULA.exec(text);
	if (!m) return [];
	const [, head, prep, rawThing, verb, rawComplement] = m as unknown as string[];
	if (!HEADS.test(head as string)) return [];
	const thing = resolveDefinite(ref, rawThing as string);
	if (!thing || /\b(it|its|they|their|this|these|those)\b/i.test(thing)) return [];
	// The complement up to an afterthought: ", which …", " that …", "; …".
	const complement = (rawComplement as string)
		.split(/,\s+(?:which|who|while|although|but)\b|;\s+/)[0]!
		.trim();
	if (wordCount(complement) < 1 || /\b(it|they|this|these|those)\b/i.test(complement)) return [];
	const items = itemsOf(complement);
	const prompt = `What ${verb} the ${head} ${prep} ${thing}?`;
	if (wordCount(prompt) > 30) return [];
	const answer = capitalise(complement);
	if (normalise(prompt).includes(normalise(complement))) return [];
	return [
		{
			deck: items ? 'lists' : 'bilateral',
			kind: items ? 'list' : 'event',
			prompt,
			answer: items ? items.join(', ') : answer,
			...(items ? { items } : {}),
			ref,
			key: `described|${normalise(`${head} ${prep} ${thing}`)}`
		}
	];
}
