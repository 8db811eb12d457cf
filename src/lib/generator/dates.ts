// Finding and formatting dates in English text ("12 March 2016", "March 2016", "in 2016").

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const MONTH_RE = MONTHS.join('|');

export interface DateMention {
	/** Offsets of the date words in the text (without preposition). */
	start: number;
	end: number;
	/** Offsets including a preposition before the date ("in 2016", "on 4 June 2019"). */
	phraseStart: number;
	/** The preposition before the date, lower-case ("" when the date is attributive). */
	prep: string;
	year?: number;
	month?: number;
	day?: number;
	/** Last day of a range ("20–22 March 2023"). */
	dayEnd?: number;
	/** A span of years ("from 2013 to 2025", "2013–2025"): not one event's date. */
	range: boolean;
	text: string;
}

const PREPS =
	'in|on|by|since|until|till|from|during|of|after|before|around|early|late|mid|at|to|through|between';

/** Every date mention in a text, most specific forms first, without overlaps. */
export function findDates(text: string): DateMention[] {
	const out: DateMention[] = [];
	const taken: [number, number][] = [];
	const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
	const add = (m: RegExpExecArray, d: Partial<DateMention>) => {
		const start = m.index;
		const end = m.index + m[0].length;
		if (!free(start, end)) return;
		taken.push([start, end]);
		const before = text.slice(0, start);
		const p = new RegExp(`\\b(${PREPS})\\s+(?:(?:early|late|mid)[-\\s])?$`, 'i').exec(before);
		out.push({
			start,
			end,
			phraseStart: p ? p.index : start,
			prep: p ? p[1]!.toLowerCase() : '',
			range: false,
			text: m[0],
			...d
		});
	};
	const month = (name: string) => MONTHS.indexOf(name) + 1;
	let m: RegExpExecArray | null;
	// 20–22 March 2023 / 12 March 2016
	const dmy = new RegExp(
		`\\b(\\d{1,2})(?:\\s*[\u2013-]\\s*(\\d{1,2}))?\\s+(${MONTH_RE})\\s+(\\d{4})\\b`,
		'g'
	);
	while ((m = dmy.exec(text)))
		add(m, { day: +m[1]!, ...(m[2] ? { dayEnd: +m[2] } : {}), month: month(m[3]!), year: +m[4]! });
	// March 12, 2016
	const mdy = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}),\\s+(\\d{4})\\b`, 'g');
	while ((m = mdy.exec(text))) add(m, { day: +m[2]!, month: month(m[1]!), year: +m[3]! });
	// March 2016, and "April, 1955" as some texts write it
	const my = new RegExp(`\\b(${MONTH_RE})(?:,|\\s+of)?\\s+(\\d{4})\\b`, 'g');
	while ((m = my.exec(text))) add(m, { month: month(m[1]!), year: +m[2]! });
	// 28 August (year from context)
	const dm = new RegExp(`\\b(\\d{1,2})(?:\\s*[\u2013-]\\s*(\\d{1,2}))?\\s+(${MONTH_RE})\\b`, 'g');
	while ((m = dm.exec(text)))
		add(m, { day: +m[1]!, ...(m[2] ? { dayEnd: +m[2] } : {}), month: month(m[3]!) });
	// year ranges
	const yr = /\b(?:from\s+)?(1[5-9]\d\d|20\d\d)\s*(?:[\u2013-]|to|and)\s*(1[5-9]\d\d|20\d\d)\b/g;
	while ((m = yr.exec(text))) {
		if (!free(m.index, m.index + m[0].length)) continue;
		taken.push([m.index, m.index + m[0].length]);
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			phraseStart: m.index,
			prep: '',
			range: true,
			text: m[0],
			year: +m[1]!
		});
	}
	// bare years, not part of a larger number, not decades ("1990s")
	const y = /(?<!\d[,.]|[\d$])\b(1[5-9]\d\d|20\d\d)\b(?!\d|,\d|s\b|-\w)/g;
	while ((m = y.exec(text))) add(m, { year: +m[1]! });
	return out.sort((a, b) => a.start - b.start);
}

export function precision(d: DateMention): 'day' | 'month' | 'year' {
	return d.day ? 'day' : d.month ? 'month' : 'year';
}

export function isoOf(d: DateMention, year = d.year): string | undefined {
	if (!year) return undefined;
	const y = String(year);
	if (!d.month) return y;
	const mo = String(d.month).padStart(2, '0');
	if (!d.day) return `${y}-${mo}`;
	return `${y}-${mo}-${String(d.day).padStart(2, '0')}`;
}

export function displayOf(d: DateMention, year = d.year): string {
	const mo = d.month ? MONTHS[d.month - 1] : '';
	if (d.day && d.dayEnd) return `${d.day}\u2013${d.dayEnd} ${mo} ${year}`;
	if (d.day) return `${d.day} ${mo} ${year}`;
	if (d.month) return `${mo} ${year}`;
	return String(year);
}

/**
 * Other spellings of the answer a typed answer may use, each naming the date as precisely as the
 * answer does. Never the bare year or month of a fuller date: that would pass a vaguer answer.
 * Other spellings of a single date ("12 Mar 2016", "2016-03-12") are read when the answer is
 * checked, and dashes and spaces do not count, so "20-22 March 2023" needs no entry here.
 */
export function acceptOf(d: DateMention, year = d.year): string[] {
	if (!d.day || !d.month) return [];
	const mo = MONTHS[d.month - 1];
	if (d.dayEnd) return [`${mo} ${d.day}\u2013${d.dayEnd}, ${year}`];
	return [`${mo} ${d.day}, ${year}`];
}
