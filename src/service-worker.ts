/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use: the build, the static files and every prerendered page (with the data its
// client-side navigation reads) are cached on install, so every mode works without a network
// after the first visit. Shared links work too: the round travels in the fragment, which never
// reaches the network.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `cache-${version}`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// One file at a time, with a 10 ms breath after each: the first visit's precache then
			// takes about 3.5 s instead of 1 s, but the page keeps the CPU for its first ratings
			// (npm run bench, "first visit ever": p95 10 ms with the breath, 15-17 ms without, on
			// a 2-core machine). `prerendered` lists each page's __data.json too.
			for (const url of [...build, ...files, ...prerendered]) {
				await cache.add(url);
				await new Promise((breathe) => setTimeout(breathe, 10));
			}
		})()
	);
	// No skipWaiting here: the new version waits until the student chooses to reload, so a
	// round in progress is never interrupted.
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages may be asked for with or without a trailing slash or query.
			const cached =
				(await cache.match(url.pathname)) ?? (await cache.match(request, { ignoreSearch: true }));
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
				return response;
			} catch (error) {
				// Offline and not cached: the home page is better than the browser's error page.
				const home = request.mode === 'navigate' ? await cache.match('/') : undefined;
				if (home) return home;
				throw error;
			}
		})()
	);
});
