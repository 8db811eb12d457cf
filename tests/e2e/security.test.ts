import { expect, test } from './fixtures';

test('a whole session makes no request outside the app’s own origin and breaks no CSP rule', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL ?? '').origin;
	const outside: string[] = [];
	const violations: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) outside.push(url);
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});

	await page.goto('/');
	await page.getByRole('link', { name: 'Start review' }).click();
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await page.goto('/decks/quotes');
	await page.getByRole('button', { name: 'Show source' }).first().click();
	await page.goto('/quiz/doctrines');
	await page.getByRole('button', { name: 'Start the round' }).click();
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await page.goto('/match/quotes');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.goto('/timeline');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.goto('/settings');
	await page.goto('/about');

	expect(outside).toEqual([]);
	expect(violations).toEqual([]);
});
