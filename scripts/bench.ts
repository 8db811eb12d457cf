// `npm run bench`: prints the performance figures as a table. Timings vary with the machine's
// load, so they are reported, not asserted; the bundle-size budgets are also checked in CI.
// Flags: --no-build (use the last build), --no-crash (skip the browser-kill test, which takes
// minutes; `npm run bench:crash` runs it alone).
import { execSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from './chromium-path.js';
import { measureRouteJs, routeKinds } from './bench/bundle';
import { benchCrashes } from './bench/crash';
import { benchDeckGeneration } from './bench/decks';
import {
	formatLighthouse,
	LIGHTHOUSE_GOALS,
	meetsLighthouseGoals,
	runLighthouse
} from './bench/lighthouse';
import { benchQueueInBrowser } from './bench/queue';
import { benchReviewKeypress } from './bench/review';
import { BASE, startPreview, stop } from './bench/preview';

export interface Row {
	measure: string;
	value: string;
	goal: string;
	ok: boolean | null;
}

export function print(rows: Row[]): void {
	const head = ['measure', 'value', 'goal', ''];
	const cells = rows.map((r) => [
		r.measure,
		r.value,
		r.goal,
		r.ok === null ? '' : r.ok ? 'ok' : 'OVER'
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: string[]) => '| ' + c.map((x, i) => x.padEnd(widths[i]!)).join(' | ') + ' |';
	console.log(line(head));
	console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
	for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
	const rows: Row[] = [];
	rows.push(...benchDeckGeneration());

	if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
	const executablePath = chromiumPath();
	if (!executablePath) {
		console.error(
			'No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.'
		);
		process.exit(1);
	}
	const server = await startPreview();
	let browser: Browser | undefined;
	try {
		browser = await chromium.launch({
			executablePath,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
		});
		rows.push(...(await measureRouteJs(browser, BASE)));
		rows.push(...(await benchReviewKeypress(browser, BASE)));
		rows.push(...(await benchQueueInBrowser(BASE)));
		const goal = `≥ ${LIGHTHOUSE_GOALS.performance} / ${LIGHTHOUSE_GOALS.accessibility} / ${LIGHTHOUSE_GOALS.bestPractices}`;
		for (const route of routeKinds()) {
			const result = await runLighthouse(BASE + route);
			rows.push({
				measure: `Lighthouse perf / a11y / best practices: ${route}`,
				value: formatLighthouse(result),
				goal,
				ok: meetsLighthouseGoals(result)
			});
		}
		// The crash test takes minutes (about 3 s a kill); --no-crash leaves it out.
		if (!process.argv.includes('--no-crash')) {
			rows.push(...(await benchCrashes(BASE, executablePath)).rows);
		}
	} finally {
		await browser?.close();
		stop(server);
	}
	print(rows);
}

await main();
