// The budgets CI enforces (issue 7): JavaScript per route, and Lighthouse's accessibility and
// best-practice scores. Lighthouse's performance score depends on the machine's load, so it is
// reported here and by `npm run bench`, not asserted.
import { expect, test } from './fixtures';
import { budgetKb, measureRoutes, routeKinds } from '../../scripts/bench/bundle';
import { formatLighthouse, LIGHTHOUSE_GOALS, runLighthouse } from '../../scripts/bench/lighthouse';

test('every route loads no more JavaScript than its budget', async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	const sizes = await measureRoutes(browser, baseURL ?? '');
	expect(sizes.length).toBeGreaterThan(10);
	const over = sizes.flatMap(({ route, kb }) => {
		const budget = budgetKb(route);
		return kb > budget
			? [`${route} loads ${kb.toFixed(1)} KB of JavaScript (gzipped); its budget is ${budget} KB`]
			: [];
	});
	expect(over, over.join('\n')).toEqual([]);
});

for (const route of routeKinds()) {
	test(`Lighthouse: ${route}`, async ({ baseURL }) => {
		test.setTimeout(120_000);
		const result = await runLighthouse((baseURL ?? '') + route);
		console.log(
			`Lighthouse ${route}, performance / accessibility / best practices: ${formatLighthouse(result)}`
		);
		const message = `${route}: ${result.failures.join('; ') || 'scores below 100'}`;
		expect(result.accessibility, message).toBeGreaterThanOrEqual(LIGHTHOUSE_GOALS.accessibility);
		expect(result.bestPractices, message).toBeGreaterThanOrEqual(LIGHTHOUSE_GOALS.bestPractices);
	});
}
