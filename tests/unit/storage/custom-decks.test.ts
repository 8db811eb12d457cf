import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore, set } from 'idb-keyval';
import type { Deck } from '$lib/decks/schema';
import { CustomDeckStore } from '$lib/storage/custom-decks';

let count = 0;
const fresh = () => {
	const prefix = `custom-${++count}`;
	return { prefix, store: new CustomDeckStore(prefix) };
};

function deck(id: string, title = `Deck ${id}`): Deck {
	return {
		id,
		title,
		description: 'Made in class',
		cards: [
			{
				id: `${id}-1`,
				kind: 'custom',
				prompt: 'Who proposed the Global Security Initiative?',
				answer: 'Xi Jinping',
				source: { doc: 'Teacher', section: '', excerpt: 'Written by the teacher' }
			}
		]
	};
}

describe('custom deck storage', () => {
	it('saves, lists (by title) and deletes decks', async () => {
		const { store } = fresh();
		expect(await store.save(deck('b', 'Zebra'))).toMatchObject({ ok: true });
		expect(await store.save(deck('a', 'Alpha'))).toMatchObject({ ok: true });
		const listed = await store.list();
		expect(listed.decks.map((d) => d.title)).toEqual(['Alpha', 'Zebra']);
		expect(listed.decks[0]?.cards[0]?.answer).toBe('Xi Jinping');
		expect(await store.delete('b')).toMatchObject({ ok: true });
		expect((await store.list()).decks.map((d) => d.id)).toEqual(['a']);
	});

	it('replaces a deck saved again under the same id', async () => {
		const { store } = fresh();
		await store.save(deck('a', 'First'));
		await store.save(deck('a', 'Second'));
		expect((await store.list()).decks.map((d) => d.title)).toEqual(['Second']);
	});

	it('refuses an invalid deck with a message and keeps what was stored', async () => {
		const { store } = fresh();
		await store.save(deck('a'));
		const outcome = await store.save({ ...deck('a'), title: '' });
		expect(outcome).toEqual({
			ok: false,
			message: 'The deck was not saved. Field “title” is empty.'
		});
		expect((await store.list()).decks.map((d) => d.title)).toEqual(['Deck a']);
	});

	it('skips a corrupt stored record instead of failing, and leaves it stored', async () => {
		const { prefix, store } = fresh();
		await store.save(deck('good'));
		const raw = createStore(`${prefix}-custom-decks`, 'decks');
		await set('broken', { id: 'broken', title: 42, cards: 'nope' }, raw);
		await set('mismatch', deck('other'), raw);
		const listed = await store.list();
		expect(listed.decks.map((d) => d.id)).toEqual(['good']);
		expect(listed.skipped).toBe(2);
		expect(listed.error).toBeNull();
		expect((await new CustomDeckStore(prefix).list()).skipped).toBe(2);
	});

	describe('with no IndexedDB (some private windows)', () => {
		afterEach(() => vi.unstubAllGlobals());

		it('says the deck was not saved, and that the cards are still on the page', async () => {
			vi.stubGlobal('indexedDB', undefined);
			const store = new CustomDeckStore('custom-none');
			const outcome = await store.save(deck('a'));
			expect(outcome.ok).toBe(false);
			if (!outcome.ok) {
				expect(outcome.message).toMatch(
					/^The deck was not saved: this browser lets the app keep nothing/
				);
				expect(outcome.message).toContain('Your cards are still on this page');
			}
			expect((await store.list()).error).toMatch(/keep nothing/);
		});
	});

	it('says the deck was not saved when the disk is full', async () => {
		const { store } = fresh();
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		try {
			const outcome = await store.save(deck('a'));
			expect(outcome).toMatchObject({ ok: false });
			if (!outcome.ok) {
				expect(outcome.message).toMatch(/^The deck was not saved: the browser has no room left/);
			}
		} finally {
			put.mockRestore();
		}
		expect((await store.list()).decks).toEqual([]);
	});
});
