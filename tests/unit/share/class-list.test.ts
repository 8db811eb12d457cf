// The teacher's class list in IndexedDB: results (one removed stays removed) and round links,
// read back after a reload, and cleared together.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, set } from 'idb-keyval';
import { encodeShareLink, roundId } from '$lib/share/link';
import type { ShareResult } from '$lib/share/results';
import { readRoundLink } from '$lib/share/class-paste';
import { ClassListStore } from '$lib/storage/class-list';
import { builtInPayloads } from './fixtures';

let count = 0;
const fresh = () => {
	const prefix = `class-${++count}`;
	return { prefix, store: new ClassListStore(prefix) };
};

const payload = builtInPayloads[0] as (typeof builtInPayloads)[number];

const result = (name: string, score = 1000): ShareResult => ({
	name,
	roundId: roundId(payload),
	score,
	correct: 1,
	total: 2,
	answers: [
		{ correct: true, given: 0, elapsedMs: 1500 },
		{ correct: false, given: 'typed', elapsedMs: 2500 }
	]
});

describe('the class list in this browser', () => {
	it('keeps results and round links until a reload, and a removed result stays removed', async () => {
		const { prefix, store } = fresh();
		const [ana, ben] = [result('Ana'), result('Ben', 500)];
		expect(await store.save([ana, ben])).toMatchObject({ ok: true });
		expect(await store.saveRounds([encodeShareLink(payload)])).toMatchObject({ ok: true });
		expect(await store.save([ben])).toMatchObject({ ok: true });

		const again = await new ClassListStore(prefix).load();
		expect(again.error).toBeNull();
		expect(again.results).toEqual([ben]);
		expect(again.rounds).toHaveLength(1);
		const read = readRoundLink(again.rounds[0] as string);
		expect(read.ok && read.round.id).toBe(roundId(payload));
	});

	it('starts empty, and is empty again once cleared', async () => {
		const { prefix, store } = fresh();
		expect(await store.load()).toEqual({ results: [], rounds: [], error: null });
		await store.save([result('Ana')]);
		await store.saveRounds([encodeShareLink(payload)]);
		expect(await store.clear()).toMatchObject({ ok: true });
		expect(await new ClassListStore(prefix).load()).toEqual({
			results: [],
			rounds: [],
			error: null
		});
	});

	it('drops stored entries that are not valid instead of failing', async () => {
		const { prefix, store } = fresh();
		const raw = createStore(`${prefix}-class`, 'class');
		await set('results', [result('Ana'), { name: 42 }, 'junk'], raw);
		await set('rounds', [encodeShareLink(payload), 7, null], raw);
		const list = await store.load();
		expect(list.results.map((r) => r.name)).toEqual(['Ana']);
		expect(list.rounds).toEqual([encodeShareLink(payload)]);
		expect(list.error).toBeNull();
	});
});
