import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['decks'] } },
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// What every page loads (the Svelte and SvelteKit runtimes, idb and the progress
					// store) in one file: one request, and gzip sees it all at once.
					groups: [
						{
							name: 'core',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|idb)[\\/]|src[\\/]lib[\\/]storage[\\/](index|db|records|collection|progress\.svelte)\.ts/
						}
					]
				}
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
