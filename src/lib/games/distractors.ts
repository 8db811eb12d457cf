// Wrong options for multiple choice. They come from answers of the same kind (a date for a date,
// a speaker for a quote), are never a right answer, and are picked to be plausible: a quantity is
// offered beside other amounts of the same thing ("three weeks" beside "five weeks", never beside
// "five continents"), and no option contains another ("Xi Jinping" beside "Xi Jinping and
// Nguyễn Phú Trọng" would give the answer away or make two options right).
//
// Options are picked in two steps, so that a share link made before a rule was added still gives
// the same round: first the seeded draw (`draw`), whose use of the random stream must never
// change, then today's rules (`allowedBeside`), which only replace the options that break them,
// in the same place, from a stream of their own.
import type { Card } from '$lib/decks/schema';
import { answerWords, checkAnswer, normalizeAnswer } from './answer';
import {
	cardDate,
	datesOverlap,
	dayNumber,
	formatDate,
	parseDateText,
	type PartialDate
} from './dates';
import { memoize } from './memo';
import type { Rng } from './rng';
import { fromWords, NUMBER_WORD, toWords } from '../text/number-words';

interface Candidate {
	text: string;
	/** Lower is more plausible; every candidate of a better tier is considered first. */
	tier: number;
	/** Within a tier, nearer is more plausible (days, orders of magnitude). */
	distance: number;
	date?: PartialDate;
}

