import { test } from './fixtures';
import { prerenderedRoutes, routeKinds } from '../../scripts/bench/bundle';
import { expectNoAxeViolations } from './axe';

const all = prerenderedRoutes();
// Deck pages differ in content, so each is scanned; other routes once per kind.
const kinds = routeKinds();
const light = [...new Set([...kinds, ...all.filter((r) => r.startsWith('/decks/'))])].sort();

for (const route of light) {
	test(`axe: ${route}`, async ({ page }) => {
		await page.goto(route);
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		await expectNoAxeViolations(page);
	});
}

test.describe('dark theme', () => {
	test.use({ colorScheme: 'dark' });
	for (const route of kinds) {
		test(`axe, dark: ${route}`, async ({ page }) => {
			await page.goto(route);
			await page.getByRole('heading', { level: 1 }).first().waitFor();
			await expectNoAxeViolations(page);
		});
	}
});
