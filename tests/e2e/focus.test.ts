// Keyboard users: Tab moves through each page in reading (DOM) order, starting with the skip
// link, and wherever focus lands it is visible, in both themes.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

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

/** What has the focus: its role-ish tag and label, or "body" when it was lost. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return 'body';
		return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim()}`;
	});

test('focus is never dropped on the page when the control it was on goes away', async ({
	page
}) => {
	// Review: Show answer (pressed with Enter) hands the focus to the rating bar, and a rating
	// to the next card's Show answer, also on a slow machine where the first rating waits for
	// the scheduler to load.
	let releaseScheduler = () => {};
	const schedulerHeld = new Promise<void>((resolve) => (releaseScheduler = resolve));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('FSRSValidationError')) await schedulerHeld;
		await route.fulfill({ response, body });
	});
	await page.goto('/review');
	const show = page.getByRole('button', { name: /^Show (answer|next item)/ });
	await show.focus();
	while (await show.isVisible()) await page.keyboard.press('Enter');
	expect(await focused(page)).toBe('div How well did you remember?');
	await page.keyboard.press('3');
	releaseScheduler();
	await expect(show).toBeFocused();

	// Cram: the same, onto the "did you know it" group, and at the end onto the summary.
	await page.goto('/cram/figures');
	const reveal = page.getByRole('button', { name: /^Show answer/ });
	await reveal.focus();
	await page.keyboard.press('Enter');
	expect(await focused(page)).toBe('div Did you know it?');
	await page.keyboard.press('2');
	await expect(reveal).toBeFocused();

	// Study: Enter on a link follows it, and on the source toggle opens the source.
	await page.goto('/study/dates');
	// The card shows once the page runs (the deck loads in the browser): the keys work from then.
	await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
	await page.keyboard.press('Space');
	const source = page.locator('summary', { hasText: 'Source' });
	await source.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('details.source')).toHaveAttribute('open', '');
	await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/decks\/dates$/);
});
