// Each extractor on small invented texts (no facts from the real sources), including the
// broken passages the sources contain: empty quotes, a lost quotation after a colon, markup.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/lib/decks/gen/context';
import { extractDates, findDates } from '../../../src/lib/decks/gen/dates';
import { extractQuotes, attributeQuotes } from '../../../src/lib/decks/gen/quotes';
import { subjectPerson } from '../../../src/lib/decks/gen/dates';
import { extractLists } from '../../../src/lib/decks/gen/lists';
import { extractDoctrines } from '../../../src/lib/decks/gen/doctrines';
import { extractFigures } from '../../../src/lib/decks/gen/figures';
import { extractBilateral } from '../../../src/lib/decks/gen/bilateral';
import { generateCards } from '../../../src/lib/decks/gen/generate';
import { parseDocument, findSection } from '../../../src/lib/decks/gen/document';
import { splitSentences, cleanMarkup, damageIn } from '../../../src/lib/decks/gen/text';

const ctxOf = (text: string) => buildContext({ name: 'test.txt', text });

describe('parseDocument', () => {
	const doc = '= Policy of Ana Ruiz =\n\nLead text.\n\n== Europe ==\n=== Norway ===\n\nIn 2019, Ruiz met Ola Berg.\n\n==See also==\n- Link';
	it('reads the title, nested sections and skips link lists', () => {
		const parsed = parseDocument(doc);
		expect(parsed.title).toBe('Policy of Ana Ruiz');
		expect(parsed.sections.map((s) => s.title)).toEqual(['', 'Norway']);
		expect(parsed.sections[1]?.path).toEqual(['Europe', 'Norway']);
	});
	it('finds the verbatim text of a section', () => {
		expect(findSection(doc, 'Norway')).toBe('In 2019, Ruiz met Ola Berg.');
	});
});

describe('splitSentences', () => {
	it('does not split after "U.S." inside a sentence or inside a quotation', () => {
		const text = 'Ties with the U.S. Senate grew. "We act. We win," she said. Then it ended.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'Ties with the U.S. Senate grew.',
			'"We act. We win," she said.',
			'Then it ended.'
		]);
	});
});

describe('damage', () => {
	it('flags empty quotes and a colon with no quotation', () => {
		expect(damageIn('She said the move could constitute "", allowing war.')).toBe('empty quotation');
		expect(damageIn('In a speech, Ruiz stated:')).toBe('missing quotation after a colon');
	});
	it('renders markup as text', () => {
		expect(cleanMarkup('an area of 300 km^{2} and "[t]he end"')).toBe('an area of 300 km² and "the end"');
	});
});

describe('dates', () => {
	it('asks a full question with the date as precise as the text', () => {
		const cards = extractDates(ctxOf('On 3 May 2011, Ana Ruiz visited Oslo to open a trade office.'));
		expect(cards).toHaveLength(1);
		expect(cards[0]?.prompt).toBe('On what date did Ana Ruiz visit Oslo to open a trade office?');
		expect(cards[0]?.answer).toBe('3 May 2011');
		expect(cards[0]?.when).toBe('2011-05-03');
		expect(cards[0]?.accept).toEqual(['May 2011', '2011']);
	});
	it('resolves a day without a year only from an unambiguous year nearby', () => {
		expect(findDates('The talks ended on 9 June.', 'They began in 2010.')[0]?.when).toBe('2010-06-09');
		expect(findDates('The talks ended on 9 June.', 'They ran from 2010 to 2012 in 2011.')).toEqual([]);
	});
	it('skips a sentence whose quotation was lost after a colon', () => {
		expect(extractDates(ctxOf('In 2012, Ana Ruiz stated:'))).toEqual([]);
	});
});

