// The real decks: verbatim excerpts, stable unique ids, no damage, staleness and determinism.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DECKS_DIR, deckFiles, readEdits, readSources } from '../../../scripts/build-decks';
import { unknownEditIds } from '../../../src/lib/decks/gen/edits';
import { generateDecks } from '../../../src/lib/decks/gen/generate';
import { revealsAnswer } from '../../../src/lib/decks/gen/text';
import { DeckSchema } from '../../../src/lib/decks/schema';

const docs = readSources();
const edits = readEdits();
const decks = generateDecks(docs, edits);
const cards = decks.flatMap((d) => d.cards);
const textOf = new Map(docs.map((d) => [d.name, d.text]));

describe('generated decks', () => {
	it('validate against the deck schema', () => {
		for (const deck of decks) expect(() => v.parse(DeckSchema, deck)).not.toThrow();
	});

	it('include every required deck, with cards', () => {
		for (const id of ['dates', 'quotes', 'doctrines', 'lists', 'bilateral', 'figures']) {
			expect(decks.find((d) => d.id === id)?.cards.length ?? 0, id).toBeGreaterThan(0);
		}
	});

	it('have at least 40 dates from the encyclopedic article', () => {
		const long = docs.reduce((a, b) => (a.text.length > b.text.length ? a : b));
		const dates = decks.find((d) => d.id === 'dates')?.cards ?? [];
		expect(dates.filter((c) => c.source.doc === long.name).length).toBeGreaterThanOrEqual(40);
	});

	it('quote every excerpt verbatim from its document', () => {
		for (const card of cards) expect(textOf.get(card.source.doc), card.id).toContain(card.source.excerpt);
	});

	it('give every card a unique id and every question once', () => {
		expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
		for (const deck of decks) {
			const prompts = deck.cards.map((c) => c.prompt.toLowerCase());
			expect(new Set(prompts).size, deck.id).toBe(prompts.length);
		}
	});

	it('show no extraction damage and never give the answer away', () => {
		for (const card of cards) {
			const shown = [card.prompt, card.answer, card.note ?? '', ...(card.items ?? []), ...(card.accept ?? [])];
			for (const text of shown) {
				expect(text, card.id).not.toMatch(/""|\^\{|\[[a-z]\]/);
			}
			expect(revealsAnswer(card.prompt, card.answer), card.id).toBe(false);
		}
	});

	it('keep the Five Nos findable: five items and a card asking for all five', () => {
		const lists = decks.find((d) => d.id === 'lists')?.cards ?? [];
		const whole = lists.find((c) => c.kind === 'list' && c.prompt.includes('Five Nos'));
		expect(whole?.items).toHaveLength(5);
		expect(lists.filter((c) => c.kind === 'list-item' && c.prompt.includes('Five Nos'))).toHaveLength(5);
	});
});

describe('stable ids', () => {
	it('keeps the ids of existing cards when an unrelated paragraph is added', () => {
		const padded = docs.map((d) => ({
			...d,
			text: d.text.replace(/\n\n/, '\n\nIn 1999, Ola Berg opened a bakery in Bergen to sell bread.\n\n')
		}));
		const before = new Set(generateDecks(docs).flatMap((d) => d.cards.map((c) => c.id)));
		const after = new Set(generateDecks(padded).flatMap((d) => d.cards.map((c) => c.id)));
		const lost = [...before].filter((id) => !after.has(id));
		expect(lost).toEqual([]);
	});
});

describe('decks/*.json', () => {
	it('are what the generator produces now (run npm run decks)', () => {
		for (const [name, content] of deckFiles(docs, edits)) {
			const committed = readFileSync(join(DECKS_DIR, name), 'utf8');
			expect(committed === content, `decks/${name} is stale: run npm run decks`).toBe(true);
		}
	});

	it('are deterministic: generating twice gives identical bytes', () => {
		expect([...deckFiles(docs, edits)]).toEqual([...deckFiles(docs, edits)]);
	});

	it('have no hand edit that names a card the generator no longer makes', () => {
		expect(unknownEditIds(generateDecks(docs), edits)).toEqual([]);
	});
});
