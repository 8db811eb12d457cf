// `npm run bench:crash`: the browser killed at random moments after rating keys, as a power cut
// or a crashed tab would. Each round rates cards in the review page of a real Chromium with a
// persistent profile, presses one more rating key, kills the whole browser 0–50 ms later
// (SIGKILL: nothing gets to flush), starts it again on the same profile and reads the progress
// back through the app's own export. Reported, not asserted (not in CI: it takes minutes):
// - ratings lost: ratings whose next card had been painted before the kill, missing after it;
// - half-written ratings: a card whose repetitions do not match its log entries;
// - failures to load: a restart whose review or export did not come up.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Row } from '../bench';

interface Exported {
	cards: { cardId: string; reps: number }[];
	log: { cardId: string }[];
}

export interface CrashReport {
	kills: number;
	/** Ratings whose next card was painted before the kill. */
	confirmed: number;
	lost: number;
	halfWritten: number;
	failedLoads: number;
	/** Killed ratings that were saved anyway (whole): allowed, counted for interest. */
	killedButSaved: number;
	/** Why loads failed (the first line of each distinct reason, with its count). */
	failures: Record<string, number>;
}

/** Starts Chromium on a profile and connects to it; resolves once DevTools is listening. */
async function launch(
	executablePath: string,
	profile: string
): Promise<{ proc: ChildProcess; browser: Browser }> {
	const proc = spawn(
		executablePath,
		[
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'], detached: true }
	);
	const ws = await new Promise<string>((resolve, reject) => {
		let seen = '';
		const timer = setTimeout(() => reject(new Error('Chromium did not start')), 20_000);
		proc.stderr!.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]!);
			}
		});
	});
	const browser = await chromium.connectOverCDP(ws);
	return { proc, browser };
}

/** Kills the browser and every process it started, at once. */
function kill(proc: ChildProcess): void {
	try {
		if (proc.pid) process.kill(-proc.pid, 'SIGKILL');
	} catch {
		// already gone
	}
}

async function pageOf(browser: Browser): Promise<Page> {
	const context = browser.contexts()[0]!;
	return context.pages()[0] ?? (await context.newPage());
}

/** Resolves after the next frame has been painted. */
const nextFrame = (page: Page) =>
	page.evaluate(
		() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))
	);

/** The progress as the app exports it, or null when the export did not come. */
async function exportProgress(page: Page, base: string, dir: string): Promise<Exported | null> {
	for (const f of readdirSync(dir)) rmSync(join(dir, f), { force: true });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
	await page.goto(`${base}/settings`);
	await page.waitForSelector('html[data-started]');
	await page.getByRole('button', { name: 'Export progress' }).click({ timeout: 10_000 });
	for (let i = 0; i < 100; i++) {
		const file = readdirSync(dir).find((f) => f.endsWith('.json'));
		if (file) return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Exported;
		await new Promise((r) => setTimeout(r, 100));
	}
	return null;
}

/** Reveals the card on screen and presses a rating key; false when there is no card. */
async function rateOne(page: Page): Promise<boolean> {
	const show = page.getByRole('button', { name: /^Show (answer|next item)/ });
	if (!(await show.isVisible({ timeout: 5_000 }).catch(() => false))) return false;
	while (await show.isVisible()) await page.keyboard.press('Space');
	await page.keyboard.press(String(1 + Math.floor(Math.random() * 4)));
	return true;
}

export async function benchCrashes(
	base: string,
	executablePath: string,
	kills = Number(process.env.CRASH_KILLS ?? 200)
): Promise<{ rows: Row[]; report: CrashReport }> {
	const profile = mkdtempSync(join(tmpdir(), 'crash-profile-'));
	const downloads = mkdtempSync(join(tmpdir(), 'crash-export-'));
	const report: CrashReport = {
		kills: 0,
		confirmed: 0,
		lost: 0,
		halfWritten: 0,
		failedLoads: 0,
		killedButSaved: 0,
		failures: {}
	};
	const failed = (why: string) => {
		report.failedLoads++;
		const line = why.split('\n')[0]!.slice(0, 120);
		report.failures[line] = (report.failures[line] ?? 0) + 1;
	};
	let expected = 0;
	try {
		// Room for every rating: far more new cards a day than the rounds will rate.
		{
			const { proc, browser } = await launch(executablePath, profile);
			const page = await pageOf(browser);
			await page.goto(`${base}/settings`);
			await page.waitForSelector('html[data-started]');
			const field = page.getByLabel('New cards a day');
			await field.fill('9999');
			await field.press('Tab');
			await page.getByText('Saved.').waitFor();
			await browser.close().catch(() => {});
			kill(proc);
		}
		for (let round = 0; round < kills; round++) {
			const { proc, browser } = await launch(executablePath, profile);
			try {
				const page = await pageOf(browser);
				const saved = await exportProgress(page, base, downloads).catch((e: unknown) => {
					failed(`export: ${String(e)}`);
					return undefined;
				});
				if (saved === null) failed('export: no file');
				if (saved) {
					const logs = new Map<string, number>();
					for (const e of saved.log) logs.set(e.cardId, (logs.get(e.cardId) ?? 0) + 1);
					for (const c of saved.cards)
						if (c.reps !== (logs.get(c.cardId) ?? 0)) report.halfWritten++;
					const count = saved.log.length;
					if (count < expected) report.lost += expected - count;
					if (count > expected) report.killedButSaved += count - expected;
					expected = count;
				}
				await page.goto(`${base}/review`);
				await page.waitForSelector('html[data-started]');
				// One or two ratings that finish (the next card painted), then one that is killed.
				const finished = 1 + Math.floor(Math.random() * 2);
				let ok = true;
				for (let i = 0; i < finished && ok; i++) {
					ok = await rateOne(page);
					if (ok) {
						// Painted means the next card is on screen (its "Show answer" button back),
						// not just two frames after the key: the first rating of a page may wait
						// for the scheduler's code to arrive before it changes anything.
						await page
							.getByRole('button', { name: /^Show (answer|next item)/ })
							.waitFor({ state: 'visible', timeout: 10_000 });
						await nextFrame(page);
						expected++;
						report.confirmed++;
					}
				}
				if (!ok) failed('review: no card to rate');
				else if (await rateOne(page)) {
					await new Promise((r) => setTimeout(r, Math.random() * 50));
				}
			} catch (error) {
				failed(`round: ${String(error)}`);
			}
			kill(proc);
			report.kills++;
			await new Promise((r) => setTimeout(r, 100));
		}
	} finally {
		rmSync(profile, { recursive: true, force: true });
		rmSync(downloads, { recursive: true, force: true });
	}
	const rows: Row[] = [
		{
			measure: `browser killed 0–50 ms after a rating key (${report.kills} kills, ${report.confirmed} ratings painted)`,
			value: `${report.lost} lost, ${report.halfWritten} half-written, ${report.failedLoads} failed loads`,
			goal: '0, 0, 0',
			ok: report.lost === 0 && report.halfWritten === 0 && report.failedLoads === 0
		}
	];
	return { rows, report };
}
