// Step 2 of picking wrong options, today's rules: an option must not overlap the answer or
// another option, an amount must count the same thing, a year must be of the answer's era, a
// person must not be named in the question. Options of step 1 (draw.ts) that break a rule are
// replaced from the sources here, drawn from a stream of their own so step 1 stays as it was.
import type { Card } from '$lib/decks/schema';
import { answerWords } from './answer';
import { cardDate, dayNumber, formatDate, parseDateText } from './dates';
import {
	byTierThenDistance,
	bySource,
	dateRanker,
	duplicates,
	isRightAnswer,
	pickRanked,
	precision,
	sharedTags,
	type Candidate,
	type RightCheck,
	type Source
} from './draw';
import {
	magnitude,
	nearbyValues,
	quantityOf,
	readQuantity,
	sameKindOfAmount,
	writeQuantity,
	type Quantity
} from './quantities';
import type { Rng } from './rng';

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

/** About as many countries as there are: a count of countries above it gives itself away. */
const MAX_COUNTRIES = 195;

/** Kinds whose answer is a person: someone named in the question is no riddle. */
const PEOPLE = new Set<Card['kind']>(['quote-speaker', 'person']);

/**
 * Today's rules for an option beside the answer and the options already chosen: it overlaps
 * none of them; for an amount, it counts the same thing, within ten times the answer, and
 * states an amount no other option states; a person is not one named in the question.
 */
export function allowedBeside(card: Card): (text: string, others: readonly string[]) => boolean {
	const quantity = quantityOf(card);
	const prompt = answerWords(card.prompt);
	const year = card.kind === 'date' ? cardDate(card)?.year : undefined;
	const answerDate = card.kind === 'date' ? parseDateText(card.answer) : undefined;
	const answerPrecision = answerDate && precision(answerDate);
	return (text, others) => {
		if ([card.answer, ...others].some((other) => optionsOverlap(text, other))) return false;
		// A year from another era stands out: 1979 among 2012, 2013 and 2014.
		if (year !== undefined) {
			const option = parseDateText(text);
			if (option === undefined || Math.abs(option.year - year) > ERA_YEARS) return false;
			// "24 June 1948" among "September 1948", "1949" and "1951": the only full date.
			if (answerPrecision !== undefined && precision(option) !== answerPrecision) return false;
		}
		if (quantity) {
			// Of the same kind, and no two options stating one amount ("45 agreements" and
			// "45 cooperation agreements").
			const option = readQuantity(text);
			if (!option || !sameKindOfAmount(quantity, option)) return false;
			const amounts = [quantity.value, ...others.map((o) => readQuantity(o)?.value)];
			if (amounts.includes(option.value)) return false;
			// "over 280 countries": there are not that many.
			if (/^\s*(?:countries|nations|states)\b/.test(option.after) && option.value > MAX_COUNTRIES)
				return false;
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
export interface Picking {
	card: Card;
	pool: readonly Card[];
	/** Step 1's candidates (`candidateTexts`). */
	candidates: readonly Required<Source>[];
	judge: RightCheck;
	allowed: ReturnType<typeof allowedBeside>;
}

/** Step 2: up to `count` options that fit beside those `kept` from step 1, from `rng`. */
export function spares(
	p: Picking,
	rng: Rng,
	count: number,
	kept: readonly Candidate[]
): Candidate[] {
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
