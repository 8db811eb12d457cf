import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { newCount, openReview, prompt, setNewCardsPerDay } from './helpers';

test('review five cards with the keyboard, undo one, and find it all after a reload', async ({
	page
}) => {
	await openReview(page);
	const start = await newCount(page);
	expect(start).toBe(20);

	let lastPrompt = '';
	for (let i = 0; i < 5; i++) {
		lastPrompt = (await prompt(page).textContent()) ?? '';
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Good, next in/ })).toBeVisible();
		await page.keyboard.press('3');
		await expect.poll(() => newCount(page)).toBe(start - i - 1);
	}

	await page.keyboard.press('z');
	await expect.poll(() => newCount(page)).toBe(start - 4);
	await expect(prompt(page)).toHaveText(lastPrompt);

	await page.reload();
	await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
	await expect.poll(() => newCount(page)).toBe(start - 4);
	await expect(prompt(page)).toHaveText(lastPrompt);
});

test('the answer, the rating buttons and the page pass axe', async ({ page }) => {
	await openReview(page);
	await expectNoAxeViolations(page);
	await page.keyboard.press('Space');
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
	await expectNoAxeViolations(page);
});

async function finishQueue(page: Page) {
	await setNewCardsPerDay(page, 2);
	await openReview(page);
	for (let i = 0; i < 2; i++) {
		await page.keyboard.press('Space');
		await page.keyboard.press('4'); // Easy graduates a new card straight to review
		if (i === 0) await expect.poll(() => newCount(page)).toBe(1);
	}
	await expect(page.getByRole('heading', { name: 'Done for today' })).toBeVisible();
}

test('finishing the queue shows a summary, and confetti fires once', async ({ page }) => {
	await finishQueue(page);
	const summary = page.getByRole('region', { name: 'Done for today' });
	await expect(summary.getByText('Cards reviewed')).toBeVisible();
	await expect(summary.locator('dd').first()).toHaveText('2');
	await expect(summary.getByText('100%')).toBeVisible();
	await expect(page.locator('canvas')).toHaveCount(1);
	await expectNoAxeViolations(page);

	// The dashboard now has a history to chart, each chart with its data as text.
	await page.goto('/');
	await expect(page.getByText('Reviews over the last 6 months')).toBeVisible();
	await expect(page.getByRole('img', { name: /^2 reviews on 1 of the last/ })).toBeVisible();
	await expectNoAxeViolations(page);
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('confetti does not fire', async ({ page }) => {
		await finishQueue(page);
		await page.waitForTimeout(500);
		await expect(page.locator('canvas')).toHaveCount(0);
	});
});

test('two pages in one browser see each other’s ratings', async ({ context }) => {
	const one = await context.newPage();
	const two = await context.newPage();
	await openReview(one);
	await openReview(two);
	const before = await newCount(two);

	await one.keyboard.press('Space');
	await one.keyboard.press('3');
	await expect.poll(() => newCount(two)).toBe(before - 1);

	await two.keyboard.press('Space');
	await two.keyboard.press('3');
	await expect.poll(() => newCount(one)).toBe(before - 2);
});

test('with nothing due, the review says so and offers new cards, a quiz or cramming', async ({
	page
}) => {
	await setNewCardsPerDay(page, 0);
	await page.goto('/review');
	const empty = page.getByRole('region', { name: 'Nothing is due right now' });
	await expect(empty).toBeVisible();
	await expect(empty.getByText('No more cards are due today.')).toBeVisible();
	await expect(empty.getByText('New cards are set to 0 a day.')).toBeVisible();
	await expect(empty.getByRole('link', { name: 'Change it in the settings' })).toHaveAttribute(
		'href',
		'/settings'
	);
	const quotes = empty.getByRole('listitem').filter({ hasText: 'Quotes' });
	await expect(quotes.getByRole('link', { name: 'learn new cards' })).toHaveAttribute(
		'href',
		'/study/quotes'
	);
	await expect(quotes.getByRole('link', { name: 'quiz' })).toHaveAttribute('href', '/quiz/quotes');
	await quotes.getByRole('link', { name: 'cram' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Cram');
	await expectNoAxeViolations(page);
});

test('when the charts cannot load, the dashboard says so and the rest still works', async ({
	browser
}) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('link', { name: 'Review', exact: true }).click();
	await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect.poll(() => newCount(page)).toBe(19);
	// The connection drops: the charts, which load once there is a history, cannot arrive.
	await page.route('**/_app/immutable/**', (route) => route.abort());
	await page.getByRole('link', { name: 'Home', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(/The charts could not load/);
	await expect(page.getByText('19 new, 0 learning, 0 review')).toBeVisible();
	await context.close();
});

test('a reload in the middle of a sitting: the summary still counts every card of it', async ({
	page
}) => {
	await setNewCardsPerDay(page, 3);
	await openReview(page);
	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect.poll(() => newCount(page)).toBe(2);
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await expect.poll(() => newCount(page)).toBe(1);
	await page.reload();
	await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
	// Again brought the second card back in a minute; Easy the rest out of today.
	while (await page.getByRole('article', { name: 'Flashcard' }).isVisible()) {
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await page.waitForTimeout(50);
	}
	const summary = page.getByRole('region', { name: 'Done for today' });
	await expect(summary.locator('dd').first()).toHaveText('4');
	await expect(summary.getByText('75%')).toBeVisible();
});
