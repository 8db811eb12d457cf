import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { routeKinds } from '../../scripts/bench/bundle';
import { openReview, prompt, revealAnswer } from './helpers';

const PHONE = { width: 360, height: 740 };
const PROJECTOR = { width: 1920, height: 1080 };

/** Content wider than the screen means sideways scrolling, or text cut off on a phone. */
async function expectNoSidewaysScroll(page: Page) {
	const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
		const root = document.documentElement;
		// Name what sticks out, so a failure says where to look.
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
		return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
	});
	expect(wide, `elements wider than ${clientWidth} px`).toEqual([]);
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: PHONE });

	for (const route of routeKinds()) {
		test(`nothing scrolls sideways: ${route}`, async ({ page }) => {
			await page.goto(route);
			await page.getByRole('heading', { level: 1 }).first().waitFor();
			await expectNoSidewaysScroll(page);
		});
	}

	test('a review card, its answer and the four rating buttons fit the screen', async ({ page }) => {
		await openReview(page);
		await revealAnswer(page);
		await expectNoSidewaysScroll(page);
		for (const name of [/^Again/, /^Hard/, /^Good/, /^Easy/]) {
			const box = await page.getByRole('button', { name }).boundingBox();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
			// Big enough to tap (WCAG 2.5.8 asks for 24 px).
			expect(box!.width).toBeGreaterThanOrEqual(44);
			expect(box!.height).toBeGreaterThanOrEqual(44);
		}
	});

	test('a typed answer fits the screen, and once checked, beside the rating buttons', async ({
		page
	}) => {
		await page.goto('/settings');
		await page.getByLabel('Type the answer before seeing it').check();
		await expect(page.getByRole('status').first()).toHaveText('Saved.');
		await openReview(page);
		await expectNoSidewaysScroll(page);
		await page.getByLabel('Your answer').fill('a long answer that is not the right one at all');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: /^Again, next in/ })).toBeFocused();
		await expectNoSidewaysScroll(page);
	});

	test('a quiz question, a match board and a timeline in play fit the screen', async ({ page }) => {
		await page.goto('/quiz/dates');
		await page.getByLabel('Questions').fill('5');
		await page.getByLabel('Questions').press('Enter');
		await expect(page.getByText('Question 1 of 5')).toBeVisible();
		await expectNoSidewaysScroll(page);

		await page.goto('/match/quotes');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.getByRole('list', { name: 'Match these' }).waitFor();
		await expectNoSidewaysScroll(page);

		await page.goto('/timeline');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.locator('[aria-roledescription="movable event"]')).toHaveCount(6);
		await expectNoSidewaysScroll(page);
	});
});

test('on a 1080p projector the text is scaled up to be read across a classroom', async ({
	browser
}) => {
	const promptSize = async (viewport: { width: number; height: number }) => {
		const page = await browser.newPage({ viewport });
		await openReview(page);
		const size = await prompt(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		if (viewport === PROJECTOR) await expectNoSidewaysScroll(page);
		await page.close();
		return size;
	};
	const laptop = await promptSize({ width: 1280, height: 800 });
	const projector = await promptSize(PROJECTOR);
	expect(projector).toBeGreaterThanOrEqual(laptop * 1.2);
	expect(projector).toBeGreaterThanOrEqual(32);
});

test('a card with a long unbroken word (a pasted URL) wraps on a phone instead of scrolling sideways', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: PHONE });
	const long = 'https://example.org/' + 'averyveryverylongpathsegment'.repeat(12);
	await page.goto('/quiz/dates');
	await page.getByLabel('Questions').fill('5');
	await page.getByLabel('Questions').press('Enter');
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	// Deck text is only ever set as text; here it is set directly, as a custom deck would.
	await page.evaluate((text) => {
		document.querySelector('#quiz-prompt')!.textContent = text;
		document.querySelector('.options button span')!.textContent = text;
	}, long);
	await expectNoSidewaysScroll(page);
	await page.close();
});
