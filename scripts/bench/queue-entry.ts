// Bundled by the bench and run inside Chromium on the app's origin, against real IndexedDB.
import { dayStart } from '$lib/srs/day';
import { buildQueue } from '$lib/srs/queue';
import { rate } from '$lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';
import { makeSyntheticCollection } from '$lib/srs/synthetic';
import { IdbProgressStore } from '$lib/storage/db';
import { newLogKey, writeCollection } from '$lib/storage/progress-store';

const PREFIX = 'bench-10k';
const NOW = new Date(2026, 10, 23, 12);

async function seed(cards: number, logs: number): Promise<number> {
	const store = new IdbProgressStore(PREFIX);
	if ((await store.getMeta('bench-seeded')) === `${cards}/${logs}`) return 0;
	const collection = makeSyntheticCollection(cards, logs, 7, NOW);
	const started = performance.now();
	await writeCollection(store, { states: collection.states, logs: collection.logs });
	await store.setMeta('bench-seeded', `${cards}/${logs}`);
	return performance.now() - started;
}

/** What the app does on load: read card states and today's log, then build today's queue. */
async function loadAndBuildQueue(cards: number): Promise<{ ms: number; queued: number }> {
	const collection = makeSyntheticCollection(cards, 0, 7, NOW);
	const started = performance.now();
	const store = new IdbProgressStore(PREFIX);
	const [states, todayLogs] = await Promise.all([
		store.loadStates(),
		store.logsSince(dayStart(NOW, DEFAULT_SETTINGS.dayStartHour))
	]);
	const queue = buildQueue({
		cards: collection.cards,
		states,
		todayLogs,
		settings: DEFAULT_SETTINGS,
		now: NOW
	});
	return { ms: performance.now() - started, queued: queue.ids.length };
}

/** One rating as the app saves it: the engine, then the card and one log entry. */
async function saveRatings(n: number): Promise<number> {
	const store = new IdbProgressStore(PREFIX);
	const states = [...(await store.loadStates()).values()].slice(0, n);
	const started = performance.now();
	for (const state of states) {
		const result = rate(state, 'good', NOW, DEFAULT_SETTINGS);
		const log = { key: newLogKey(result.log), entry: result.log };
		await store.commitCard(state.cardId, () => ({ state: result.state, log }));
	}
	return (performance.now() - started) / Math.max(1, states.length);
}

Object.assign(globalThis, { bench: { seed, loadAndBuildQueue, saveRatings } });
