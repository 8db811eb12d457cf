// Wrong options for multiple choice. They come from answers of the same kind (a date for a date,
// a speaker for a quote), are never a right answer, and are picked to be plausible.
import type { Card } from '$lib/decks/schema';
import { checkAnswer, normalizeAnswer } from './answer';
import { cardDate, datesOverlap, dayNumber, parseDateText, type PartialDate } from './dates';
import type { Rng } from './rng';

interface Candidate {
	text: string;
	/** Lower is more plausible; every candidate of a better tier is considered first. */
	tier: number;
	/** Within a tier, nearer is more plausible (days, orders of magnitude). */
	distance: number;
	date?: PartialDate;
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

/** Answers that can stand in for this card's answer: same kind, plus speakers / countries named anywhere. */
function candidateTexts(card: Card, pool: readonly Card[]): { text: string; from: Card }[] {
	const out: { text: string; from: Card }[] = [];
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
	if (card.kind === 'date') {
		const target = cardDate(card);
		const answerPrecision = precision(parseDateText(card.answer));
		return (text, from) => {
			const date = from.kind === 'date' ? cardDate(from) : undefined;
			if (!target || !date) return { text, tier: 2, distance: 0 };
			// An option in the same format as the answer ("March 2016" among months) gives nothing away.
			const tier = precision(parseDateText(text)) === answerPrecision ? 0 : 1;
			return { text, tier, distance: Math.abs(dayNumber(date) - dayNumber(target)), date };
		};
	}
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

function isRightAnswer(card: Card, candidate: Candidate): boolean {
	if (checkAnswer(candidate.text, card) !== 'wrong') return true;
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
 * Up to `count` wrong options for `card`, drawn from `pool` (which may be wider than the round's
 * deck, so a small deck still gets full questions). Fewer are returned rather than invented.
 * The most plausible tier is used first; within it a random pick among the nearest 2 × needed
 * keeps rounds varied.
 */
export function pickDistractors(card: Card, pool: readonly Card[], rng: Rng, count = 3): string[] {
	const rank = ranker(card);
	// Sorted before shuffling, so the pool's order does not change the options a seed gives.
	const candidates = candidateTexts(card, pool).sort(
		(a, b) => compare(a.from.id, b.from.id) || compare(a.text, b.text)
	);
	const ranked = rng
		.shuffle(candidates)
		.map(({ text, from }) => rank(text, from))
		.filter((candidate) => !isRightAnswer(card, candidate))
		.sort((a, b) => a.tier - b.tier || a.distance - b.distance);
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
			if (![...chosen, ...window].some((other) => duplicates(other, candidate))) {
				window.push(candidate);
			}
		}
		chosen.push(...rng.sample(window, need));
		start = end;
	}
	return chosen.map((candidate) => candidate.text);
}
