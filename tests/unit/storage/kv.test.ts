// The one primitive of the small stores: it never throws, and every call answers
// { ok: true, value } or { ok: false, message } with the reason in plain words.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyValueStore, WebStore } from '$lib/storage/kv';

afterEach(() => vi.unstubAllGlobals());

let count = 0;
const fresh = () => new KeyValueStore(`kv-${++count}`, 'things', 'nothing is kept here');

describe('a key-value store in IndexedDB', () => {
	it('keeps values by key, lists them, deletes one and clears all', async () => {
		const store = fresh();
		expect(await store.set('a', { n: 1 })).toEqual({ ok: true, value: undefined });
		await store.set('b', [2]);
		expect(await store.getMany(['a', 'b', 'c'])).toEqual({
			ok: true,
			value: [{ n: 1 }, [2], undefined]
		});
		await store.delete('a');
		expect(await store.entries()).toEqual({ ok: true, value: [['b', [2]]] });
		await store.clear();
		expect(await store.entries()).toEqual({ ok: true, value: [] });
	});

	it('says why, in plain words, when the disk is full', async () => {
		const store = fresh();
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		try {
			expect(await store.set('a', 1)).toEqual({
				ok: false,
				message: 'the browser has no room left to save it'
			});
		} finally {
			put.mockRestore();
		}
	});

	it('gives the reason it was made with where the browser offers no IndexedDB', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const store = new KeyValueStore('kv-none', 'things', 'nothing is kept here');
		expect(store.available).toBe(false);
		expect(await store.set('a', 1)).toEqual({ ok: false, message: 'nothing is kept here' });
		expect(await store.entries()).toEqual({ ok: false, message: 'nothing is kept here' });
	});
});

describe('a key-value store in Web Storage', () => {
	it('keeps text under its prefix, and null for a key never set', () => {
		const items = new Map<string, string>();
		vi.stubGlobal('sessionStorage', {
			getItem: (key: string) => items.get(key) ?? null,
			setItem: (key: string, value: string) => void items.set(key, value),
			removeItem: (key: string) => void items.delete(key)
		});
		const store = new WebStore('sessionStorage', 'app:');
		expect(store.set('round', '{}')).toEqual({ ok: true, value: undefined });
		expect([...items.keys()]).toEqual(['app:round']);
		expect(store.get('round')).toEqual({ ok: true, value: '{}' });
		expect(store.get('other')).toEqual({ ok: true, value: null });
		expect(store.delete('round', 'other')).toEqual({ ok: true, value: undefined });
		expect(items.size).toBe(0);
	});

	it('never throws where the browser blocks or fills the storage', () => {
		vi.stubGlobal('localStorage', {
			getItem() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
			setItem() {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			}
		});
		const store = new WebStore('localStorage', 'app:');
		expect(store.get('name')).toEqual({ ok: false, message: 'The operation is insecure.' });
		expect(store.set('name', 'Ana')).toEqual({
			ok: false,
			message: 'the browser has no room left to save it'
		});
	});
});
