import { expect, type Page } from '@playwright/test';

/** Changes "New cards a day" in the settings, as a student would, and waits for the save. */
export async function setNewCardsPerDay(page: Page, n: number) {
	await page.goto('/settings');
	const field = page.getByLabel('New cards a day');
	await expect(field).toHaveValue('20');
	await field.fill(String(n));
	await field.press('Tab');
	await expect(page.getByRole('status').first()).toHaveText('Saved.');
}

/** The number of new cards left today, from the review page's counts. */
export const newCount = (page: Page) =>
	page
		.getByLabel('Cards left today')
		.locator('.new strong')
		.textContent()
		.then((t) => Number(t));

export async function openReview(page: Page) {
	await page.goto('/review');
	await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
}

/** The question on the card in view. */
export const prompt = (page: Page) =>
	page.getByRole('article', { name: 'Flashcard' }).getByRole('heading');

/** Shows the whole answer of the card in view: list cards reveal an item per press. */
export async function revealAnswer(page: Page) {
	const good = page.getByRole('button', { name: /^Good, next in/ });
	while (!(await good.isVisible())) await page.keyboard.press('Space');
}
