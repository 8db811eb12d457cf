// A study day starts at a configurable local hour (4 a.m. by default), as in Anki:
// reviewing after midnight still counts towards the evening's session.

/** Local start of the study day that `now` falls in. */
export function dayStart(now: Date, startHour: number): Date {
	const start = new Date(now.getFullYear(), now.getMonth(), now.getDate(), startHour);
	if (start.getTime() > now.getTime()) start.setDate(start.getDate() - 1);
	return start;
}

/** Local start of the next study day (the moment a burial ends). */
export function nextDayStart(now: Date, startHour: number): Date {
	const next = dayStart(now, startHour);
	next.setDate(next.getDate() + 1);
	return next;
}

/** Calendar label of the study day, e.g. "2025-01-09" for 03:59 on 10 January with a 4 a.m. start. */
export function dayKey(now: Date, startHour: number): string {
	const start = dayStart(now, startHour);
	const month = String(start.getMonth() + 1).padStart(2, '0');
	const day = String(start.getDate()).padStart(2, '0');
	return `${start.getFullYear()}-${month}-${day}`;
}

/** Start of the study day `offset` days after the one `now` falls in (negative: before). */
export function dayStartOffset(now: Date, startHour: number, offset: number): Date {
	const start = dayStart(now, startHour);
	start.setDate(start.getDate() + offset);
	return start;
}
