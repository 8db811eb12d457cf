import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DeckSchema, type Deck } from '$lib/decks/schema';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CARDS, type DeckImport } from '$lib/share/deck-file';
import { htmlToText } from '$lib/share/html';
import { importDeckFile } from '$lib/share/import-deck';
import { exportDeckAsJson, importJsonDeck } from '$lib/share/json-deck';
import { exportDeckAsTsv, importTextDeck } from '$lib/share/tsv';
import { card, customDeck, HOSTILE_STRINGS } from './fixtures';

function imported(result: DeckImport): { deck: Deck; warnings: string[] } {
	if (!result.ok) throw new Error(`Expected a deck, got: ${result.message}`);
	return result;
}

function failure(result: DeckImport): string {
	if (result.ok) throw new Error('Expected the import to fail');
	return result.message;
}

const essentials = (deck: Deck) =>
	deck.cards.map((c) => ({ id: c.id, prompt: c.prompt, answer: c.answer, tags: c.tags ?? [] }));

describe('exporting a deck for Anki', () => {
	it('writes the file headers Anki reads, then front, back, tags and guid per note', () => {
		const tsv = exportDeckAsTsv(customDeck);
		const lines = tsv.split('\n');
		expect(lines.slice(0, 7)).toEqual([
			'#separator:tab',
			'#html:false',
			'#notetype:Basic',
			`#deck:${customDeck.title}`,
			'#columns:Front\tBack\tTags\tGUID',
			'#tags column:3',
			'#guid column:4'
		]);
		expect(lines[7]).toBe(
			'When was the Belt and Road Initiative announced?\tSeptember 2013\tbri 2013\tbri-launch'
		);
	});

	it('quotes fields with tabs, quotes or line breaks, doubling inner quotes', () => {
		const deck = {
			...customDeck,
			cards: [card('tricky', 'He said "no"\tthen\nleft', '#1 answer')]
		};
		const tsv = exportDeckAsTsv(deck);
		expect(tsv).toContain('"He said ""no""\tthen\nleft"\t"#1 answer"\t\ttricky\n');
	});

	it('keeps the deck title on its own header line', () => {
		const tsv = exportDeckAsTsv({ ...customDeck, title: 'Two\nlines' });
		expect(tsv.split('\n')).toContain('#deck:Two lines');
	});
});

describe('round trips through text', () => {
	it('gives back the same prompts, answers, tags and ids, tabs, quotes and newlines included', () => {
		const deck: Deck = {
			...customDeck,
			cards: [
				...customDeck.cards,
				card('multi', 'Line one\nLine two\r\nLine three', 'A "quoted"\tand tabbed\n answer', {
					tags: ['a', 'b-c']
				}),
				card('hash', '# not a comment', 'Starts with "a quote" too')
			]
		};
		const { deck: back, warnings } = imported(
			importTextDeck(exportDeckAsTsv(deck), { fileName: 'class.txt' })
		);
		expect(warnings).toEqual([]);
		expect(essentials(back)).toEqual(essentials(deck));
		expect(back.title).toBe(deck.title);
	});

	it('keeps script and HTML in card text as plain text, byte-identical', () => {
		const { deck } = imported(importTextDeck(exportDeckAsTsv(customDeck)));
		for (const [i, text] of HOSTILE_STRINGS.entries()) {
			const back = deck.cards.find((c) => c.id === `hostile-${i}`);
			expect(back?.prompt).toBe(`Prompt ${i}: ${text}`);
			expect(back?.answer).toBe(`Answer ${i}: ${text}`);
		}
	});

	it('round-trips the app’s own JSON format', () => {
		const { deck } = imported(importJsonDeck(exportDeckAsJson(customDeck)));
		expect(deck).toEqual(customDeck);
		expect(
			imported(importDeckFile(exportDeckAsJson(customDeck), { fileName: 'x.json' })).deck
		).toEqual(customDeck);
	});
});

