// Keypress on a rating to the next card painted, in the review page, in Chromium.
import type { Browser } from '@playwright/test';
import type { Row } from '../bench';

export async function benchReviewKeypress(browser: Browser, base: string): Promise<Row[]> {
	const samples: number[] = [];
	for (let run = 0; run < 3; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(base + '/review');
		await page.getByRole('article', { name: 'Flashcard' }).waitFor();
		// Time from the keydown event to the first frame after the card's question changed.
		await page.evaluate(() => {
			const w = window as unknown as { keyAt: number; samples: number[] };
			w.samples = [];
			addEventListener(
				'keydown',
				(e) => {
					// Only ratings: Space (showing the answer) is not what this measures.
					if (/^[1-4]$/.test(e.key)) w.keyAt = e.timeStamp;
				},
				{ capture: true }
			);
			const observer = new MutationObserver(() => {
				if (!w.keyAt) return;
				const keyAt = w.keyAt;
				w.keyAt = 0;
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => w.samples.push(performance.now() - keyAt);
					channel.port2.postMessage(null);
				});
			});
			const main = document.querySelector('main');
			if (main) observer.observe(main, { subtree: true, childList: true, characterData: true });
		});
		for (let i = 0; i < 19; i++) {
			await page.keyboard.press('Space');
			// As a student would: the answer is on screen with its times before a rating.
			await page.getByRole('button', { name: /^Good, next in \d/ }).waitFor();
			await page.evaluate(() => ((window as unknown as { keyAt: number }).keyAt = 0));
			await page.keyboard.press('4');
			await page.waitForTimeout(50);
		}
		samples.push(
			...(await page.evaluate(() => (window as unknown as { samples: number[] }).samples))
		);
		await context.close();
	}
	const sorted = [...samples].sort((a, b) => a - b);
	const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
	return [
		{
			measure: `keypress to next card painted, p95 (${sorted.length} ratings)`,
			value: `${p(0.95).toFixed(1)} ms (p50 ${p(0.5).toFixed(1)})`,
			goal: '≤ 16 ms',
			ok: p(0.95) <= 16
		}
	];
}
