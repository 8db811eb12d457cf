// Text from decks, links and imports must never reach the page as HTML.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each justified use, by file, with its reason. None so far. */
const ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts|js)$/.test(name) ? [path] : [];
	});
}

describe('no HTML from data', () => {
	it('src uses neither {@html} nor innerHTML, outside the allow-list', () => {
		const offenders = sourceFiles('src').filter((file) => {
			const text = readFileSync(file, 'utf8');
			return /\{@html|innerHTML|outerHTML|insertAdjacentHTML/.test(text) && !(file in ALLOWED);
		});
		expect(offenders).toEqual([]);
	});
});