describe('quotes', () => {
	const text =
		'Ana Ruiz said that "trade is the bridge between our two peoples." Critics put the word "bridge builder" in quotes. Professor Ola Berg writes that "[n]o bridge stands without two banks to hold it."';
	it('attributes a quotation to the speaker who says it, and not a mere phrase in quotes', () => {
		const ctx = ctxOf(text);
		const speakers = ctx.sentences.flatMap((s) => attributeQuotes(ctx, s.text, null).map((a) => a.speaker));
		expect(speakers).toEqual(['Ana Ruiz', 'Ola Berg']);
	});
	it('asks both ways and renders editorial markup', () => {
		const ctx = ctxOf(text);
		const cards = extractQuotes(ctx, (s) => subjectPerson(ctx, s.text));
		const who = cards.find((c) => c.kind === 'quote-speaker' && c.speaker === 'Ola Berg');
		expect(who?.prompt).toBe('Who said: "No bridge stands without two banks to hold it."?');
		const completion = cards.find((c) => c.kind === 'quote-completion' && c.speaker === 'Ana Ruiz');
		// The shown words and the answer together give back the quotation.
		const shown = /"(.*) …"$/.exec(completion?.prompt ?? '')?.[1];
		expect(`${shown} ${completion?.answer}`).toBe('trade is the bridge between our two peoples');
		expect(completion?.sibling).toBe(cards.find((c) => c.kind === 'quote-speaker')?.sibling);
	});
	it('makes no quote card from an empty pair of quotation marks', () => {
		const ctx = ctxOf('Ana Ruiz said that the treaty could constitute "", allowing a war.');
		expect(extractQuotes(ctx, () => null)).toEqual([]);
	});
});

describe('lists', () => {
	it('asks for the whole numbered list and for each item', () => {
		const ctx = ctxOf(
			'At the 2015 Harbour Summit, Ana Ruiz announced the "Three Yeses": (1) yes to open ports, (2) yes to fair fees, and (3) yes to clean ships.'
		);
		const cards = extractLists(ctx);
		const whole = cards.find((c) => c.kind === 'list');
		expect(whole?.prompt).toBe('Name all three of the "Three Yeses" that Ana Ruiz announced at the 2015 Harbour Summit.');
		expect(whole?.items).toEqual(['yes to open ports', 'yes to fair fees', 'yes to clean ships']);
		expect(cards.filter((c) => c.kind === 'list-item').map((c) => c.answer)).toEqual(whole?.items);
	});
});

describe('doctrines', () => {
	it('reads a term defined after a colon, both ways', () => {
		const ctx = ctxOf('Ruiz favours "harbour thinking" in trade: keeping every port open to all ships.');
		const cards = extractDoctrines(ctx);
		expect(cards.find((c) => c.kind === 'doctrine')?.answer).toBe('Keeping every port open to all ships');
		expect(cards.find((c) => c.kind === 'doctrine-name')?.answer).toBe('harbour thinking');
	});
	it('reads "The phrase refers to" in the next sentence', () => {
		const ctx = ctxOf('Ruiz often cites "the long tide". The phrase refers to the slow rise of northern trade.');
		expect(extractDoctrines(ctx)[0]?.answer).toBe('The slow rise of northern trade');
	});
});

describe('figures', () => {
	it('asks "how many" with the unit, and keeps the qualifier in the answer', () => {
		const cards = extractFigures(ctxOf('In her first term, Ana Ruiz flew over 90,000 miles.'));
		expect(cards[0]?.prompt).toBe('How many miles did Ana Ruiz fly, in her first term?');
		expect(cards[0]?.answer).toBe('Over 90,000 miles');
		expect(cards[0]?.value).toBe(90000);
	});
	it('reads a vote', () => {
		const cards = extractFigures(ctxOf('On 2 May 2020, a motion was adopted by a vote of 30 in favor and 4 against.'));
		expect(cards[0]?.answer).toBe('30 in favour, 4 against');
	});
});

describe('bilateral', () => {
	it('asks which country did something, but not about the country the text is about', () => {
		const text = 'Norway and Norway and Norway. Peru halted the sale of copper after Norway imposed tariffs.';
		const cards = extractBilateral(ctxOf(text)).filter((c) => c.kind === 'country');
		expect(cards[0]?.prompt).toBe('Which country halted the sale of copper after Norway imposed tariffs?');
		expect(cards[0]?.answer).toBe('Peru');
	});
	it('asks why relations changed', () => {
		const cards = extractBilateral(ctxOf('In 2010, relations with Peru soured due to a fishing dispute.'));
		expect(cards.find((c) => c.kind === 'event')?.answer).toBe('Due to a fishing dispute');
	});
});

describe('generateCards on any article', () => {
	it('works on pasted text without headings', () => {
		const cards = generateCards({
			name: 'pasted',
			text: 'On 3 May 2011, Ana Ruiz visited Oslo to open a trade office. Ruiz said that "trade is the bridge between our two peoples."'
		});
		expect(cards.map((c) => c.kind).sort()).toEqual(['date', 'quote-completion', 'quote-speaker']);
	});
});
