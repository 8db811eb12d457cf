// Step 1 of picking wrong options, the seeded draw. Share links depend on it: what it draws, and
// how many numbers it takes from the random stream, must stay as they are. New rules go in step 2
// (option-rules.ts), which only replaces the options that break them.
import type { Card } from '$lib/decks/schema';
import { checkAnswer, normalizeAnswer } from './answer';
import { cardDate, datesOverlap, dayNumber, parseDateText, type PartialDate } from './dates';
import { figureUnit, figureValue, magnitude } from './quantities';
import type { Rng } from './rng';

export interface Candidate {
	text: string;
	/** Lower is more plausible; every candidate of a better tier is considered first. */
	tier: number;
	/** Within a tier, nearer is more plausible (days, orders of magnitude). */
	distance: number;
	date?: PartialDate;
}

/** A possible option: another card's answer (or speaker, country), or a generated amount. */
export interface Source {
	text: string;
	from?: Card;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** 3 for a day, 2 for a month, 1 for a year alone, 0 for no date. */
export const precision = (date: PartialDate | undefined) =>
	date === undefined ? 0 : date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1;

export const sharedTags = (a: Card, b: Card) =>
	(a.tags ?? []).filter((t) => b.tags?.includes(t)).length;

/** Answers that can stand in for this card's answer: same kind, plus speakers / countries named anywhere. */
export function candidateTexts(card: Card, pool: readonly Card[]): Required<Source>[] {
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

export function dateRanker(card: Card): (text: string, from?: Card) => Candidate {
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
export type RightCheck = (text: string) => boolean;

export function rightCheck(card: Card): RightCheck {
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

export function isRightAnswer(card: Card, candidate: Candidate, judge: RightCheck): boolean {
	if (judge(candidate.text)) return true;
	// "2016" is not wrong for "March 2016": the learner could not know which one is meant.
	const target = card.kind === 'date' ? cardDate(card) : undefined;
	return (
		target !== undefined && candidate.date !== undefined && datesOverlap(target, candidate.date)
	);
}

export function duplicates(a: Candidate, b: Candidate): boolean {
	if (normalizeAnswer(a.text) === normalizeAnswer(b.text)) return true;
	return a.date !== undefined && b.date !== undefined && datesOverlap(a.date, b.date);
}

/**
 * Up to `count` candidates, best tier first; within a tier, a random pick among the nearest
 * 2 × needed keeps rounds varied. `fits` says whether a candidate can join those chosen so far.
 */
export function pickRanked(
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

export const byTierThenDistance = (a: Candidate, b: Candidate) =>
	a.tier - b.tier || a.distance - b.distance;

export const bySource = (a: Source, b: Source) =>
	compare(a.from?.id ?? '', b.from?.id ?? '') || compare(a.text, b.text);

/** Step 1: the options the seeded draw has always given, from `candidateTexts`. */
export function draw(
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
