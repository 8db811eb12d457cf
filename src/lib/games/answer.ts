// Typed-answer comparison, shared by the quiz and the daily review: a learner is judged on what
// they know, not on capitals, accents, punctuation or spacing.
import type { Card } from '$lib/decks/schema';
import { asPreciseAs, parseDateText, sameDate } from './dates';
import { memoize } from './memo';

/** 'close' means about one typo away: the review screen can suggest "Hard" instead of "Again". */
export type AnswerVerdict = 'correct' | 'close' | 'wrong';

export type CheckableCard = Pick<Card, 'kind' | 'answer' | 'accept'>;

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The form two answers are compared in: lower case, no accents, no punctuation or spaces,
 * no leading article, "&" read as "and", "350,000" as "350000"; a decimal point is kept.
 */
export const normalizeAnswer: (text: string) => string = memoize(normalize);

/** The words of a text as answers compare them: lower case, no accents, "350,000" one word. */
export const answerWords: (text: string) => readonly string[] = memoize(wordsOf);

function wordsOf(text: string): string[] {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/&/g, ' and ')
			.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
			.replace(/(\d),(?=\d)/g, '$1.')
			.match(/\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu) ?? []
	);
}

function normalize(text: string): string {
	const words = [...answerWords(text)];
	if (words.length > 1 && ARTICLES.has(words[0] as string)) words.shift();
	return words.join('');
}

/** Every answer a card accepts: its answer, then its `accept` list. */
export function acceptedAnswers(card: Pick<Card, 'answer' | 'accept'>): string[] {
	return [card.answer, ...(card.accept ?? [])];
}

/** Damerau–Levenshtein distance (optimal string alignment): a swap of neighbours is one typo. */
export function editDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				row.push(j);
				continue;
			}
			const above = rows[i - 1] as number[];
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(
				(above[j] as number) + 1,
				(row[j - 1] as number) + 1,
				(above[j - 1] as number) + cost
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
			}
			row.push(best);
		}
		rows.push(row);
	}
	return (rows[a.length] as number[])[b.length] as number;
}

/** Typos forgiven for an answer of this (normalised) length: none for short words like "Iran". */
function typoAllowance(length: number): number {
	if (length <= 4) return 0;
	return length < 12 ? 1 : 2;
}

const digits = (text: string) => text.replace(/[^0-9]/g, '');

function isTypoOf(expected: string, given: string): boolean {
	// A different number is a different answer, never a typo: 2015 is not "close" to 2016.
	if (digits(expected) !== digits(given)) return false;
	const allowance = typoAllowance(expected.length);
	return (
		allowance > 0 &&
		Math.abs(expected.length - given.length) <= allowance &&
		editDistance(expected, given) <= allowance
	);
}

/**
 * Judges a typed answer against a card. Date cards also accept the same date written another
 * way ("12 March 2016" or "2016-03" for "March 2016"), but not a less precise one ("2016"):
 * that is 'wrong', not 'close', since a quiz counts 'close' as right and "2016" is no typo.
 */
export function checkAnswer(given: string, card: CheckableCard): AnswerVerdict {
	const typed = normalizeAnswer(given);
	if (typed === '') return 'wrong';
	// Decks generated before this rule (saved custom decks, old links) listed the bare year and
	// month among a date's accepted answers: those entries no longer count.
	const accepted =
		card.kind === 'date'
			? acceptedAnswers(card).filter((answer, i) => i === 0 || asPreciseAs(answer, card.answer))
			: acceptedAnswers(card);
	if (accepted.some((answer) => normalizeAnswer(answer) === typed)) return 'correct';
	if (card.kind === 'date') {
		const typedDate = parseDateText(given);
		if (typedDate) {
			const dates = accepted.map(parseDateText);
			if (dates.some((date) => date !== undefined && sameDate(date, typedDate))) return 'correct';
		}
	}
	return accepted.some((answer) => isTypoOf(normalizeAnswer(answer), typed)) ? 'close' : 'wrong';
}
