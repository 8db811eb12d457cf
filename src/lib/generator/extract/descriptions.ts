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

export function extractDescriptions(ref: SentenceRef): Draft[] {
	const text = ref.text.trim();
	if (ref.sentence.broken || /["“”]/.test(text) || text.length > 320) return [];
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
