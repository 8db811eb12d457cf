// Lighthouse (the npm package, default mobile preset) against a running preview, in the
// system Chromium. Shared by `npm run bench`, which prints the scores, and the e2e budget
// test, which fails on accessibility or best practices below 100.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../chromium-path.js';

export const LIGHTHOUSE_GOALS = { performance: 98, accessibility: 100, bestPractices: 100 };

export interface LighthouseResult {
	url: string;
	/** Scores out of 100. */
	performance: number;
	accessibility: number;
	bestPractices: number;
	/** Titles of the failed accessibility and best-practice audits, for the failure message. */
	failures: string[];
	/** Headline timings as Lighthouse prints them ("1.2 s"). */
	metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls', string>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export async function runLighthouse(url: string): Promise<LighthouseResult> {
	const chromePath = chromiumPath();
	if (!chromePath) throw new Error('No Chromium found: apt-get install -y chromium');
	// chrome-launcher picks a free debugging port, so parallel runs don't collide.
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES]
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories, audits } = result.lhr;
		const score = (id: (typeof CATEGORIES)[number]) =>
			Math.round((categories[id]?.score ?? 0) * 100);
		const failures = (['accessibility', 'best-practices'] as const).flatMap((id) =>
			(categories[id]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => audits[ref.id])
				.filter((audit) => audit && audit.score !== null && audit.score < 1)
				.map((audit) => `${id}: ${audit!.title}`)
		);
		const metric = (id: string) => audits[id]?.displayValue ?? '?';
		return {
			url,
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			failures,
			metrics: {
				fcp: metric('first-contentful-paint'),
				lcp: metric('largest-contentful-paint'),
				tbt: metric('total-blocking-time'),
				cls: metric('cumulative-layout-shift')
			}
		};
	} finally {
		chrome.kill();
	}
}

/** "99 / 100 / 100 (LCP 1.6 s, TBT 120 ms, CLS 0)": performance, accessibility, best practices. */
export function formatLighthouse(r: LighthouseResult): string {
	return `${r.performance} / ${r.accessibility} / ${r.bestPractices} (LCP ${r.metrics.lcp}, TBT ${r.metrics.tbt}, CLS ${r.metrics.cls})`;
}

export function meetsLighthouseGoals(r: LighthouseResult): boolean {
	return (
		r.performance >= LIGHTHOUSE_GOALS.performance &&
		r.accessibility >= LIGHTHOUSE_GOALS.accessibility &&
		r.bestPractices >= LIGHTHOUSE_GOALS.bestPractices
	);
}
