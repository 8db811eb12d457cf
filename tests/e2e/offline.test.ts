import { expect, test } from './fixtures';

test('after one visit the app works offline: a quiz round, a review, every mode and a shared link', async ({
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

	// Every other mode opens from the cache.
	for (const [route, heading] of [
		['/study/quotes', 'Study: Quotes'],
		['/cram/dates', /Cram/],
		['/match/quotes', 'Match: Quotes'],
		['/timeline', /Timeline/],
		['/settings', 'Settings']
	] as const) {
		await page.goto(route);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	}

	// A teacher makes a link offline (the share dialog loads from the cache) and it plays.
	await page.goto('/quiz/dates');
	await page.getByLabel('Questions').fill('5');
	await page.getByLabel('Time per question').selectOption('none');
	await page.getByRole('button', { name: 'Share with a class' }).click();
	const link = await page.getByLabel('Link to the round').inputValue();
	await page.goto(link);
	await page.getByLabel(/Your name/).fill('Ana');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
});
