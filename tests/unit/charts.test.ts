import { describe, expect, it } from 'vitest';
import { barLayout, heatmapCells, heatmapMonths, linePath } from '$lib/charts/geometry';

describe('barLayout', () => {
	it('gives the tallest bar the full height and an empty day no height', () => {
		const bars = barLayout([0, 5, 10], 300, 100);
		expect(bars.map((b) => b.height)).toEqual([0, 50, 100]);
		expect(bars[2]?.y).toBe(0);
		expect(bars[1]?.x).toBeGreaterThan(bars[0]?.x ?? Infinity);
	});

	it('draws nothing tall when every value is zero', () => {
		expect(barLayout([0, 0], 100, 50).every((b) => b.height === 0)).toBe(true);
	});
});

describe('heatmapCells', () => {
	const today = new Date(2026, 10, 23, 12); // a Monday

	it('covers the weeks asked for and stops at today', () => {
		const cells = heatmapCells(new Map(), today, 26);
		expect(cells.at(-1)?.day).toBe('2026-11-23');
		expect(cells.at(-1)?.row).toBe(1);
		expect(cells[0]?.row).toBe(0);
		expect(cells.at(-1)?.column).toBe(25);
	});

	it('shades the busiest day darkest and days without reviews not at all', () => {
		const cells = heatmapCells(
			new Map([
				['2026-11-20', 40],
				['2026-11-21', 5]
			]),
			today
		);
		const level = (day: string) => cells.find((c) => c.day === day)?.level;
		expect(level('2026-11-20')).toBe(4);
		expect(level('2026-11-21')).toBe(1);
		expect(level('2026-11-22')).toBe(0);
	});
});

describe('heatmapMonths', () => {
	it('names each month over the first week that starts in it', () => {
		// 26 weeks up to Monday 23 November 2026: the first column starts on Sunday 31 May.
		const months = heatmapMonths(heatmapCells(new Map(), new Date(2026, 10, 23, 12), 26));
		expect(months.map((m) => m.label)).toEqual(['Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
		expect(months[0]).toEqual({ column: 1, label: 'Jun' });
		// Columns grow with time: November is last.
		expect(months.at(-1)!.column).toBeGreaterThan(months.at(-2)!.column);
	});
});

describe('linePath', () => {
	it('moves, then draws, and breaks the line at a gap', () => {
		expect(linePath([1, 0, null, 0.5], 30, 10)).toBe('M0.0,0.0L10.0,10.0M30.0,5.0');
	});
});
