// Chart geometry as plain functions, so the SVG components only draw what they are given.
import { dayKey } from '$lib/srs/day';

export interface Bar {
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
}

/** Vertical bars filling `width` × `height`, scaled to the largest value (at least 1). */
export function barLayout(
	values: readonly number[],
	width: number,
	height: number,
	gap = 2
): Bar[] {
	const max = Math.max(1, ...values);
	const slot = values.length ? width / values.length : 0;
	return values.map((value, i) => {
		const h = (value / max) * height;
		return {
			x: i * slot + gap / 2,
			y: height - h,
			width: Math.max(1, slot - gap),
			height: h,
			value
		};
	});
}

export interface HeatCell {
	/** Local calendar day, YYYY-MM-DD. */
	day: string;
	count: number;
	/** 0 (none) to 4 (most), relative to the busiest day shown. */
	level: 0 | 1 | 2 | 3 | 4;
	/** Week column (0 = oldest) and weekday row (0 = Sunday). */
	column: number;
	row: number;
}

/** A GitHub-style calendar of `weeks` weeks ending with the week of `today`. */
export function heatmapCells(
	countsByDay: ReadonlyMap<string, number>,
	today: Date,
	weeks = 26
): HeatCell[] {
	const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
	start.setDate(start.getDate() - start.getDay() - (weeks - 1) * 7);
	const max = Math.max(1, ...countsByDay.values());
	const cells: HeatCell[] = [];
	for (let i = 0; i < weeks * 7; i++) {
		const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
		if (date > today) break;
		const day = dayKey(date, 0);
		const count = countsByDay.get(day) ?? 0;
		const level =
			count === 0 ? 0 : (Math.min(4, Math.ceil((count / max) * 4)) as HeatCell['level']);
		cells.push({ day, count, level, column: Math.floor(i / 7), row: i % 7 });
	}
	return cells;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month's name over the first week column that starts in it, as calendars label them. */
export function heatmapMonths(cells: readonly HeatCell[]): { column: number; label: string }[] {
	const labels: { column: number; label: string }[] = [];
	let last = -1;
	for (const cell of cells) {
		if (cell.row !== 0) continue;
		const month = Number(cell.day.slice(5, 7)) - 1;
		if (month !== last) labels.push({ column: cell.column, label: MONTHS[month] ?? '' });
		last = month;
	}
	// A label squeezed into the first column, before the next month's, would overlap it.
	if (labels.length > 1 && labels[1]!.column - labels[0]!.column < 3) labels.shift();
	return labels;
}

/** An SVG path through the points that have a value; gaps (null) break the line. */
export function linePath(
	values: readonly (number | null)[],
	width: number,
	height: number,
	min = 0,
	max = 1
): string {
	const step = values.length > 1 ? width / (values.length - 1) : 0;
	const span = max - min || 1;
	let path = '';
	let pen = false;
	values.forEach((value, i) => {
		if (value === null) {
			pen = false;
			return;
		}
		const x = i * step;
		const y = height - ((value - min) / span) * height;
		path += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
		pen = true;
	});
	return path;
}
