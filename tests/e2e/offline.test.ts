import { expect, test } from '@playwright/test';

test('after one visit the app works offline: a quiz round and a review', async ({
	page,
	context
}) => {
	await page.goto('/');
	// Wait until the service worker controls the page and has cached the site.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
	await expect
		.poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 20_000 })
		.toBeGreaterThan(0);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// A quiz round, reached by client-side navigation.
	await page.getByRole('link', { name: 'Quiz' }).first().click();
	await page.getByLabel('Time per question').selectOption('none');
	await page.getByLabel('Questions').fill('5');
	await page.getByLabel('Questions').press('Enter');
	for (let i = 0; i < 5; i++) {
		await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('region', { name: 'Round over' })).toBeVisible();

	// A review, loaded directly while offline.
	await page.goto('/review');
	await expect(page.getByRole('article', { name: 'Flashcard' })).toBeVisible();
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByText('Undo last rating')).toBeVisible();
});
