import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['decks'] } },
	build: {
		rolldownOptions: {
			// Rolldown reports plugins that take a while (the Svelte compiler, always, on 2 cores) as
			// a [PLUGIN_TIMINGS] warning; it is a timing, not a problem, so it is not printed.
			checks: { bundlerTimings: false },
			output: {
				codeSplitting: {
					// What every page loads (the Svelte and SvelteKit runtimes, idb and the progress
					// store with the modules it is made of) in one file: one request, and gzip sees
					// it all at once.
					groups: [
						{
							name: 'core',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|idb)[\\/]|src[\\/]lib[\\/]storage[\\/](collection|db|idb-tx|legacy-copy|memory-store|migrate|personal-bests|progress-store|records|saved|tab-sync|undo|write-queue|progress\.svelte)\.ts/
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
