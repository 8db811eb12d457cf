import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';

test('the home page lists every deck with its card count', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const decks = page.getByRole('heading', { level: 3 });
	expect(await decks.count()).toBeGreaterThanOrEqual(6);
	await expect(page.getByRole('link', { name: /Dates/ })).toBeVisible();
	await expect(page.getByText(/\d+ cards/).first()).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a deck page reveals a card’s source with the excerpt highlighted', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Dates/ }).click();
	await expect(page).toHaveURL(/\/decks\/dates$/);

	const first = page.getByRole('article').first();
	const reveal = first.getByRole('button', { name: 'Show source' });
	await reveal.focus();
	await page.keyboard.press('Enter');
	await expect(first.getByRole('button', { name: 'Hide source' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	const mark = first.locator('mark');
	await expect(mark).toBeVisible();
	expect((await mark.textContent())?.length).toBeGreaterThan(10);
	await expectNoAxeViolations(page);
});

test('searching and filtering by tag narrow the deck', async ({ page }) => {
	await page.goto('/decks/dates');
	const status = page.getByRole('status');
	const all = Number((await status.textContent())?.match(/\d+/)?.[0]);
	expect(all).toBeGreaterThan(40);

	await page.getByRole('searchbox', { name: 'Search' }).fill('Taiwan');
	await expect(status).toHaveText(/^\d+ of \d+ cards$/);
	const articles = page.getByRole('article');
	const n = await articles.count();
	expect(n).toBeGreaterThan(0);
	expect(n).toBeLessThan(all);

	await page.getByRole('searchbox', { name: 'Search' }).fill('');
	await page.getByRole('combobox', { name: 'Tag' }).selectOption({ index: 1 });
	await expect(status).toHaveText(/^\d+ of \d+ cards$/);

	await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz no such words');
	await expect(page.getByText('No card matches')).toBeVisible();
});

test('the dark theme follows the system setting', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto('/decks/dates');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(19, 19, 22)');
	await expectNoAxeViolations(page);
	await context.close();
});

test('every mode the home page and a deck page offer opens something to play: no dead ends', async ({
	page
}) => {
	await page.goto('/');
	const hrefs = await page
		.locator('.modes a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	// Figures (numbers) make no match board, so no Match link is offered for them.
	expect(hrefs).not.toContain('/match/figures');
	expect(hrefs).toContain('/match/quotes');
	for (const href of hrefs) {
		await page.goto(href);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText(/no cards that pair up|no questions/i)).toHaveCount(0);
	}

	await page.goto('/decks/quotes');
	const play = page.getByRole('navigation', { name: 'Play this deck' });
	await expect(play.getByRole('link')).toHaveText(['Study', 'Quiz', 'Match', 'Cram']);
	await page.goto('/decks/figures');
	await expect(play.getByRole('link')).toHaveText(['Study', 'Quiz', 'Cram']);
});
