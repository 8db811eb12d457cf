// Named things that are neither people nor countries: treaties and documents, events, and
// bodies ("the Antiballistic Missile Treaty", "the Cuban Missile Crisis", "the U.S. Senate").
// Their last word (or, in "the Treaty of Versailles", their first) says what kind of thing they
// are, so a blank for one gets wrong options of its own kind. General English only.
import { countryOf } from './places';

export type ThingClass = 'agreement' | 'event' | 'body';

const HEADS: Record<ThingClass, string[]> = {
	agreement: [
		'Treaty',
		'Pact',
		'Accord',
		'Accords',
		'Act',
		'Agreement',
		'Declaration',
		'Charter',
		'Convention',
		'Protocol',
		'Resolution',
		'Doctrine',
		'Corollary',
		'Plan',
		'Initiative',
		'Communique',
		'Communiqué'
	],
	event: [
		'Crisis',
		'War',
		'Revolution',
		'Conference',
		'Summit',
		'Talks',
		'Olympics',
		'Congress',
		'Consultations',
		'Games',
		'Uprising',
		'Invasion'
	],
	body: [
		'Council',
		'Institute',
		'Organization',
		'Organisation',
		'Union',
		'Court',
		'Committee',
		'Ministry',
		'Agency',
		'Commission',
		'Assembly',
		'Party',
		'Alliance',
		'League',
		'Association',
		'Endowment',
		'Groups',
		'Senate',
		'Parliament',
		'Army',
		'Navy',
		'Foundation'
	]
};

const CLASS_OF_HEAD = new Map<string, ThingClass>(
	(Object.entries(HEADS) as [ThingClass, string[]][]).flatMap(([cls, heads]) =>
		heads.map((h) => [h, cls] as const)
	)
);

/** A capitalised word, or an initialism with its full stops ("U.S."). */
const WORD = `(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}'’-]*)`;

/**
 * A named thing: capitalised words on one line (with "of", "for", "and" and "the" between
 * them), ending in a kind word or opening on one before "of" or "for", and a number or numeral
 * after it ("Resolution 242", "World War II").
 */
const NAMED = new RegExp(
	`(?<![\\p{L}\\d])(?:${WORD} +(?:(?:of|and)(?: +the)? +|for +)?)*${WORD}(?: +(?:\\d+|[IVX]+)\\b)?`,
	'gu'
);

/** A sentence's opening word before a name: "While the Treaty of Versailles …". */
const OPENER =
	/^(?:(?:While|When|After|Although|Though|As|If|Since|Because|During|Under|By|For|With|At|On|In|Before|Until|Following|Despite|Unlike|Like)\s+)?(?:The\s+|the\s+)?/;

/** Words that say what kind a thing is but not which one ("Peace Pact"). */
const GENERIC = /^(?:Peace|Final|Joint|National|International|General|Supreme|Central|Interim)$/;

export interface NamedThing {
	name: string;
	start: number;
	end: number;
	cls: ThingClass;
}

/** Whether a word says what kind of thing is named ("Treaty", "Crisis") or is generic ("Peace"). */
export function isKindWord(word: string): boolean {
	return CLASS_OF_HEAD.has(word) || GENERIC.test(word);
}

/** The kind of thing a name names, or undefined when it is no treaty, event or body. */
export function thingClassOf(name: string): ThingClass | undefined {
	const words = name.replace(/\s+(?:\d+|[IVX]+)$/, '').split(/\s+/);
	if (words.length < 2) return undefined;
	const last = CLASS_OF_HEAD.get(words.at(-1)!);
	const distinct = words.some(
		(w) => !CLASS_OF_HEAD.has(w) && !GENERIC.test(w) && /^\p{Lu}/u.test(w)
	);
	if (!distinct) return undefined;
	if (last) return last;
	// "Treaty of Versailles", "Carnegie Endowment for International Peace"
	const head = words.findIndex(
		(w, i) => CLASS_OF_HEAD.has(w) && /^(?:of|for)$/.test(words[i + 1] ?? '')
	);
	return head >= 0 ? CLASS_OF_HEAD.get(words[head]!) : undefined;
}

/** The named things of a text, with where they are. */
export function namedThingsIn(text: string): NamedThing[] {
	const out: NamedThing[] = [];
	for (const m of text.matchAll(NAMED)) {
		// A run never ends on a joining word, and a sentence's opening "The" is no part of a name.
		let name = m[0].replace(/(?:\s+(?:of|for|and|the))+$/, '').replace(OPENER, '');
		// "Gaza and the West Bank", "the Paris Peace Conference and the Treaty of Versailles": two
		// names; "the Covenant of the League of Nations": the League is the thing named.
		const parts = name.split(/\s+(?:and|of)\s+the\s+|\s+and\s+(?=\p{Lu})/u);
		if (parts.length > 1 && !CLASS_OF_HEAD.has(parts[0]!.split(/\s+/).at(-1)!))
			name = parts.at(-1)!;
		else if (/\s+and\s+the\s+/.test(name)) name = parts.at(-1)!;
		// A possessive inside ("the League's Council") is a thing of a thing; a country is no thing.
		if (/['’]s?\s/.test(name) || countryOf(name)) continue;
		const cls = thingClassOf(name);
		if (!cls) continue;
		const start = m.index + m[0].lastIndexOf(name);
		out.push({ name, start, end: start + name.length, cls });
	}
	return out;
}

/** One war under its two names. */
const SAME: Record<string, string> = {
	'First World War': 'World War I',
	'Great War': 'World War I',
	'Second World War': 'World War II'
};

/** Whether two names name one thing ("the First World War", "World War I"). */
export function sameThing(a: string, b: string): boolean {
	return (SAME[a] ?? a) === (SAME[b] ?? b);
}