describe('importing an Anki plain-text export', () => {
	// As Anki 2.1.66 writes "Notes in Plain Text" with HTML, tags, deck and note type included.
	const ankiExport = [
		'#separator:tab',
		'#html:true',
		'#notetype column:1',
		'#deck column:2',
		'#tags column:5',
		'#guid column:6',
		'Basic\tChina::Foreign policy\t<b>Who</b>&nbsp;proposed the <i>Global Security Initiative</i>?\tXi Jinping<br>in April 2022\tchina::gsi Security\tb#4Kx!pQ2z',
		'Basic\tChina::Foreign policy\t"What is ""wolf warrior"" diplomacy?"\t"<div>An assertive style</div><div>of Chinese diplomats</div>"\t\tA3)t9!Lm0w',
		'Basic (and reversed card)\tChina::Foreign policy\tWhat does &lt;BRI&gt; stand for?\tBelt &amp; Road Initiative<script>alert(1)</script>\tbri\tzz-plain-guid',
		''
	].join('\n');

	it('reads fronts and backs as plain text, with tags and stable ids from the guids', () => {
		const { deck, warnings } = imported(importTextDeck(ankiExport, { fileName: 'China.txt' }));
		expect(warnings).toEqual([]);
		expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['Who proposed the Global Security Initiative?', 'Xi Jinping\nin April 2022'],
			['What is "wolf warrior" diplomacy?', 'An assertive style\nof Chinese diplomats'],
			['What does <BRI> stand for?', 'Belt & Road Initiative']
		]);
		expect(deck.cards.map((c) => c.tags)).toEqual([['china-gsi', 'security'], undefined, ['bri']]);
		expect(deck.cards[2]?.id).toBe('zz-plain-guid');
		expect(new Set(deck.cards.map((c) => c.id)).size).toBe(3);
		const again = imported(importTextDeck(ankiExport, { fileName: 'China.txt' })).deck;
		expect(again.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
	});

	it('makes custom cards with the file as their source, and a schema-valid deck', () => {
		const { deck } = imported(importTextDeck(ankiExport, { fileName: 'China.txt' }));
		expect(v.safeParse(DeckSchema, deck).success).toBe(true);
		expect(deck.title).toBe('China');
		for (const c of deck.cards) {
			expect(c.kind).toBe('custom');
			expect(c.source).toEqual({ doc: 'China.txt', section: '', excerpt: c.answer });
		}
	});

	it('takes the deck title from #deck, global tags from #tags, and honours named separators', () => {
		const text = '#separator:Semicolon\n#deck:My deck\n#tags:Unit-1 review\nfront one;back one\n';
		const { deck } = imported(importTextDeck(text));
		expect(deck.title).toBe('My deck');
		expect(deck.cards[0]).toMatchObject({
			prompt: 'front one',
			answer: 'back one',
			tags: ['unit-1', 'review']
		});
		expect(deck.cards[0]?.source.doc).toBe('Imported deck');
	});

	it.each([
		['Comma', ','],
		['pipe', '|'],
		[',', ','],
		['Tab', '\t']
	])('reads #separator:%s', (name, char) => {
		const { deck } = imported(importTextDeck(`#separator:${name}\nfront${char}back\n`));
		expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([['front', 'back']]);
	});

	it('maps fields by #columns names, skipping comment lines', () => {
		const text =
			'#separator:tab\n#columns:Back\tFront\nthe answer\tthe question\n# a comment\nA2\tQ2\n';
		const { deck } = imported(importTextDeck(text));
		expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['the question', 'the answer'],
			['Q2', 'A2']
		]);
	});

	it('strips HTML it detects even without an #html header, and never keeps tags', () => {
		const { deck } = imported(
			importTextDeck('<b>Front</b>\t<img src=x onerror=alert(1)>Back<br/>more\n')
		);
		expect(deck.cards[0]).toMatchObject({ prompt: 'Front', answer: 'Back\nmore' });
	});

	it('keeps text that only looks like markup when the file says #html:false', () => {
		const { deck } = imported(importTextDeck('#html:false\nIs 1 < 2?\t<b>yes</b>\n'));
		expect(deck.cards[0]).toMatchObject({ prompt: 'Is 1 < 2?', answer: '<b>yes</b>' });
	});

	it('warns about notes without a back, repeats and extra fields, and imports the rest', () => {
		const text = 'q1\ta1\textra\nq2\t\tx\nq1\ta1\ty\nq3\ta3\tz\n';
		const { deck, warnings } = imported(importTextDeck(text));
		expect(deck.cards.map((c) => c.prompt)).toEqual(['q1', 'q3']);
		expect(warnings).toHaveLength(3);
		expect(warnings.join(' ')).toMatch(/line 2\b/);
		expect(warnings.join(' ')).toMatch(/line 3\b/);
	});
});

