import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { openReview, prompt, setNewCardsPerDay } from './helpers';

test('study with the keyboard: "I know it" schedules a card, "still learning" puts one in today’s review', async ({
	page
}) => {
	// No new cards in the daily review, so whatever it shows came from the study page.
	await setNewCardsPerDay(page, 0);
	await page.goto('/study/dates');
	const position = page.getByText(/^Card \d+ of \d+/);
	await expect(position).toHaveText('Card 1 of 69 · not studied yet');
	await expectNoAxeViolations(page);

	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();
	const known = await prompt(page).textContent();
	await page.keyboard.press('k');
	await expect(position).toContainText('Card 2 of 69');
	await expect(page.getByText('Marked known: it will come back when it is due.')).toBeAttached();

	const learning = await prompt(page).textContent();
	expect(learning).not.toBe(known);
	await page.keyboard.press('Shift+L'); // either case works (Caps Lock)
	await expect(position).toContainText('Card 3 of 69');
	await expect(page.getByText('Added to today’s review.')).toBeAttached();

	// Back to the known card: it is scheduled now.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(prompt(page)).toHaveText(known!);
	await expect(position).toHaveText('Card 1 of 69 · learning, back in 10m');
	await page.keyboard.press('ArrowRight');
	await expect(position).toHaveText('Card 2 of 69 · in today’s review');

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
	await expect(position).toContainText('Card 1 of 43');
	const inOrder = await prompt(page).textContent();

	const tag = page.getByLabel('Tag');
	const option = (await tag.locator('option').nth(1).textContent())!;
	const [, name, count] = option.match(/^(.*) \((\d+)\)$/)!;
	await tag.selectOption(name!);
	await expect(position).toContainText(`Card 1 of ${count}`);
	await tag.selectOption('');
	await expect(position).toContainText('Card 1 of 43');

	// Shuffled: the same 43 cards in another order (a deck of 43 starts with its first card
	// again once in 43 shuffles, so walk a few cards).
	await page.getByLabel('Shuffled').check();
	await expect(position).toContainText('Card 1 of 43');
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
	await expect(page.getByText(/^Card 1 of 69/)).toBeVisible();
	const first = await prompt(page).textContent();
	expect(first?.trim()).not.toBe('');
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Loading the deck…')).toBeVisible();
	release();
	await expect(page.getByText(/^Card 2 of 69/)).toBeVisible();
	await expect(prompt(page)).not.toHaveText(first!);
});
