// The real decks: valid, cited verbatim, stable ids, no damage, no stale files, deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	DECKS_DIR,
	deckFiles,
	existingDeckFiles,
	readEdits,
	readSources
} from '../../../scripts/build-decks';
import { cardProblem, generateDecks } from '../../../src/lib/generator/generate';
import { clean, normalise } from '../../../src/lib/generator/text';
import { DeckSchema } from '../../../src/lib/decks/schema';

const sources = readSources();
const edits = readEdits();
const decks = generateDecks(sources, edits);
const cards = decks.flatMap((d) => d.cards);
const textOf = new Map(sources.map((s) => [s.name, s.text]));

describe('generated decks', () => {
	it('never offers a role or an effect among other answers, nor another answer among roles', () => {
		// "As what …?", "What has China become?", "What has the doctrine legitimized?": an answer
		// of that frame is told from any other at a glance.
		const framed = (prompt: string) =>
			/^(?:[^?]{1,140}, )?(?:[Aa]s what\b|what (?:has|did|does) .+ (?:also )?become\?$|what (?:has|have|did|does|do) .+ (?:legitimized|enabled|reduce)\?$)/.test(
				prompt
			);
		const framedAnswers = new Set(cards.filter((c) => framed(c.prompt)).map((c) => c.answer));
		for (const c of cards.filter((c) => !framed(c.prompt))) {
			for (const d of c.distractors ?? [])
				expect(framedAnswers.has(d), `${c.id}: ${d}`).toBe(false);
		}
	});

	it('gives a question that names what it asks for ("What shared vision …?") only options of that noun', () => {
		for (const c of cards) {
			const noun = /^What (?:shared |common |new )*(vision|approach|strategy|goal)\b/.exec(
				c.prompt
			)?.[1];
			if (!noun) continue;
			for (const d of c.distractors ?? []) expect(d.toLowerCase(), c.id).toContain(noun);
		}
	});

	it('validate against the deck schema', () => {
		for (const deck of decks) expect(() => v.parse(DeckSchema, deck)).not.toThrow();
	});

	it('has every required deck, and at least 40 dated events from the long article', () => {
		for (const id of ['dates', 'quotes', 'doctrines', 'lists', 'bilateral', 'figures']) {
			expect(decks.find((d) => d.id === id)?.cards.length ?? 0, id).toBeGreaterThan(0);
		}
		const long = [...textOf].sort((a, b) => b[1].length - a[1].length)[0]![0];
		const dates = decks.find((d) => d.id === 'dates')!.cards.filter((c) => c.source.doc === long);
		expect(dates.length).toBeGreaterThanOrEqual(40);
	});

	it('cites every card with a verbatim excerpt from the section it names', () => {
		for (const c of cards) {
			const text = textOf.get(c.source.doc);
			expect(text, c.id).toBeDefined();
			expect(text!.includes(c.source.excerpt), c.id).toBe(true);
			if (c.source.section) expect(text!.includes(`${c.source.section} =`), c.id).toBe(true);
		}
	});

	it('has unique ids and no question asked twice', () => {
		expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
		expect(new Set(cards.map((c) => normalise(c.prompt))).size).toBe(cards.length);
	});

	it('shows no extraction damage and never gives the answer away in the prompt', () => {
		for (const c of cards) {
			expect(cardProblem(c), `${c.id}: ${c.prompt}`).toBeUndefined();
			for (const s of [c.prompt, c.answer, c.note ?? '', ...(c.items ?? []), ...(c.accept ?? [])]) {
				expect(s, c.id).not.toMatch(/""|\u201c\s*\u201d|\^\{|\[[a-z]\][a-z]/);
			}
			if (c.quote !== undefined) expect(c.quote.trim(), c.id).not.toBe('');
		}
	});

	it('dated cards carry a one-line note saying what happened', () => {
		for (const c of decks.find((d) => d.id === 'dates')!.cards) {
			expect(c.note, c.id).toBeTruthy();
			expect(c.note!.includes('\n'), c.id).toBe(false);
		}
	});

	it('gives the Five Nos a card each and one card for all five', () => {
		const lists = decks.find((d) => d.id === 'lists')!.cards;
		const all = lists.find((c) => c.kind === 'list' && c.prompt.includes('Five Nos'));
		expect(all?.items).toHaveLength(5);
		expect(
			lists.filter((c) => c.kind === 'list-item' && c.prompt.includes('Five Nos'))
		).toHaveLength(5);
	});

	it('names the document every card cites, by its title', () => {
		for (const c of cards) expect(c.source.title, c.id).toBeTruthy();
		const wiki = cards.filter((c) => c.source.doc === '001_d36ca230e7be87ec.txt');
		expect(wiki.length).toBeGreaterThan(0);
		for (const c of wiki) expect(c.source.title).toBe('Foreign policy of Xi Jinping');
	});

	it('gives "who said it" cards their quotation, as the excerpt has it, beside a full prompt', () => {
		const who = cards.filter((c) => c.kind === 'quote-speaker');
		const withQuote = who.filter((c) => c.quote !== undefined);
		expect(withQuote.length).toBeGreaterThanOrEqual(who.length / 3);
		for (const c of withQuote) {
			// verbatim once markup is rendered away ("[j]ust" reads "Just", as on every card)
			expect(clean(c.source.excerpt), c.id).toContain(c.quote);
			expect(c.quote, c.id).not.toMatch(/^["\u201c]|["\u201d]$/);
			const opening = normalise(c.quote!).split(' ').slice(0, 5).join(' ');
			expect(normalise(c.prompt), c.id).toContain(opening);
		}
		const theme = who.find((c) => c.prompt.includes('primary theme of China'));
		expect(theme?.quote).toMatch(/^primary theme of China's foreign policy should be/);
	});

	it('attributes quotations to the person who said them', () => {
		const quotes = decks.find((d) => d.id === 'quotes')!.cards;
		for (const c of quotes) expect(c.speaker, c.id).toBeTruthy();
		const zhao = quotes.find((c) => c.kind === 'quote-speaker' && c.prompt.includes('showing up'));
		expect(zhao?.answer).not.toMatch(/^Xi/);
	});

	it('keeps card ids when an unrelated paragraph is added', () => {
		const before = new Set(cards.map((c) => c.id));
		const changed = sources.map((s) => ({
			...s,
			text: s.text.replace(/\n\n/, '\n\nTea is a popular drink in many countries.\n\n')
		}));
		const after = new Set(generateDecks(changed, edits).flatMap((d) => d.cards.map((c) => c.id)));
		const lost = [...before].filter((id) => !after.has(id));
		expect(lost).toEqual([]);
	});
});

describe('decks/*.json', () => {
	it('are what the generator produces now, byte for byte', () => {
		const files = deckFiles(sources, edits);
		for (const [name, content] of files) {
			let committed = '';
			try {
				committed = readFileSync(join(DECKS_DIR, name), 'utf8');
			} catch {
				// a missing file is stale too
			}
			expect(committed === content, `decks/${name} is stale: run npm run decks`).toBe(true);
		}
		expect(
			existingDeckFiles(),
			'decks/ holds a deck the generator no longer makes: run npm run decks'
		).toEqual([...files.keys()].sort());
	});

	it('are deterministic: two runs give the same bytes, two-space JSON ending in a newline', () => {
		const a = deckFiles(sources, edits);
		const b = deckFiles(sources, edits);
		expect([...a.entries()]).toEqual([...b.entries()]);
		for (const content of a.values()) {
			expect(content.endsWith('}\n')).toBe(true);
			expect(content.startsWith('{\n  "id"')).toBe(true);
		}
	});

	it('has no hand edit that names a card the generator no longer makes', () => {
		// deckFiles throws, naming the edit, when an edit matches no card.
		expect(() => deckFiles(sources, edits)).not.toThrow();
	});
});