describe('importing a Quizlet export', () => {
	it('reads term TAB definition lines without headers', () => {
		const quizlet =
			'Panchsheel\tFive Principles of Peaceful Coexistence\r\nCommunity of common destiny\tXi’s slogan for a shared future, 2013\r\nSCO\tShanghai Cooperation Organisation\r\n';
		const { deck, warnings } = imported(importTextDeck(quizlet, { fileName: 'quizlet-set.txt' }));
		expect(warnings).toEqual([]);
		expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['Panchsheel', 'Five Principles of Peaceful Coexistence'],
			['Community of common destiny', 'Xi’s slogan for a shared future, 2013'],
			['SCO', 'Shanghai Cooperation Organisation']
		]);
		expect(deck.title).toBe('quizlet-set');
		expect(deck.id).toBe('import-quizlet-set');
		const again = imported(importTextDeck(quizlet)).deck;
		expect(again.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
	});

	it.each([
		[
			'a CSV whose first line is “Question,Answer”',
			'Question,Answer\nSCO,Shanghai Cooperation Organisation\nBRI,Belt and Road Initiative\n'
		],
		[
			'a TSV whose first line is “Term TAB Definition”',
			'Term\tDefinition\r\nSCO\tShanghai Cooperation Organisation\r\nBRI\tBelt and Road Initiative\r\n'
		],
		[
			'a file whose first line is “front;back”',
			' front ; BACK \nSCO;Shanghai Cooperation Organisation\nBRI;Belt and Road Initiative\n'
		]
	])('does not make a card of the column names in %s', (_, text) => {
		const { deck, warnings } = imported(importTextDeck(text, { fileName: 'set.csv' }));
		expect(warnings).toEqual([]);
		expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['SCO', 'Shanghai Cooperation Organisation'],
			['BRI', 'Belt and Road Initiative']
		]);
	});

	it('reads the columns the first line names, in whatever order', () => {
		const text = 'Definition\tTerm\nShanghai Cooperation Organisation\tSCO\n';
		const { deck } = imported(importTextDeck(text));
		expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
			['SCO', 'Shanghai Cooperation Organisation']
		]);
	});

	it('keeps a first line that only mentions a question or an answer as a card', () => {
		const text = 'Question\tWhat the BRI is\nSCO\tShanghai Cooperation Organisation\n';
		const { deck } = imported(importTextDeck(text));
		expect(deck.cards.map((c) => c.prompt)).toEqual(['Question', 'SCO']);
	});

	it('says a file of column names alone has no notes under them', () => {
		expect(failure(importTextDeck('Term\tDefinition\n'))).toBe(
			'This file names its columns but has no notes under them.'
		);
	});
});

describe('refusing what cannot be a deck', () => {
	it('says an empty file is empty, whatever kind it was meant to be', () => {
		for (const text of ['', '\n\n', ' \t\r\n', '\uFEFF']) {
			expect(failure(importTextDeck(text))).toBe('The file is empty.');
			expect(failure(importJsonDeck(text))).toBe('The file is empty.');
			expect(failure(importDeckFile(text, { fileName: 'set.txt' }))).toBe('The file is empty.');
			expect(failure(importDeckFile(text, { fileName: 'deck.json' }))).toBe('The file is empty.');
		}
		expect(failure(importTextDeck('#separator:tab\n#html:false\n'))).toMatch(/no notes/);
	});

	it('gives a clear message for one-column and oversized files', () => {
		expect(failure(importTextDeck('just one column\nand another\n'))).toMatch(/front and a back/);
		expect(failure(importTextDeck('a\tb\n'.repeat(MAX_IMPORT_BYTES / 4 + 1)))).toMatch(/too big/);
	});

	it(`imports at most ${MAX_IMPORT_CARDS} cards and says so`, () => {
		const text = Array.from({ length: MAX_IMPORT_CARDS + 5 }, (_, i) => `q${i}\ta${i}`).join('\n');
		const { deck, warnings } = imported(importTextDeck(text));
		expect(deck.cards).toHaveLength(MAX_IMPORT_CARDS);
		expect(warnings[0]).toContain(`first ${MAX_IMPORT_CARDS}`);
	});

	it('names the card and the field that is wrong in a JSON deck', () => {
		const broken = {
			...customDeck,
			cards: [customDeck.cards[0], { ...customDeck.cards[1], answer: '' }]
		};
		const text = failure(importJsonDeck(JSON.stringify(broken)));
		expect(text).toContain('Card 2 (“bri-name”)');
		expect(text).toContain('“answer”');
		expect(text).toContain('empty');
		const missing = { ...customDeck, cards: [{ ...customDeck.cards[0], source: undefined }] };
		expect(failure(importJsonDeck(JSON.stringify(missing)))).toContain('field “source” is missing');
	});

	it('names a field the deck format does not have, and a list where a card is meant', () => {
		const extra = { ...customDeck, cards: [{ ...customDeck.cards[0], answr: 'typo' }] };
		expect(failure(importJsonDeck(JSON.stringify(extra)))).toBe(
			`This deck file has a problem. Card 1 (“${customDeck.cards[0]!.id}”), field “answr” is not something this app knows.`
		);
		const list = { ...customDeck, cards: [['q', 'a']] };
		expect(failure(importJsonDeck(JSON.stringify(list)))).toContain('Card 1');
	});

	it('refuses JSON that is not a deck, cut short, or has two cards with one id', () => {
		expect(failure(importJsonDeck(exportDeckAsJson(customDeck).slice(0, 100)))).toMatch(
			/not valid JSON/
		);
		expect(failure(importJsonDeck('[1,2,3]'))).toMatch(/not a deck/);
		const twice = { ...customDeck, cards: [customDeck.cards[0], customDeck.cards[0]] };
		expect(failure(importJsonDeck(JSON.stringify(twice)))).toContain('same id');
	});
});

describe('HTML to text', () => {
	it('drops tags, scripts, styles, comments and sounds, and decodes entities', () => {
		expect(
			htmlToText(
				'<style>p{}</style><p>One&nbsp;&amp;&#32;two</p><!-- x --><script>alert(1)</script>[sound:a.mp3]&#x4E60;&bogus;'
			)
		).toBe('One & two\n习&bogus;');
	});
});
