// English helpers every extractor needs, in one place: escaping a phrase for a pattern,
// capitals, word counts and the content words of a sentence. General English, nothing about
// any one text.
import nlp from 'compromise';
import { fromWords, SMALL_NUMBERS, TENS } from '../text/number-words';
import { normalise } from './text';
import { DEMONYMS } from './places';

import { wordCount } from './text';

export { normalise, wordCount } from './text';

/** A phrase as a literal inside a regular expression. */
export function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first letter in upper case (after any opening quotation mark or bracket). */
export function capitalise(s: string): string {
	const i = s.search(/\p{L}/u);
	return i < 0 ? s : s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

/** A sentence's opening word in lower case when it is a common word, to follow "that …". */
export function lowerFirst(s: string): string {
	return /^(The|A|An|This|That|These|Those|It|They|Its|Their)\b/.test(s)
		? s[0]!.toLowerCase() + s.slice(1)
		: s;
}

/** Function words and question words: they say nothing of what a sentence is about. */
export const CONTENT_STOP = new Set(
	(
		'a an the and or but nor of to in on at by for from with as into onto over under about ' +
		'after before during since until than that this these those there their they them its it ' +
		'he she his her him we our you your i me my is are was were be been being has have had do ' +
		'does did done can could will would shall should may might must not no also only very ' +
		'more most such which who whom whose what when where why how whether while if then so ' +
		'one two both each other another any some all many much what several'
	).split(' ')
);

/** The content words of a text, normalised: what it is about, without its function words. */
export function contentWords(text: string): string[] {
	return normalise(text)
		.split(' ')
		.filter((w) => w.length > 1 && !CONTENT_STOP.has(w));
}

// ---------------------------------------------------------------------------------------------
// Does a question read as English? The extractors' grammar is rule-based, and on prose it was not
// tuned on it can misread a sentence ("In which year did Earlier British …", "On what date does
// Israeli force attacked …"). These checks catch what such a misreading leaves behind.

const AUXILIARY_QUESTION =
	/^(?:(?:In|On|By|Since|From|Until|At|During)\s+)?(?:(?:which|what)\s+[\w\s]+?|how(?:\s+\w+){0,3}?|when|who|why|where)\s+(did|does|do|was|were|is|are|has|have|had)\s+(.*)$/i;

const tagCache = new Map<string, Set<string>>();

/** compromise's tags for a word on its own, worked out once per word. */
export const wordTags = (word: string): Set<string> => {
	let found = tagCache.get(word);
	if (!found) {
		const json = nlp(word).terms().json() as { terms: { tags: string[] }[] }[];
		found = new Set(json[0]?.terms[0]?.tags ?? []);
		tagCache.set(word, found);
	}
	return found;
};

const readings = new Map<string, string | undefined>();

/** What says which one it is: "the issue of exchanging land for peace", "the plan to invade". */
export const definedAfter = (rest: string): boolean =>
	/^\s+(?:of|to|on|over|between|with|for|behind)\s+(?!(?:it|them|this|that|these|those)\b)/.test(
		rest
	);

/**
 * Why a generated question does not read as English, or undefined when it does. `source` is the
 * text it came from: a capitalised word that the text also writes in lower case is a sentence's
 * first word, not a name.
 */
export function misreading(prompt: string, source = ''): string | undefined {
	// Each draft is checked twice (to decide on fallbacks, then when it is finished).
	const key = `${source.length}|${prompt}`;
	if (readings.has(key)) return readings.get(key);
	const found = readMisreading(prompt, source);
	if (readings.size > 20_000) readings.clear();
	readings.set(key, found);
	return found;
}

function readMisreading(prompt: string, source: string): string | undefined {
	const unquoted = prompt.replace(/"[^"]*"|“[^”]*”/g, '""');
	// "Complete the list: World War I. Though nearly thirty nations …": two sentences in one.
	if (
		/[a-z)]\.\s+\p{Lu}/u.test(
			unquoted.replace(
				/\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|No|U\.S|U\.N)\./g,
				''
			)
		)
	)
		return 'two sentences in one prompt';
	if (/[:;,]\s*\?$/.test(prompt)) return 'the question ends in a colon or comma';
	// Read off a sample of cards from texts the generator was not written for: each is a
	// misreading a student would stumble on.
	if (/\b(\w{2,}) \1\b/i.test(unquoted)) return 'a word twice in a row ("call for for")';
	if (/\s[–-]\d/.test(unquoted)) return 'a year range cut in half';
	if (/\b(?:was|were|is|are) (?:the )?(?:[A-Z][\w-]*\s+)+(?:an?|the) [a-z]/.test(unquoted))
		return 'a name and its description run together ("was the Pact an agreement … signed")';
	if (/^By which\b.*\b(did|does|do)\b/.test(prompt)) return 'a passive question asked with "did"';
	// Read off texts nobody tuned on (the Berlin airlift, Tiananmen Square): a question that stops
	// mid-phrase, a determiner with no noun, a sentence's opening numeral taken for its subject, a
	// number asked from inside what someone asserted.
	if (/\b(?:that|between|among|every|each|and|or|he|she|they|it|we)\?$/.test(prompt))
		return 'the question stops mid-phrase ("spread between?")';
	if (
		/^Which (?:country|countries) (?:forces|troops|officials|leaders|diplomats|companies|firms|ships|soldiers|authorities|negotiators|banks)\b/.test(
			unquoted
		)
	)
		return 'a country used as an adjective ("Which country forces flew …")';
	// "How many imposing economic sanctions …": a participle read as the counted noun.
	if (/^How many [a-z]+ing\s/.test(unquoted)) return 'a participle read as the counted noun';
	// "…, then Iraqi Prime Minister Qasim asserted …": a second clause run into the question.
	if (/, then \p{Lu}[^,?]*?\s(?:[a-z]+ed|said|told|met|took)\b/u.test(unquoted))
		return 'two clauses run together';
	if (/\b(?:every|each) (?:at|in|on|to|of|for|by)\b/.test(unquoted))
		return 'a determiner without its noun ("land every at")';
	if (
		/\b(?:did|does|do|has|have) (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Hundreds|Thousands|Millions|Dozens)\b/.test(
			unquoted
		)
	)
		return 'a numeral that opened the sentence taken for the subject';
	if (
		/^How (?:many|much)\b.+\b(?:did|does|do)\b.+\b(?:assert|say|claim|report|state|announce|estimate)s? that\b/.test(
			unquoted
		)
	)
		return 'a number asked from inside what someone asserted';
	if (
		/\b(?:did|does|do|has|have|had|was|were)\s+(?:United States|United Kingdom|Soviet Union|Netherlands|Philippines|European Union)\b/.test(
			prompt
		)
	)
		return 'a country that needs "the" without it';
	if (/\b(say|said|tell|told|state|stated)\?$/.test(prompt))
		return 'a verb of saying with nothing said';
	if (/\b(within|by|of|to|for)\s+(if|when|that|whether)\b/.test(unquoted))
		return 'a stranded preposition';
	if (/\bthat\s+\p{Lu}\p{Ll}+ing\b/u.test(unquoted)) return 'a clause that runs into another';
	// A date question tied to another event ("…, by the time the Soviet Union invaded …"), a
	// second clause joined on (", and some focused on …"), an aside (", as with …").
	if (/\bby the time\b/.test(unquoted) && /^(In|On|By|Since|Until) (which|what)\b/.test(prompt))
		return 'a date tied to another event';
	if (/,\s+and\s+(?:\S+\s+){0,7}?(?:was|were|is|are|had|some|others|many|most)\b/.test(unquoted))
		return 'a second clause joined on';
	if (/,\s+as with\b/.test(unquoted)) return 'an aside inside the question';
	// "the enterprise which had owned on July 26, 1956": a date moved into a relative clause.
	if (
		/\b(?:which|that|who)\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|en)\s+(?:on|in)\s+(?:[A-Z][a-z]+\s+)?\d/.test(
			unquoted
		)
	)
		return 'a date moved into a relative clause';
	if (/\b(?:which|that|who)\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|en)\?$/.test(unquoted))
		return 'a relative clause cut off before its object';
	// "Why did Soviet and American face …?": two peoples' adjectives for "both nations".
	const pair = /\b(?:did|do|does)\s+(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)/u.exec(
		unquoted
	);
	const people = (w: string) => DEMONYMS.includes(w) || /^(?:Soviet|Yugoslav|Ottoman)$/.test(w);
	// ("Soviet and American leaders" is a subject: the adjectives describe a noun.)
	if (pair && people(pair[1]!) && people(pair[2]!) && !wordTags(pair[3]!).has('Plural'))
		return "two peoples' adjectives as the subject";
	// "did the Karl Weiss of the Farmers Party won the election take place?": a clause as subject.
	if (
		/\bdid the\b.*\b(?:won|was|were|had|went|became|began|took|made|came|gave|met|lost|led|fell|broke|left|held|sent|told|said|sought|fought|brought|built)\b.*\btake place\?$/.test(
			unquoted
		)
	)
		return 'a clause taken for the subject of "take place"';
	// "that two nations issue a joint declaration": which two only the passage says.
	if (
		/\b(?:the\s+)?two\s+(?:nations|countries|sides|leaders|men|powers|governments)\b|\b[Tt]he pair\b|\b[Bb]oth leaders\b/.test(
			unquoted
		)
	)
		return 'leans on the passage ("the two nations")';
	// "those talks", "the pact", "the issue": what they are only the passage says.
	if (/\b(those|these)\s+[a-z]|\bthis\s+(?!statement\b)[a-z]/.test(unquoted))
		return 'leans on the passage ("those talks")';
	if (
		[
			...unquoted.matchAll(
				/\b[Tt]he (?:pact|agreement|issue|deal|move|plan|proposal|decision|matter|measure|clashes|speech)\b/g
			)
		].some((m) => !definedAfter(unquoted.slice(m.index + m[0].length)))
	)
		return 'leans on the passage ("the pact")';
	if (
		/\b(did|does|do)\b.*\b[a-z]{3,} by (?:President|Prime|King|Queen|the|[A-Z]\w+ [A-Z])/.test(
			unquoted
		)
	)
		return 'a passive asked as an active';
	if (/^(?:In|On) (?:which|what)\b.*\b(?:is|are)\b.*\b[a-z]+ing\?$/.test(prompt))
		return 'a date asked of something still going on';
	const instruction =
		/^(?:Fill in the (?:number|name|country|year)|Complete the list|Fill in the missing words?):\s*(.*)$/.exec(
			prompt
		);
	if (instruction) {
		const statement = instruction[1] as string;
		if (/^(However|Moreover|Furthermore|In spite|Nevertheless|Still|Yet|But)\b/.test(statement))
			return 'the statement opens mid-argument';
		// "At least … people have been reported injured": a short statement that names nothing.
		if (!/\p{Lu}|\b(1[5-9]|20)\d\d\b/u.test(statement.slice(1)) && wordCount(statement) < 9)
			return 'the statement names nothing it is about';
	}
	const words = prompt.split(/\s+/);
	if (words.length <= 5 && /\bthe [a-z]+\?$/.test(prompt))
		return 'a short question about something only the passage names';
	const q = AUXILIARY_QUESTION.exec(prompt);
	if (q) {
		const aux = (q[1] as string).toLowerCase();
		const after = (q[2] as string).trim();
		const first = (after.split(/\s+/)[0] ?? '').replace(/[,;:]$/, '');
		if (/^[\d,"“”]|^(however|though|also|then|to|of|in|on|for|by|with|at)\b/i.test(first))
			return 'no subject after the verb';
		if (/^\p{Lu}[\p{Ll}-]+$/u.test(first)) {
			const lower = (first.split('-')[0] as string).toLowerCase();
			const t = wordTags(lower);
			// A name is written with its capital in the middle of sentences too; a common word
			// ("Earlier", "Fears") only where a sentence starts.
			const midSentence = new RegExp(`[\\p{Ll},;]\\s+${escapeRe(first)}\\b`, 'u').test(source);
			const common =
				t.has('Adverb') ||
				t.has('Conjunction') ||
				t.has('Preposition') ||
				t.has('Determiner') ||
				new RegExp(`(^|[^\\p{L}])${escapeRe(lower)}([^\\p{L}]|$)`, 'u').test(source) ||
				// Only at a sentence's start, and a word of another kind in lower case ("earlier",
				// "fears"): a common word. A name compromise does not know reads as a noun.
				(source !== '' &&
					!midSentence &&
					['Adjective', 'Verb', 'Plural', 'Comparative', 'Superlative'].some((tag) => t.has(tag)));
			if (common) return `"${first}" opens the sentence; it is no name`;
		}
		if (/^(does|do)$/.test(aux)) {
			// After "does", the verb is in its base form: "does Israeli force attacked" misreads.
			const terms = nlp(after).terms().json() as { text: string; terms: { tags: string[] }[] }[];
			const verb = terms.find((x) => x.terms[0]?.tags.includes('Verb'));
			const vt = new Set(verb?.terms[0]?.tags ?? []);
			if (verb && vt.has('PastTense') && !vt.has('Infinitive') && !vt.has('Participle'))
				return `"${verb.text}" after "${aux}"`;
		}
	}
	const which = /^Which (country|countries|organisation|organization)\s+(\S+)/.exec(prompt);
	if (which) {
		const t = wordTags((which[2] as string).toLowerCase());
		if (
			!t.has('Verb') &&
			!/^(has|have|had|was|were|is|are|did|does|do|would|could|will)$/.test(which[2] as string)
		)
			return `"Which ${which[1]}" is followed by a noun`;
	}
	const cloze =
		/^(?:Complete the list|Fill in the missing words?|Fill in the (?:number|name|country|year)):\s*(\S+)(\s+\S+)?/.exec(
			prompt
		);
	if (cloze) {
		const t = wordTags((cloze[1] as string).toLowerCase());
		// "According to …, the treaty …", "Flown in to mediate, Annan …": a phrase before the subject.
		const phrase =
			/^\s+(?:to|in|by|on|with|after|from|at|of)$/.test(cloze[2] ?? '') ||
			(/ing$/.test(cloze[1] as string) &&
				/^[^,]{3,120},\s/.test(
					prompt.slice(cloze.index + cloze[0].length - (cloze[2] ?? '').length)
				));
		if (t.has('Verb') && !t.has('Noun') && !phrase && /^\p{Lu}/u.test(cloze[1] as string))
			return 'the statement has no subject';
	}
	return undefined;
}

/** Why an answer cannot stand on its own ("Many of these arrangements"), or undefined. */
export function answerProblem(answer: string, items: readonly string[] = []): string | undefined {
	// "Many of these arrangements": which ones only the passage says. ("Them" after the
	// question's own subject, as in "that neither can address them alone", is fine.)
	if (/\b(these|those|this)\b/i.test(answer) || /^(it|they|he|she|its|their)\b/i.test(answer))
		return 'the answer leans on the passage';
	// "Israeli concerns over the timing of their": an answer cut off mid-phrase.
	if (
		/\s(of|the|a|an|their|its|his|her|to|and|or|in|on|for|with|by|from|that)$/.test(answer.trim())
	)
		return 'the answer is cut off';
	if (items.some((i) => /,\s*(which|who|whom|where)\b/.test(i) || wordCount(i) > 16))
		return 'a list item carries a clause';
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// Number words.

/** A number written in words ("twenty-nine", "forty seven", "a hundred"), up to a thousand. */
export const NUMBER_IN_WORDS = `(?:(?:a|one) (?:hundred|thousand)|hundred|thousand|(?:${TENS.filter(Boolean).join('|')})(?:[- ](?:${SMALL_NUMBERS.slice(1, 10).join('|')}))?|${[...SMALL_NUMBERS].reverse().join('|')})`;

/** The value of a number word, or undefined ("twenty-nine" → 29, "a thousand" → 1000). */
export function numberWordValue(text: string): number | undefined {
	const s = text.trim().toLowerCase();
	const round = /^(?:a |one )?(hundred|thousand)$/.exec(s);
	if (round) return round[1] === 'hundred' ? 100 : 1000;
	return fromWords(s.split(/[\s-]+/));
}