/** A possible option: another card's answer (or speaker, country), or a generated amount. */
interface Source {
	text: string;
	from?: Card;
}

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
function figureUnit(answer: string): string {
	return answer
		.toLowerCase()
		.replace(SCALE_WORDS, '')
		.replace(/[\d.,\s]+/g, ' ')
		.trim();
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const magnitude = (value: number) => (value === 0 ? 0 : Math.log10(Math.abs(value)));

const precision = (date: PartialDate | undefined) =>
	date === undefined ? 0 : date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1;

const sharedTags = (a: Card, b: Card) => (a.tags ?? []).filter((t) => b.tags?.includes(t)).length;

// ---------------------------------------------------------------------------------------------
// Step 1, the seeded draw. Links depend on it: what it draws, and how many numbers it takes from
// the stream, must stay as they are. New rules go in step 2.

/** Answers that can stand in for this card's answer: same kind, plus speakers / countries named anywhere. */
function candidateTexts(card: Card, pool: readonly Card[]): Required<Source>[] {
	const out: Required<Source>[] = [];
	for (const other of pool) {
		if (other.id === card.id) continue;
		if (card.sibling !== undefined && other.sibling === card.sibling) continue;
		if (other.kind === card.kind) {
			// The other card's own synonyms may include this answer ("BRI" accepting "Belt and Road").
			if (checkAnswer(card.answer, other) === 'wrong')
				out.push({ text: other.answer, from: other });
		}
		if (card.kind === 'quote-speaker' && other.speaker !== undefined) {
			out.push({ text: other.speaker, from: other });
		}
		if (card.kind === 'country' && other.country !== undefined) {
			out.push({ text: other.country, from: other });
		}
	}
	return out;
}

/** Scores candidates for one card; what depends only on the card is worked out once. */
function ranker(card: Card): (text: string, from: Card) => Candidate {
	if (card.kind === 'date') return dateRanker(card);
	if (card.kind === 'figure') {
		const target = figureValue(card);
		const unit = figureUnit(card.answer);
		return (text, from) => {
			const value = figureValue(from);
			if (target === undefined || value === undefined) return { text, tier: 4, distance: 0 };
			const sameOrder = Math.floor(magnitude(value)) === Math.floor(magnitude(target));
			const sameUnit = figureUnit(from.answer) === unit;
			return {
				text,
				tier: (sameOrder ? 0 : 2) + (sameUnit ? 0 : 1),
				distance: Math.abs(magnitude(value) - magnitude(target))
			};
		};
	}
	return (text, from) => ({ text, tier: -sharedTags(card, from), distance: 0 });
}

function dateRanker(card: Card): (text: string, from?: Card) => Candidate {
	const target = cardDate(card);
	const answerPrecision = precision(parseDateText(card.answer));
	return (text, from) => {
		const date = from?.kind === 'date' ? cardDate(from) : undefined;
		if (!target || !date) return { text, tier: 2, distance: 0 };
		// An option in the same format as the answer ("March 2016" among months) gives nothing away.
		const tier = precision(parseDateText(text)) === answerPrecision ? 0 : 1;
		return { text, tier, distance: Math.abs(dayNumber(date) - dayNumber(target)), date };
	};
}

/** Whether a text would be judged right for the card; one card's checks are worked out once. */
type RightCheck = (text: string) => boolean;

function rightCheck(card: Card): RightCheck {
	const verdicts = new Map<string, boolean>();
	return (text) => {
		let right = verdicts.get(text);
		if (right === undefined) {
			right = checkAnswer(text, card) !== 'wrong';
			verdicts.set(text, right);
		}
		return right;
	};
}

function isRightAnswer(card: Card, candidate: Candidate, judge: RightCheck): boolean {
	if (judge(candidate.text)) return true;
	// "2016" is not wrong for "March 2016": the learner could not know which one is meant.
	const target = card.kind === 'date' ? cardDate(card) : undefined;
	return (
		target !== undefined && candidate.date !== undefined && datesOverlap(target, candidate.date)
	);
}

function duplicates(a: Candidate, b: Candidate): boolean {
	if (normalizeAnswer(a.text) === normalizeAnswer(b.text)) return true;
	return a.date !== undefined && b.date !== undefined && datesOverlap(a.date, b.date);
}

/**
 * Up to `count` candidates, best tier first; within a tier, a random pick among the nearest
 * 2 × needed keeps rounds varied. `fits` says whether a candidate can join those chosen so far.
 */
function pickRanked(
	ranked: readonly Candidate[],
	count: number,
	rng: Rng,
	fits: (candidate: Candidate, chosen: readonly Candidate[]) => boolean
): Candidate[] {
	const chosen: Candidate[] = [];
	let start = 0;
	while (chosen.length < count && start < ranked.length) {
		const tier = (ranked[start] as Candidate).tier;
		let end = start;
		while (end < ranked.length && (ranked[end] as Candidate).tier === tier) end++;
		const need = count - chosen.length;
		const window: Candidate[] = [];
		for (const candidate of ranked.slice(start, end)) {
			if (window.length >= need * 2) break;
			if (fits(candidate, [...chosen, ...window])) window.push(candidate);
		}
		chosen.push(...rng.sample(window, need));
		start = end;
	}
	return chosen;
}

const byTierThenDistance = (a: Candidate, b: Candidate) =>
	a.tier - b.tier || a.distance - b.distance;

const bySource = (a: Source, b: Source) =>
	compare(a.from?.id ?? '', b.from?.id ?? '') || compare(a.text, b.text);

/** Step 1: the options the seeded draw has always given, from `candidateTexts`. */
function draw(
	card: Card,
	sources: readonly Required<Source>[],
	rng: Rng,
	count: number,
	judge: RightCheck
): Candidate[] {
	const rank = ranker(card);
	// Sorted before shuffling, so the pool's order does not change the options a seed gives.
	const ranked = rng
		.shuffle([...sources].sort(bySource))
		.map(({ text, from }) => rank(text, from))
		.filter((candidate) => !isRightAnswer(card, candidate, judge))
		.sort(byTierThenDistance);
	return pickRanked(ranked, count, rng, (c, chosen) => !chosen.some((o) => duplicates(o, c)));
}

// ---------------------------------------------------------------------------------------------
// Step 2, today's rules, and where replacements come from.

const ARTICLES = new Set(['the', 'a', 'an']);

/** True when the words of `part` appear, in order and together, among the words of `whole`. */
function containsWords(whole: readonly string[], part: readonly string[]): boolean {
	if (part.length === 0 || part.length > whole.length) return false;
	for (let i = 0; i + part.length <= whole.length; i++) {
		if (part.every((word, j) => whole[i + j] === word)) return true;
	}
	return false;
}

const withoutArticle = (list: readonly string[]) =>
	list.length > 1 && ARTICLES.has(list[0] as string) ? list.slice(1) : list;

/**
 * True when one option contains the other: "Xi Jinping" and "Xi Jinping and Nguyễn Phú Trọng",
 * "Putin" and "Vladimir Putin", "comprehensive strategic partnership" and "Joint Statement on
 * Deepening the Comprehensive Strategic Partnership …". Offered together, they give the answer
 * away or are both right. One word that merely occurs in a longer phrase ("Against" in "A defence
 * measure against North Korea") is no overlap.
 */
export function optionsOverlap(a: string, b: string): boolean {
	const [short, long] = [withoutArticle(answerWords(a)), withoutArticle(answerWords(b))].sort(
		(x, y) => x.length - y.length
	) as [string[], string[]];
	if (!containsWords(long, short)) return false;
	return short.length >= 2 || short.length * 3 >= long.length;
}

// Quantities: "over 350,000 miles", "three weeks", "$400 billion", "six of the nine".

/** An answer read as an amount: the number, and the words around it kept as they are. */
interface Quantity {
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
const readQuantity: (text: string) => Quantity | undefined = memoize(quantityIn);

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
function quantityOf(card: Card): Quantity | undefined {
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
function sameKindOfAmount(a: Quantity, b: Quantity): boolean {
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
function writeQuantity(q: Quantity, value: number): string | undefined {
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
function nearbyValues(q: Quantity): number[] {
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

/** Other amounts of the same thing, for a deck with too few of its own. */
function generatedAmounts(q: Quantity): Source[] {
	return nearbyValues(q).flatMap((value) => {
		const text = writeQuantity(q, value);
		return text === undefined ? [] : [{ text }];
	});
}

/** How far a wrong year may stand from the right one before it gives itself away. */
const ERA_YEARS = 8;

/**
 * Other dates as precise as the answer and a few years from it, for a generated date card whose
 * deck has too few dates of its era.
 */
function generatedDates(card: Card): Source[] {
	const answer = parseDateText(card.answer);
	if (!answer || /[–-]/.test(card.answer)) return [];
	return [1, -1, 2, -2, 3, -3, 5, -5].map((delta) => ({
		text: formatDate({ ...answer, year: answer.year + delta })
	}));
}

/** Kinds whose answer is a person: someone named in the question is no riddle. */
const PEOPLE = new Set<Card['kind']>(['quote-speaker', 'person']);

/**
 * Today's rules for an option beside the answer and the options already chosen: it overlaps
 * none of them; for an amount, it counts the same thing, within ten times the answer, and
 * states an amount no other option states; a person is not one named in the question.
 */
function allowedBeside(card: Card): (text: string, others: readonly string[]) => boolean {
	const quantity = quantityOf(card);
	const prompt = answerWords(card.prompt);
	const year = card.kind === 'date' ? cardDate(card)?.year : undefined;
	return (text, others) => {
		if ([card.answer, ...others].some((other) => optionsOverlap(text, other))) return false;
		// A year from another era stands out: 1979 among 2012, 2013 and 2014.
		if (year !== undefined) {
			const option = parseDateText(text)?.year;
			if (option === undefined || Math.abs(option - year) > ERA_YEARS) return false;
		}
		if (quantity) {
			// Of the same kind, and no two options stating one amount ("45 agreements" and
			// "45 cooperation agreements").
			const option = readQuantity(text);
			if (!option || !sameKindOfAmount(quantity, option)) return false;
			const amounts = [quantity.value, ...others.map((o) => readQuantity(o)?.value)];
			if (amounts.includes(option.value)) return false;
		}
		return !(PEOPLE.has(card.kind) && containsWords(prompt, answerWords(text)));
	};
}

/** Where replacements come from: step 1's candidates, more people, and generated amounts. */
function spareSources(
	card: Card,
	pool: readonly Card[],
	candidates: readonly Required<Source>[]
): Source[] {
	const out: Source[] = [...candidates];
	const related =
		card.kind === 'quote-speaker' ? 'person' : card.kind === 'person' ? 'speaker' : '';
	for (const other of related ? pool : []) {
		if (other.id === card.id) continue;
		if (related === 'person' && other.kind === 'person')
			out.push({ text: other.answer, from: other });
		if (related === 'speaker' && other.speaker !== undefined)
			out.push({ text: other.speaker, from: other });
	}
	const quantity = quantityOf(card);
	if (quantity) out.push(...generatedAmounts(quantity));
	// Only for a generated card: a teacher's own deck gets no invented dates.
	if (card.kind === 'date' && card.answerType === 'date') out.push(...generatedDates(card));
	return out;
}

function spareRanker(card: Card): (source: Source) => Candidate {
	if (card.kind === 'date') {
		const rank = dateRanker(card);
		const target = cardDate(card);
		return ({ text, from }) => {
			if (from || !target) return rank(text, from);
			// A generated date: after the deck's own, nearest first.
			const date = parseDateText(text);
			const distance = date ? Math.abs(dayNumber(date) - dayNumber(target)) : 0;
			return { text, tier: 3, distance, ...(date && { date }) };
		};
	}
	const quantity = quantityOf(card);
	if (quantity) {
		return ({ text, from }) => {
			const value = (from ? quantityOf(from) : readQuantity(text))?.value;
			const distance =
				value === undefined ? 0 : Math.abs(magnitude(value) - magnitude(quantity.value));
			// The deck's own amounts first: they are real figures, not made up.
			return { text, tier: from ? 0 : 1, distance };
		};
	}
	// Answers of the same kind first, then the people and speakers added for this step.
	return ({ text, from }) => ({
		text,
		tier:
			(from?.kind === card.kind || (card.kind === 'quote-speaker' && from?.speaker === text)
				? 0
				: 10) - (from ? sharedTags(card, from) : 0),
		distance: 0
	});
}

/** What both steps work from, for one card: worked out once. */
interface Picking {
	card: Card;
	pool: readonly Card[];
	/** Step 1's candidates (`candidateTexts`). */
	candidates: readonly Required<Source>[];
	judge: RightCheck;
	allowed: ReturnType<typeof allowedBeside>;
}

/** Step 2: up to `count` options that fit beside those `kept` from step 1, from `rng`. */
function spares(p: Picking, rng: Rng, count: number, kept: readonly Candidate[]): Candidate[] {
	if (count <= 0) return [];
	const rank = spareRanker(p.card);
	const ranked = rng
		.shuffle(spareSources(p.card, p.pool, p.candidates).sort(bySource))
		.map(rank)
		.filter((c) => !isRightAnswer(p.card, c, p.judge))
		.sort(byTierThenDistance);
	return pickRanked(ranked, count, rng, (c, chosen) => {
		const others = [...kept, ...chosen];
		const texts = others.map((o) => o.text);
		return !others.some((o) => duplicates(o, c)) && p.allowed(c.text, texts);
	});
}

/**
 * Step 1's options in their places, each kept only when today's rules allow it (null where one
 * was dropped), plus replacements: first into the dropped places, then after them up to `count`.
 */
function pickSlots(
	card: Card,
	pool: readonly Card[],
	rng: Rng,
	spare: Rng,
	count: number
): { slots: (string | null)[]; extra: string[] } {
	const p: Picking = {
		card,
		pool,
		candidates: candidateTexts(card, pool),
		judge: rightCheck(card),
		allowed: allowedBeside(card)
	};
	const kept: Candidate[] = [];
	const slots = draw(card, p.candidates, rng, count, p.judge).map((candidate) => {
		const texts = kept.map((k) => k.text);
		if (!p.allowed(candidate.text, texts)) return null;
		kept.push(candidate);
		return candidate.text;
	});
	const replacements = spares(p, spare, count - kept.length, kept).map((c) => c.text);
	for (let i = 0; i < slots.length && replacements.length > 0; i++) {
		if (slots[i] === null) slots[i] = replacements.shift() as string;
	}
	return { slots, extra: replacements };
}

/**
 * Up to `count` wrong options for `card`, drawn from `pool` (which may be wider than the round's
 * deck, so a small deck still gets full questions). Fewer are returned rather than invented,
 * except for an amount: a deck with too few amounts of the same thing gets other numbers of it
 * ("four weeks" for "three weeks"). The most plausible tier is used first; within it a random
 * pick among the nearest 2 × needed keeps rounds varied.
 */
export function pickDistractors(card: Card, pool: readonly Card[], rng: Rng, count = 3): string[] {
	const { slots, extra } = pickSlots(card, pool, rng, rng, count);
	return [...slots.filter((s): s is string => s !== null), ...extra];
}

/**
 * A multiple-choice question: the answer among up to `count` wrong options, in display order,
 * and where the answer is. `rng` is the round's stream; `spare` gives what today's rules add, so
 * they change nothing else in the round: an option that was fine when a link was made keeps its
 * place, and the later questions keep theirs.
 */
export function chooseOptions(
	card: Card,
	pool: readonly Card[],
	rng: Rng,
	spare: Rng,
	count = 3
): { options: string[]; correct: number } {
	// A generated card's options come from its deck, never from other cards' answers, which may be
	// of another type or form; dates and amounts are still made from the answer itself.
	const fromItsDeck =
		card.distractors !== undefined ||
		(card.answerType !== undefined && card.answerType !== 'date' && card.answerType !== 'number');
	if (fromItsDeck) return fromDeck(card, rng, count);
	const { slots, extra } = pickSlots(card, pool, rng, spare, count);
	// The answer and step 1's places are shuffled as they always were (index 0 is the answer).
	const order = rng.shuffle(Array.from({ length: slots.length + 1 }, (_, i) => i));
	const options: string[] = [];
	let correct = -1;
	for (const i of order) {
		if (i === 0) correct = options.push(card.answer) - 1;
		else if (slots[i - 1] !== null) options.push(slots[i - 1] as string);
	}
	for (const text of extra) {
		const at = spare.int(options.length + 1);
		options.splice(at, 0, text);
		if (at <= correct) correct++;
	}
	return { options, correct };
}

/**
 * The deck's wrong options are stored most plausible first (a list's own other items, people of
 * the asked role, countries of the asked region); a round takes the first and `count - 1` of the
 * next `count`, so rounds vary a little and never reach for the weaker ones further down.
 */
export const DECK_OPTION_WINDOW = 1;

/**
 * Options from the wrong answers the deck was made with (chosen from everything its texts name,
 * of the answer's type and form): `count` of the most plausible, and the answer among them.
 */
function fromDeck(card: Card, rng: Rng, count: number): { options: string[]; correct: number } {
	const judge = rightCheck(card);
	const wrong = (card.distractors ?? [])
		.filter((text) => !judge(text))
		.slice(0, count + DECK_OPTION_WINDOW);
	// The most plausible is always asked (another of Taiwan's presidents for Tsai Ing-wen); the
	// rest vary from round to round.
	const [best, ...rest] = wrong;
	const chosen = best === undefined ? [] : [best, ...rng.sample(rest, count - 1)];
	const options = rng.shuffle([card.answer, ...chosen]);
	return { options, correct: options.indexOf(card.answer) };
}
