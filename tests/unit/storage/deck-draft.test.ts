import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '$lib/decks/schema';
import {
	clearDeckDraft,
	loadDeckDraft,
	saveDeckDraft,
	type DeckDraft
} from '$lib/storage/deck-draft';

/** A tab's sessionStorage, as far as the draft uses it. */
class MemoryStorage {
	readonly items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, String(value));
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

let storage: MemoryStorage;

beforeEach(() => {
	storage = new MemoryStorage();
	vi.stubGlobal('sessionStorage', storage);
});

afterEach(() => vi.unstubAllGlobals());

const card = (id: string, prompt: string, answer: string): Card => ({
	id,
	kind: 'custom',
	prompt,
	answer,
	source: { doc: 'Written by the teacher', section: '', excerpt: 'Written by the teacher' }
});

const draft = (extra: Partial<DeckDraft> = {}): DeckDraft => ({
	title: 'Belt and Road',
	cards: [card('custom-1', 'When was the BRI announced?', '2013')],
	made: '2025-03-01T10:00:00.000Z',
	...extra
});

describe('the draft of a deck being made', () => {
	it('gives back the title, cards, first-made time and half-written card as they were', () => {
		const writer = { prompt: 'Where?', answer: '', kind: 'custom' as const, sourceText: '' };
		expect(saveDeckDraft(draft({ writer })).ok).toBe(true);
		expect(loadDeckDraft()).toEqual(draft({ writer }));
	});

	it('keeps the text pasted to make cards from', () => {
		const pasted = 'On 7 September 2013 Xi Jinping proposed the Silk Road Economic Belt.';
		saveDeckDraft(draft({ pasted }));
		expect(loadDeckDraft()?.pasted).toBe(pasted);
	});

	it('keeps a card whose answer is being rewritten, even while it is empty', () => {
		saveDeckDraft(draft({ cards: [card('custom-1', 'When?', '')] }));
		expect(loadDeckDraft()?.cards[0]?.answer).toBe('');
	});

	it('keeps unsaved changes to each saved deck apart from each other and from a new deck', () => {
		saveDeckDraft(draft());
		saveDeckDraft(draft({ title: 'Changed A', editingId: 'deck-a' }));
		saveDeckDraft(draft({ title: 'Changed B', editingId: 'deck-b' }));
		expect(loadDeckDraft()?.title).toBe('Belt and Road');
		expect(loadDeckDraft('deck-a')).toMatchObject({ title: 'Changed A', editingId: 'deck-a' });
		expect(loadDeckDraft('deck-b')?.title).toBe('Changed B');
		expect(loadDeckDraft('deck-c')).toBeNull();
		clearDeckDraft('deck-a');
		expect(loadDeckDraft('deck-a')).toBeNull();
		expect(loadDeckDraft()?.title).toBe('Belt and Road');
		clearDeckDraft();
		expect(loadDeckDraft()).toBeNull();
		expect(loadDeckDraft('deck-b')?.title).toBe('Changed B');
	});

	it('drops a draft it cannot read instead of failing', () => {
		saveDeckDraft(draft());
		const [key] = [...storage.items.keys()];
		for (const bad of ['{not json', '{"version":1,"title":3}', '{"version":2}', 'null']) {
			storage.setItem(key as string, bad);
			expect(loadDeckDraft()).toBeNull();
			expect(storage.items.size).toBe(0);
		}
		const hostile = {
			version: 1,
			...draft(),
			cards: [{ ...card('custom-1', 'a', 'b'), id: '<x>' }]
		};
		storage.setItem(key as string, JSON.stringify(hostile));
		expect(loadDeckDraft()).toBeNull();
	});

	it('says so when the browser will not keep it, and never throws', () => {
		vi.stubGlobal('sessionStorage', {
			getItem() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
			setItem() {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			},
			removeItem() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		expect(saveDeckDraft(draft()).ok).toBe(false);
		expect(loadDeckDraft()).toBeNull();
		expect(() => clearDeckDraft()).not.toThrow();
	});
});
