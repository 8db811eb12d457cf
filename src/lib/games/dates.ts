// Dates as precise as the source: a year, a month or a day. Used to judge typed dates, to pick
// nearby date distractors and to keep timelines and matching boards unambiguous.
import type { Card } from '$lib/decks/schema';
import { memoize } from './memo';

export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
] as const;

/** Words a written date may contain besides its parts ("on the 12th of March 2016"). */
const FILLER = new Set(['of', 'the', 'in', 'on']);

/** Reads a card's `when` ("2016", "2016-03", "2016-03-12"); undefined if malformed. */
export function parseWhen(when: string): PartialDate | undefined {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(when);
	if (!m) return undefined;
	return validDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
}

function validDate(year: number, month?: number, day?: number): PartialDate | undefined {
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (day !== undefined && (month === undefined || day < 1 || day > 31)) return undefined;
	const date: PartialDate = { year };
	if (month !== undefined) date.month = month;
	if (day !== undefined) date.day = day;
	return date;
}

function monthOf(word: string): number | undefined {
	if (word.length < 3) return undefined;
	const index = MONTHS.findIndex(
		(name) => name.startsWith(word) || (word === 'sept' && name === 'september')
	);
	return index === -1 ? undefined : index + 1;
}

/**
 * Reads a date written by a person: "March 2016", "12 March 2016", "march 12th, 2016",
 * "Mar 2016", "2016-03". Strict: any other word means it is not just a date (undefined).
 */
export const parseDateText: (text: string) => Readonly<PartialDate> | undefined =
	memoize(parseDate);

function parseDate(text: string): PartialDate | undefined {
	const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
	const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(plain);
	if (iso) {
		const [, y, m, d] = iso;
		return validDate(Number(y), m ? Number(m) : undefined, d ? Number(d) : undefined);
	}
	let year: number | undefined;
	let month: number | undefined;
	let day: number | undefined;
	for (const word of plain.split(/[^a-z0-9]+/).filter(Boolean)) {
		const ordinal = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
		if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
		else if (ordinal && day === undefined) day = Number(ordinal[1]);
		else if (monthOf(word) !== undefined && month === undefined) month = monthOf(word);
		else if (!FILLER.has(word)) return undefined;
	}
	return year === undefined ? undefined : validDate(year, month, day);
}

/** True when `given` names the same date as `expected`, at least as precisely. */
export function sameDate(expected: PartialDate, given: PartialDate): boolean {
	return (
		given.year === expected.year &&
		(expected.month === undefined || given.month === expected.month) &&
		(expected.day === undefined || given.day === expected.day)
	);
}

/** 1 for a year, 2 for a month, 3 for a day. */
function precisionOf(date: PartialDate): number {
	return date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1;
}

/**
 * True when `text` names a date at least as precisely as `answer`: "March 12, 2016" for
 * "12 March 2016", but not "March 2016", "2016" or "12 March". An answer that is not one date
 * (a range, "20–22 March 2023") is matched only by texts that are not one date either and keep
 * its year ("March 20–22, 2023"); a single day of the range says less than the range.
 */
export function asPreciseAs(text: string, answer: string): boolean {
	const given = parseDateText(text);
	const expected = parseDateText(answer);
	if (given !== undefined)
		return expected !== undefined && precisionOf(given) >= precisionOf(expected);
	const year = /\b\d{4}\b/.exec(answer)?.[0];
	return year === undefined || text.includes(year);
}

/** True when two dates could be the same moment ("2016" overlaps "March 2016"). */
export function datesOverlap(a: PartialDate, b: PartialDate): boolean {
	if (a.year !== b.year) return false;
	if (a.month === undefined || b.month === undefined) return true;
	if (a.month !== b.month) return false;
	return a.day === undefined || b.day === undefined || a.day === b.day;
}

/** Days since 1970, taking the middle of whatever period the date leaves open. */
export function dayNumber(date: PartialDate): number {
	const month = date.month ?? 7;
	const day = date.day ?? (date.month === undefined ? 1 : 15);
	return Date.UTC(date.year, month - 1, day) / 86_400_000;
}

/** "12 March 2016", "March 2016" or "2016". */
export function formatDate(date: PartialDate): string {
	const month = date.month === undefined ? undefined : MONTHS[date.month - 1];
	const name = month === undefined ? '' : month[0]?.toUpperCase() + month.slice(1);
	return [date.day, name, date.year].filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * The text to show as a date card's answer: the full date when `when` is more precise than the
 * answer ("2016" with when "2016-03-12" → "12 March 2016"), else the answer itself, which keeps
 * a range ("20–22 March 2023") whole where `when` holds only its first day.
 */
export function dateAnswerText(card: Pick<Card, 'answer' | 'when'>): string {
	const when = card.when === undefined ? undefined : parseWhen(card.when);
	const answer = parseDateText(card.answer);
	if (when === undefined || answer === undefined) return card.answer;
	// A `when` that disagrees with the answer is not shown in its place.
	const fuller = precisionOf(when) > precisionOf(answer) && sameDate(answer, when);
	return fuller ? formatDate(when) : card.answer;
}

/** The date a card is about: its `when`, or for a date card the date its answer names. */
export function cardDate(card: Pick<Card, 'kind' | 'answer' | 'when'>): PartialDate | undefined {
	if (card.when !== undefined) return parseWhen(card.when);
	return card.kind === 'date' ? parseDateText(card.answer) : undefined;
}
