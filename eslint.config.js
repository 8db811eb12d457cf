import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const noFsrs = {
	name: 'ts-fsrs',
	message: 'Import scheduling from $lib/srs/scheduler (card states and types from $lib/srs/card).'
};
const noKeyval = {
	name: 'idb-keyval',
	message: 'The small stores go through src/lib/storage/kv.ts.'
};
const noIdb = { name: 'idb', message: 'The progress database is opened in src/lib/storage/db.ts.' };
const pureOnly = [
	{ group: ['$app/*', 'svelte', 'svelte/*'], message: 'Pure modules must not import the runtime.' },
	{ group: ['idb-keyval', 'idb'], message: 'Only src/lib/storage talks to IndexedDB.' }
];

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The app is always served from the site root (no paths.base), so plain hrefs are right.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// ts-fsrs is wrapped by src/lib/srs; everything else goes through it. IndexedDB is opened
		// in two places only: kv.ts (idb-keyval) and the progress database (idb).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: {
			'no-restricted-imports': ['error', { paths: [noFsrs, noKeyval, noIdb], patterns: [] }]
		}
	},
	{
		files: ['src/lib/storage/kv.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: [noFsrs, noIdb], patterns: [] }] }
	},
	{
		files: ['src/lib/storage/{db,idb-tx,legacy-copy}.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: [noFsrs, noKeyval], patterns: [] }] }
	},
	{
		// Pure logic runs in Node, Vitest and the browser alike: no DOM, no SvelteKit runtime, no storage.
		files: ['src/lib/{decks,generator,srs,games,share,text}/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [noFsrs], patterns: pureOnly }],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB']
		}
	},
	{
		files: ['src/lib/srs/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: pureOnly }] }
	}
);
