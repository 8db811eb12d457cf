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
const noRuntime = {
	group: ['$app/*', 'svelte', 'svelte/*'],
	message:
		'A plain module must not import the runtime: only *.svelte.ts modules and components are reactive.'
};
const domAndStorage = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB'];
// IndexedDB is opened in two places only: kv.ts (idb-keyval) and the progress database (idb).
const KV = 'src/lib/storage/kv.ts';
const PROGRESS_DB = 'src/lib/storage/{db,idb-tx,legacy-copy}.ts';

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
		// ts-fsrs is wrapped by src/lib/srs, IndexedDB by two modules of src/lib/storage;
		// everything else goes through them.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: [KV, PROGRESS_DB],
		rules: { 'no-restricted-imports': ['error', { paths: [noFsrs, noKeyval, noIdb] }] }
	},
	{
		// Every plain module in src/lib is pure: only *.svelte.ts modules and components use the
		// Svelte runtime. Outside lib/ui (the DOM helpers: download, keys, celebrate, sound) and
		// lib/storage, it also touches no DOM and no storage, so it runs in Node, Vitest and the
		// browser alike.
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/**/*.svelte.ts', KV, PROGRESS_DB],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [noFsrs, noKeyval, noIdb], patterns: [noRuntime] }
			]
		}
	},
	{
		files: [KV],
		rules: { 'no-restricted-imports': ['error', { paths: [noFsrs, noIdb], patterns: [noRuntime] }] }
	},
	{
		files: [PROGRESS_DB],
		rules: {
			'no-restricted-imports': ['error', { paths: [noFsrs, noKeyval], patterns: [noRuntime] }]
		}
	},
	{
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/**/*.svelte.ts', 'src/lib/storage/**', 'src/lib/ui/**'],
		rules: { 'no-restricted-globals': ['error', ...domAndStorage] }
	},
	{
		files: ['src/lib/srs/**/*.ts'],
		ignores: ['src/lib/srs/**/*.svelte.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [noKeyval, noIdb], patterns: [noRuntime] }]
		}
	}
);
