import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { readFileSync } from 'node:fs';
import { openReview, prompt, setNewCardsPerDay } from './helpers';

/** How many cards a built-in deck has: the decks are generated, so the tests read them. */
const deckSize = (id: string): number =>
	(JSON.parse(readFileSync(`decks/${id}.json`, 'utf8')) as { cards: unknown[] }).cards.length;
const DATES = deckSize('dates');
const BILATERAL = deckSize('bilateral');

test('study with the keyboard: "I know it" schedules a card, "still learning" puts one in today’s review', async ({
	page
}) => {
	// No new cards in the daily review, so whatever it shows came from the study page.
	await setNewCardsPerDay(page, 0);
	await page.goto('/study/dates');
	const position = page.getByText(/^Card \d+ of \d+/);
	await expect(position).toHaveText(`Card 1 of ${DATES} · not studied yet`);
	await expectNoAxeViolations(page);

	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();
	const known = await prompt(page).textContent();
	await page.keyboard.press('k');
	await expect(position).toContainText(`Card 2 of ${DATES}`);
	await expect(page.getByText('Marked known: it will come back when it is due.')).toBeAttached();

	const learning = await prompt(page).textContent();
	expect(learning).not.toBe(known);
	await page.keyboard.press('Shift+L'); // either case works (Caps Lock)
	await expect(position).toContainText(`Card 3 of ${DATES}`);
	await expect(page.getByText('Added to today’s review.')).toBeAttached();

	// Back to the known card: it is scheduled now.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(prompt(page)).toHaveText(known!);
	await expect(position).toHaveText(`Card 1 of ${DATES} · learning, back in 10m`);
	await page.keyboard.press('ArrowRight');
	await expect(position).toHaveText(`Card 2 of ${DATES} · in today’s review`);

	// Today's review starts with the "still learning" card. The known one, rated Good, is in
	// its 10-minute learning step: with nothing else left it comes early (learn-ahead), and
	// after it the review is done.
	await openReview(page);
	await expect(prompt(page)).toHaveText(learning!);
	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect(prompt(page)).toHaveText(known!);
	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect(page.getByRole('heading', { name: 'Done for today' })).toBeVisible();
});

test('the study order can be shuffled and filtered by tag', async ({ page }) => {
	await page.goto('/study/bilateral');
	const position = page.getByText(/^Card \d+ of \d+/);
	await expect(position).toContainText(`Card 1 of ${BILATERAL}`);
	const inOrder = await prompt(page).textContent();

	const tag = page.getByLabel('Tag');
	const option = (await tag.locator('option').nth(1).textContent())!;
	const [, name, count] = option.match(/^(.*) \((\d+)\)$/)!;
	await tag.selectOption(name!);
	await expect(position).toContainText(`Card 1 of ${count}`);
	await tag.selectOption('');
	await expect(position).toContainText(`Card 1 of ${BILATERAL}`);

	// Shuffled: the same cards in another order (a deck of n starts with its first card again
	// once in n shuffles, so walk a few cards).
	await page.getByLabel('Shuffled').check();
	await expect(position).toContainText(`Card 1 of ${BILATERAL}`);
	const shuffled: string[] = [];
	for (let i = 0; i < 4; i++) {
		shuffled.push((await prompt(page).textContent())!);
		await page.keyboard.press('ArrowRight');
	}
	await page.getByLabel('In order').check();
	const ordered: string[] = [];
	for (let i = 0; i < 4; i++) {
		ordered.push((await prompt(page).textContent())!);
		await page.keyboard.press('ArrowRight');
	}
	expect(ordered[0]).toBe(inOrder);
	expect(shuffled).not.toEqual(ordered);
});

test('on a slow connection the first card shows before the deck has arrived, and the keys already work', async ({
	page
}) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/decks.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/study/dates');
	await expect(page.getByText(new RegExp(`^Card 1 of ${DATES}`))).toBeVisible();
	const first = await prompt(page).textContent();
	expect(first?.trim()).not.toBe('');
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Loading the deck…')).toBeVisible();
	release();
	await expect(page.getByText(new RegExp(`^Card 2 of ${DATES}`))).toBeVisible();
	await expect(prompt(page)).not.toHaveText(first!);
});
