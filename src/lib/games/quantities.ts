// Amounts in answers ("over 350,000 miles", "three weeks", "$400 billion", "six of the nine"):
// reading them, telling whether two count the same thing, and writing another amount the way the
// answer writes its own. Both steps of picking options use them (see distractors.ts).
import type { Card } from '$lib/decks/schema';
import { answerWords } from './answer';
import { memoize } from './memo';
import { fromWords, NUMBER_WORD, toWords } from '../text/number-words';

const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};
const SCALE_WORDS = new RegExp(`\\b(${Object.keys(SCALES).join('|')})\\b`, 'g');

/** The number a figure card states: its `value`, else the first number of its answer. */
export function figureValue(card: Pick<Card, 'answer' | 'value'>): number | undefined {
	if (card.value !== undefined) return card.value;
	const m = /(-?\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?/i.exec(card.answer);
	if (!m) return undefined;
	const n = Number((m[1] as string).replace(/,/g, ''));
	return n * (m[2] ? (SCALES[m[2].toLowerCase()] ?? 1) : 1);
}

/** What a figure counts ("miles", "$", "%"), so "$60 billion" is not offered beside "350,000 miles". */
export function figureUnit(answer: string): string {
	return answer
		.toLowerCase()
		.replace(SCALE_WORDS, '')
		.replace(/[\d.,\s]+/g, ' ')
		.trim();
}

export const magnitude = (value: number) => (value === 0 ? 0 : Math.log10(Math.abs(value)));

export interface Quantity {
	/** Before the number: a qualifier or a currency ("over ", "$"). */
	before: string;
	value: number;
	/** After the number: what is counted (" miles", " of the nine", ""). */
	after: string;
	style: 'digits' | 'words';
	/** For digits: written with thousands separators ("2,000"). */
	grouped: boolean;
	/** For digits: a scale word after them ("billion"). */
	scale?: string;
	capital: boolean;
	/** Significant digits as written: 2 for "350,000", 1 for "40". */
	significant: number;
	/** The most it can be ("six of the nine": 9). */
	max?: number;
}

const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(thousand|million|billion|trillion)\b)?/i;
const WORD = /[a-z]+/gi;

function significantDigits(digits: string): number {
	const plain = digits.replace(/[,.]/g, '').replace(/^0+/, '');
	if (digits.includes('.')) return Math.max(1, plain.length);
	return Math.max(1, plain.replace(/0+$/, '').length);
}

/** The first number written in words ("one hundred", "twenty-five"), with where it stands. */
function wordNumber(text: string): { start: number; end: number; value: number } | undefined {
	const tokens = [...text.matchAll(WORD)];
	for (let i = 0; i < tokens.length; i++) {
		const first = tokens[i] as RegExpExecArray;
		if (!NUMBER_WORD.test(first[0].toLowerCase())) continue;
		// Then number words (and "and" between them), joined by spaces or hyphens only.
		let j = i + 1;
		while (j < tokens.length) {
			const token = tokens[j] as RegExpExecArray;
			const previous = tokens[j - 1] as RegExpExecArray;
			const gap = text.slice(previous.index + previous[0].length, token.index);
			const word = token[0].toLowerCase();
			if (!/^[\s-]+$/.test(gap) || !(NUMBER_WORD.test(word) || word === 'and')) break;
			j++;
		}
		while (j - 1 > i && (tokens[j - 1] as RegExpExecArray)[0].toLowerCase() === 'and') j--;
		const run = tokens.slice(i, j).map((t) => t[0].toLowerCase());
		const value = fromWords(run);
		if (value === undefined) continue;
		const last = tokens[j - 1] as RegExpExecArray;
		return { start: first.index, end: last.index + last[0].length, value };
	}
	return undefined;
}

/** The first amount an answer states, in digits or in words; undefined for anything else. */
export const readQuantity: (text: string) => Quantity | undefined = memoize(quantityIn);

