// Dates in decks are ISO strings as precise as the source: "2016", "2016-03" or "2016-03-12".

const MONTHS = [
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

/** "2016-03-12" → "12 March 2016", "2016-03" → "March 2016", "2016" → "2016". */
export function formatWhen(when: string): string {
	const [year, month, day] = when.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (!monthName) return year ?? when;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
