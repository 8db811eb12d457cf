import { test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expectNoAxeViolations } from './axe';

/** Every prerendered page of the build the tests run against. */
function routes(dir = 'build'): string[] {
	const found: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== '_app') found.push(...routes(path));
		} else if (name.endsWith('.html')) {
			const route = '/' + relative('build', path).replace(/(index)?\.html$/, '');
			found.push(route.length > 1 ? route.replace(/\/$/, '') : route);
		}
	}
	return found.sort();
}

const all = routes();
// One page of each kind: /quiz/dates stands for every /quiz/<deck>, whose cards arrive after
// load through the same components. Deck pages differ in content, so each is scanned.
const kinds = [...new Map(all.map((r) => [r.split('/').slice(0, 2).join('/'), r])).values()];
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