function quantityIn(text: string): Quantity | undefined {
	const digits = DIGITS.exec(text);
	const spelled = wordNumber(text);
	let found: { start: number; end: number; value: number };
	let style: Quantity['style'];
	let grouped = false;
	let scale: string | undefined;
	let significant: number;
	if (digits && (!spelled || digits.index < spelled.start)) {
		const [whole, integer = '', fraction = '', scaleWord] = digits;
		scale = scaleWord?.toLowerCase();
		grouped = integer.includes(',');
		significant = significantDigits(integer + fraction);
		const value = Number(integer.replace(/,/g, '') + fraction) * (scale ? (SCALES[scale] ?? 1) : 1);
		found = { start: digits.index, end: digits.index + whole.length, value };
		style = 'digits';
	} else if (spelled) {
		found = spelled;
		significant = significantDigits(String(spelled.value));
		style = 'words';
	} else return undefined;
	const after = text.slice(found.end);
	const max = /^\s+(?:out\s+)?of\s+(?:the\s+)?([a-z]+|\d+)\b/i.exec(after)?.[1];
	const counted = /^\s+([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
	const maxValue =
		max === undefined
			? counted && counted in HOW_MANY_THERE_ARE
				? HOW_MANY_THERE_ARE[counted]! + 1
				: undefined
			: /^\d+$/.test(max)
				? Number(max)
				: fromWords([max.toLowerCase()]);
	return {
		before: text.slice(0, found.start),
		value: found.value,
		after,
		style,
		grouped,
		...(scale !== undefined && { scale }),
		capital: /^[A-Z]/.test(text.slice(found.start)),
		significant,
		...(maxValue !== undefined && { max: maxValue })
	};
}

/** Things there are only so many of: "ten continents" is no option for "five continents". */
const HOW_MANY_THERE_ARE: Record<string, number> = { continents: 7, oceans: 5 };

/** Words that may stand before an amount without changing what it counts. */
const QUALIFIERS = new Set([
	'over',
	'about',
	'around',
	'approximately',
	'nearly',
	'almost',
	'roughly',
	'some',
	'more',
	'less',
	'fewer',
	'than',
	'at',
	'least',
	'most',
	'up',
	'to',
	'under',
	'just'
]);

/** A year on its own ("2016") is a date, not an amount. */
const YEAR = /^(1[5-9]|20)\d\d$/;

/** The amount a card asks for, if its answer is one. */
export function quantityOf(card: Card): Quantity | undefined {
	if (card.kind === 'date') return undefined;
	const quantity = readQuantity(card.answer);
	if (!quantity) return undefined;
	if (card.kind === 'figure') {
		return card.value === undefined ? quantity : { ...quantity, value: card.value };
	}
	// Another kind of card counts as asking for an amount only when its answer is one: digits
	// first (after "over", "$" …), not a year, a few words at most ("12 member states").
	const lead = answerWords(quantity.before).every((w) => QUALIFIERS.has(w));
	const counted = answerWords(quantity.after).length;
	const isYear = YEAR.test(card.answer.trim());
	return quantity.style === 'digits' && lead && counted <= 3 && !isYear ? quantity : undefined;
}

function singular(word: string): string {
	if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
	if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
	if (/[^s]s$/.test(word)) return word.slice(0, -1);
	return word;
}

/**
 * What an amount counts, as one word: the last word after the number ("agreement" for both
 * "45 agreements" and "36 cooperation agreements"), else a currency or percent sign, else ''
 * for a bare number.
 */
function unitOf(q: Quantity): string {
	const last = answerWords(q.after).at(-1);
	if (last !== undefined) return singular(last);
	return /[$€£¥%]/.exec(q.before + q.after)?.[0] ?? '';
}

/** Same unit, and within ten times of each other: "40" and "2,000" are not amounts of one thing. */
export function sameKindOfAmount(a: Quantity, b: Quantity): boolean {
	return unitOf(a) === unitOf(b) && Math.abs(magnitude(a.value) - magnitude(b.value)) <= 1;
}

function roundTo(value: number, significant: number): number {
	if (value === 0) return 0;
	const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - significant + 1);
	return Math.round(value / step) * step;
}

function groupThousands(integer: string): string {
	return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatDigits(value: number, grouped: boolean): string {
	const [integer = '', fraction] = String(Number(value.toPrecision(12))).split('.');
	const whole = grouped || integer.length > 4 ? groupThousands(integer) : integer;
	return fraction === undefined ? whole : `${whole}.${fraction}`;
}

/** The same answer with another number, written the way the answer writes its own. */
export function writeQuantity(q: Quantity, value: number): string | undefined {
	let number: string | undefined;
	if (q.style === 'words') number = toWords(value);
	if (number === undefined) {
		// "1 billion" gives "500 million" and "2 billion"; "$400 billion" gives "$1.2 trillion".
		const floor = Math.min(SCALES[q.scale ?? ''] ?? Infinity, SCALES.million as number);
		const scale = q.scale
			? Object.entries(SCALES)
					.filter(([, size]) => size >= floor && value >= size)
					.sort((a, b) => b[1] - a[1])[0]
			: undefined;
		number = scale
			? `${formatDigits(value / scale[1], false)} ${scale[0]}`
			: formatDigits(value, q.grouped);
	}
	if (q.capital) number = (number[0] as string).toUpperCase() + number.slice(1);
	return q.before + number + q.after;
}

/** Numbers near the answer's, as round as it is: 2 to 6 for "three", 20 to 80 for "40". */
export function nearbyValues(q: Quantity): number[] {
	const { value } = q;
	// "one weeks" is no option for "three weeks".
	const lowest = value >= 2 && answerWords(q.after).length > 0 ? 2 : 1;
	let values: number[];
	if (Number.isInteger(value) && value > 0 && value < 12) {
		values = [1, -1, 2, -2, 3, -3, 4, 5].map((d) => value + d);
	} else {
		const significant = Math.min(q.significant, 2);
		values = [0.5, 0.75, 1.25, 1.5, 2].map((f) => roundTo(value * f, significant));
	}
	return [...new Set(values)].filter(
		(v) =>
			v !== value &&
			v >= lowest &&
			(q.max === undefined || v < q.max) &&
			(!Number.isInteger(value) || Number.isInteger(v))
	);
}
