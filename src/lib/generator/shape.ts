// The surface shape of an option (a date, an amount, an infinitive, a list, a sentence, a name or
// something else): the options of one question share it, so none stands out by its look. The
// generator keeps to it when it picks wrong options, and \`npm run eval:cards\` counts the sets
// where one option breaks it.

/** Words as written: letters, digits and inner apostrophes or hyphens. */
function wordsOf(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

export const SHAPES = [
	'date',
	'number',
	'infinitive',
	'list',
	'sentence',
	'name',
	'other'
] as const;
export type Shape = (typeof SHAPES)[number];

const MONTH =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = new RegExp(
	`^(?:(?:early|mid|late|in|on|since|by|the)[\\s-]+)*(?:\\d{1,2}(?:[–-]\\d{1,2})?\\s+)?(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?(?:1\\d|20)\\d\\ds?(?:\\s*[–-]\\s*(?:${MONTH}\\s+)?\\d{2,4})?$`,
	'i'
);
const NUMBER_WORD =
	/^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|thousand|a thousand|million|billion|dozen|a dozen|several|dozens|hundreds|thousands)\b/i;
const AMOUNT =
	/^(?:about|approximately|around|over|more than|nearly|almost|some|up to|at least|less than|fewer than|roughly)?\s*(?:US)?[$€£¥]?\s*\d/i;
const FINITE = new Set(
	(
		'is are was were has have had will would can could should must shall may might did does do ' +
		'said says won lost became becomes made makes took takes gave gives met meets held holds ' +
		'saw sees told tells went goes came comes began begins sent sends wants wanted'
	).split(' ')
);
const NOT_BEFORE_VERB = new Set(
	(
		'the a an of in on for with by to and or its their his her more most well newly highly ' +
		'being been is are was were has have had so-called'
	).split(' ')
);
const PREPOSITIONS = new Set(
	'on by between in to with from for at as into over under after before during against'.split(' ')
);
const RELATIVE = new Set('where which that who whom whose when while'.split(' '));
const CONNECTIVES = new Set(
	'of the and de da del van von bin al for on in la le du y to at ibn'.split(' ')
);

/** A rough grammatical shape of an option, so one odd option out in a set stands out. */
export function optionShape(text: string): Shape {
	const t = text.trim().replace(/[.]$/, '');
	if (DATE.test(t)) return 'date';
	const words = wordsOf(t);
	if (AMOUNT.test(t) || /%$/.test(t) || (NUMBER_WORD.test(t) && words.length <= 4)) return 'number';
	if (/^to\s+\p{Ll}/iu.test(t)) return 'infinitive';
	if ((t.match(/[,;]/g) ?? []).length >= 2 || /;/.test(t) || /\(\d\)/.test(t)) return 'list';
	const lower = words.map((w) => w.toLowerCase());
	const relative = lower.findIndex((w, i) => i > 0 && RELATIVE.has(w));
	const main = relative === -1 ? lower : lower.slice(0, relative);
	const verb = main.some(
		(w, i) =>
			FINITE.has(w) ||
			(i >= 1 &&
				/[a-z]{2,}ed$/.test(w) &&
				!NOT_BEFORE_VERB.has(main[i - 1] ?? '') &&
				// "a deal brokered by", "a relationship based on": a participle, not a verb.
				main[i + 1] !== undefined &&
				!PREPOSITIONS.has(main[i + 1] ?? ''))
	);
	if (verb) return 'sentence';
	const letterWords = words.filter((w) => /^\p{L}/u.test(w));
	// "Denuclearization of North Korea": a common noun, capitalised as the first word.
	// (One word alone, such as "France", is a name.)
	const commonHead =
		letterWords.length > 1 &&
		/(?:tion|sion|ment|ness|ance|ence|ing|ism)$/.test(letterWords[0] ?? '');
	if (
		letterWords.length > 0 &&
		!commonHead &&
		!/\d/.test(t) &&
		letterWords.every((w) => /^\p{Lu}/u.test(w) || CONNECTIVES.has(w))
	)
		return 'name';
	return 'other';
}
