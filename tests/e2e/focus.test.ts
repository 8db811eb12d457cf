// Keyboard users: Tab moves through each page in reading (DOM) order, starting with the skip
// link, and wherever focus lands it is visible, in both themes.
import { expect, test, type Page } from '@playwright/test';

interface Stop {
	name: string;
	/** Index of the element in document order among all elements. */
	order: number;
	visible: boolean;
	indicator: boolean;
}

/** Tabs through the page until focus leaves it or comes back to the start. */
async function tabStops(page: Page, max = 60): Promise<Stop[]> {
	const stops: Stop[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const box = el.getBoundingClientRect();
			return {
				name: `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`,
				order: [...document.querySelectorAll('*')].indexOf(el),
				visible: box.width > 0 && box.height > 0,
				indicator:
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
					style.boxShadow !== 'none'
			};
		});
		if (!stop || stops.some((s) => s.order === stop.order)) break;
		stops.push(stop);
	}
	return stops;
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		for (const route of ['/', '/review', '/quiz/dates', '/settings', '/decks/quotes']) {
			test(`Tab order and visible focus: ${route}`, async ({ page }) => {
				await page.goto(route);
				await page.getByRole('heading', { level: 1 }).first().waitFor();
				// Pages draw their data after load; tab through the finished page.
				await page.waitForLoadState('networkidle');
				const stops = await tabStops(page);
				expect(stops[0]?.name).toContain('Skip to content');
				expect(stops.length).toBeGreaterThan(5);
				const hidden = stops.filter((s) => !s.visible).map((s) => s.name);
				expect(hidden, 'focus landed on something not on screen').toEqual([]);
				const unmarked = stops.filter((s) => !s.indicator).map((s) => s.name);
				expect(unmarked, 'focus is not visible on').toEqual([]);
				const backwards = stops.filter((s, i) => i > 0 && s.order < stops[i - 1]!.order);
				expect(
					backwards.map((s) => s.name),
					'focus jumps back up the page at'
				).toEqual([]);
			});
		}
	});
}
