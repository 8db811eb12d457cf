// JavaScript each prerendered route loads on first visit, gzipped, as a browser would fetch it.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { Row } from '../bench';

export const BUDGETS = { homeKb: 50, largestRouteKb: 120 };

/** The most JavaScript a route may load, gzipped: the home page is held tighter than the rest. */
export function budgetKb(route: string): number {
	return route === '/' ? BUDGETS.homeKb : BUDGETS.largestRouteKb;
}

/** Every prerendered page in build/, as a URL path. */
export function prerenderedRoutes(buildDir = 'build'): string[] {
	const routes: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name.endsWith('.html')) {
				const route = '/' + relative(buildDir, path).replace(/\.html$/, '');
				routes.push(route === '/index' ? '/' : route.replace(/\/index$/, ''));
			}
		}
	};
	walk(buildDir);
	return routes.sort();
}

/**
 * One page of each kind: /quiz/dates stands for every /quiz/<deck>, whose cards arrive after
 * load through the same components; /decks/new is a kind of its own.
 */
export function routeKinds(buildDir = 'build', decksDir = 'decks'): string[] {
	const deckIds = new Set(
		readdirSync(decksDir)
			.filter((name) => name.endsWith('.json') && name !== 'edits.json')
			.map((name) => name.replace(/\.json$/, ''))
	);
	const kind = (route: string) =>
		route.replace(/[^/]+$/, (last) => (deckIds.has(last) ? '[deck]' : last));
	const kinds = new Map<string, string>();
	for (const route of prerenderedRoutes(buildDir))
		if (!kinds.has(kind(route))) kinds.set(kind(route), route);
	return [...kinds.values()].sort();
}

/** Gzipped bytes of the JS a route loads, found by loading it in Chromium. */
export async function routeJsBytes(browser: Browser, base: string, route: string): Promise<number> {
	const page = await browser.newPage();
	let total = 0;
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		if (!response.url().endsWith('.js')) return;
		pending.push(
			response.body().then(
				(body) => void (total += gzipSync(body, { level: 9 }).length),
				() => undefined
			)
		);
	});
	await page.goto(base + route, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	await page.close();
	return total;
}

export async function measureRoutes(browser: Browser, base: string) {
	const sizes: { route: string; kb: number }[] = [];
	for (const route of prerenderedRoutes()) {
		sizes.push({ route, kb: (await routeJsBytes(browser, base, route)) / 1024 });
	}
	return sizes;
}

export async function measureRouteJs(browser: Browser, base: string): Promise<Row[]> {
	const sizes = await measureRoutes(browser, base);
	const home = sizes.find((s) => s.route === '/');
	const largest = sizes.reduce((a, b) => (b.kb > a.kb ? b : a), { route: '-', kb: 0 });
	return [
		{
			measure: 'home route JS, first load, gzipped',
			value: `${home?.kb.toFixed(1) ?? '?'} KB`,
			goal: `≤ ${BUDGETS.homeKb} KB`,
			ok: (home?.kb ?? Infinity) <= BUDGETS.homeKb
		},
		{
			measure: `largest route JS, gzipped (${largest.route})`,
			value: `${largest.kb.toFixed(1)} KB`,
			goal: `≤ ${BUDGETS.largestRouteKb} KB`,
			ok: largest.kb <= BUDGETS.largestRouteKb
		}
	];
}
