// English helpers every extractor needs, in one place: escaping a phrase for a pattern,
// capitals, word counts and the content words of a sentence. General English, nothing about
// any one text.
import { normalise } from './text';

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
