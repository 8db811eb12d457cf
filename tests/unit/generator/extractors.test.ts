// The alternative generator's extractors, on small invented texts (no fact from the sources).
import { describe, expect, it } from 'vitest';
import { applyEdits, parseEdits } from '../../../src/lib/generator/edits';
import { cardProblem, generateCards } from '../../../src/lib/generator/generate';
import { clean, cleanExcerpt, isBroken, splitSentences } from '../../../src/lib/generator/text';
import { documentTitle, parseDocument, findSection } from '../../../src/lib/generator/document';
import { lemma } from '../../../src/lib/generator/grammar';
import { longestName } from '../../../src/lib/generator/extract/people';
import { collectNames } from '../../../src/lib/generator/context';
import type { Card, Deck } from '../../../src/lib/decks/schema';

const cardsOf = (text: string) => generateCards({ name: 'test.txt', text });
const byKind = (cards: Card[], kind: Card['kind']) => cards.filter((c) => c.kind === kind);

describe('document parsing', () => {
	const doc =
		'= Harbours of Ruritania =\n\nLead text here.\n\n== Trade ==\nA sentence.\n\n=== Grain ===\nGrain sentence.\n\n== Ports ==\nPort sentence.\n';

	it('reads the title, nested headings and their paths', () => {
		const parsed = parseDocument(doc);
		expect(parsed.title).toBe('Harbours of Ruritania');
		expect(parsed.sections.map((s) => s.title)).toEqual(['', 'Trade', 'Grain', 'Ports']);
		expect(parsed.sections.find((s) => s.title === 'Grain')?.path).toEqual(['Trade', 'Grain']);
	});

	it('findSection returns the whole section, subsections included, and undefined when absent', () => {
		expect(findSection(doc, 'Trade')).toBe('A sentence.\n\n=== Grain ===\nGrain sentence.');
		expect(findSection(doc, 'Grain')).toBe('Grain sentence.');
		expect(findSection(doc, 'Missing')).toBeUndefined();
	});

	it('splits sentences without breaking at "U.S." inside a name or inside a quotation', () => {
		const s = splitSentences(
			'The U.S. Office of Trade met. He said "Go on. Now." Then it rained.'
		).map((x) => x.text);
		expect(s).toEqual([
			'The U.S. Office of Trade met.',
			'He said "Go on. Now."',
			'Then it rained.'
		]);
	});
});

describe('extraction damage', () => {
	it('treats empty quotation marks and a colon with no quotation as broken', () => {
		expect(isBroken('Green said the plan could constitute "", allowing more.')).toBe(true);
		expect(isBroken('In a speech at the port, Green stated:')).toBe(true);
		expect(isBroken('Green said "yes".')).toBe(false);
	});

	it('renders markup away and keeps excerpts verbatim but free of it', () => {
		expect(clean('an area of 300 km^{2} was lost')).toBe('an area of 300 km\u00b2 was lost');
		expect(clean('Alba wrote that "[j]ust enough was done."')).toBe(
			'Alba wrote that "Just enough was done."'
		);
		const sentence = 'The flood covered 300 km^{2} of farmland near the coast.';
		const ex = cleanExcerpt(sentence, ['300']);
		expect(sentence.startsWith(ex)).toBe(true);
		expect(ex).not.toContain('^{');
	});

	it('makes no card from a broken sentence', () => {
		const cards = cardsOf(
			'Senator Alba Green visited the port in 2011.\n\nIn 2012, Green said the harbour could constitute "", allowing ships in.\n\nIn a speech in 2013, Green stated:\n'
		);
		for (const c of cards) {
			expect(c.source.excerpt).not.toContain('""');
			expect(c.source.excerpt).not.toMatch(/:\s*$/);
			expect(cardProblem(c)).toBeUndefined();
		}
		expect(cards.some((c) => c.when === '2012' || c.when === '2013')).toBe(false);
	});
});

describe('dates', () => {
	it('asks for the date as precisely as the text gives it, with a sortable when', () => {
		const cards = byKind(
			cardsOf(
				'On 3 April 2011, Senator Alba Green opened the Ruritanian parliament.\n\nIn March 2014, the council approved a new harbour.\n'
			),
			'date'
		);
		const day = cards.find((c) => c.when === '2011-04-03');
		expect(day?.prompt).toBe('On what date did Senator Alba Green open the Ruritanian parliament?');
		expect(day?.answer).toBe('3 April 2011');
		expect(day?.accept).toEqual(['April 3, 2011']);
		const month = cards.find((c) => c.when === '2014-03');
		expect(month?.prompt).toBe('In which month and year did the council approve a new harbour?');
		expect(month?.answer).toBe('March 2014');
	});

	it('accepts only spellings as precise as the answer: never the bare year or month', () => {
		const cards = byKind(
			cardsOf(
				'On 3 April 2011, Senator Alba Green opened the Ruritanian parliament.\n\nOn 20–22 March 2023, Senator Alba Green opened the Bordurian parliament.\n\nIn March 2014, the council approved a new harbour.\n'
			),
			'date'
		);
		const range = cards.find((c) => c.when === '2023-03-20');
		expect(range?.prompt).toBe(
			'On what dates did Senator Alba Green open the Bordurian parliament?'
		);
		expect(range?.answer).toBe('20–22 March 2023');
		expect(range?.accept).toEqual(['March 20–22, 2023']);
		expect(cards.find((c) => c.when === '2014-03')?.accept).toBeUndefined();
		for (const c of cards) {
			for (const a of c.accept ?? []) expect(a, c.answer).toMatch(/\b\d{1,2}\b.*\b\d{4}$/);
		}
	});

	it('resolves a day without a year from the same paragraph, and skips years that are names', () => {
		const cards = byKind(
			cardsOf(
				'In 2009, the two ports signed a treaty. By 4 May, both ports had opened their gates.\n\nThe 1850 Charter is still read aloud.\n'
			),
			'date'
		);
		expect(cards.map((c) => c.when)).toContain('2009');
		expect(cards.some((c) => c.when === '1850')).toBe(false);
	});
});

describe('quotes', () => {
	const text =
		'Senator Alba Green said that "the harbour must stay open to every ship that sails in peace."\n\nThe report used the phrase "green corridor" for the new route.\n';

	it('asks who said a quotation and how it goes on, with the speaker named in full', () => {
		const cards = cardsOf(text);
		const who = byKind(cards, 'quote-speaker');
		expect(who).toHaveLength(1);
		expect(who[0]!.answer).toBe('Alba Green');
		expect(who[0]!.speaker).toBe('Alba Green');
		expect(who[0]!.prompt).toMatch(/^Who said that "the harbour must stay open/);
		const complete = byKind(cards, 'quote-completion');
		expect(complete).toHaveLength(1);
		expect(complete[0]!.prompt).toContain('Alba Green');
		expect('the harbour must stay open to every ship that sails in peace').toContain(
			complete[0]!.answer
		);
		expect(complete[0]!.sibling).toBe(who[0]!.sibling);
	});

	it('gives a "who said it" card the quotation itself, without quotation marks', () => {
		const who = byKind(cardsOf(text), 'quote-speaker')[0];
		expect(who?.quote).toBe('the harbour must stay open to every ship that sails in peace');
		expect(text).toContain(who?.quote);
		// the prompt still asks the whole question, for games that show only the prompt
		expect(who?.prompt).toContain(who?.quote);
	});

	it('keeps the whole quotation on the card when the prompt shortens it', () => {
		const long =
			'Senator Alba Green said: "Every ship that sails in peace may enter our harbour. No ship that carries guns may enter."\n';
		const who = byKind(cardsOf(long), 'quote-speaker')[0];
		expect(who?.prompt).toBe('Who said: "Every ship that sails in peace may enter our harbour …"?');
		expect(who?.quote).toBe(
			'Every ship that sails in peace may enter our harbour. No ship that carries guns may enter'
		);
	});

	it('leaves out a quoted phrase that means nothing without the prompt around it', () => {
		const who = byKind(
			cardsOf(
				'Senator Alba Green said that Ruritania and Borduria are "one family" that no storm can part.\n'
			),
			'quote-speaker'
		)[0];
		expect(who?.prompt).toBe(
			'Who said that Ruritania and Borduria are "one family" that no storm can part?'
		);
		expect(who?.quote).toBeUndefined();
	});

	it('renders an editorial case change in the quotation, as in the prompt', () => {
		const who = byKind(
			cardsOf(
				'Senator Alba Green wrote that "[j]ust by opening the gates, the harbour doubled its trade."\n'
			),
			'quote-speaker'
		)[0];
		expect(who?.quote).toBe('Just by opening the gates, the harbour doubled its trade');
		expect(cardProblem(who!)).toBeUndefined();
	});

	it('does not attribute a phrase the text merely puts in quotation marks', () => {
		const cards = cardsOf(text);
		expect(
			cards.some((c) => c.kind.startsWith('quote') && c.prompt.includes('green corridor'))
		).toBe(false);
	});
});

describe('source titles', () => {
	const body = 'Senator Alba Green visited the port in 2011.\n';
	const titles = (text: string, name = 'test.txt') =>
		new Set(generateCards({ name, text }).map((c) => c.source.title));

	it('cites every card with the document title from a "= Title =" line', () => {
		expect(titles(`= Harbours of Ruritania =\n\n${body}`)).toEqual(
			new Set(['Harbours of Ruritania'])
		);
	});

	it('takes a headline for the title of a pasted article', () => {
		const cards = generateCards({
			name: 'Pasted text',
			text: `Ruritania opens its harbours to every ship\n\n${body}`
		});
		expect(cards.length).toBeGreaterThan(0);
		for (const c of cards) {
			expect(c.source.doc).toBe('Pasted text');
			expect(c.source.title).toBe('Ruritania opens its harbours to every ship');
		}
	});

	it('calls an untitled document by its opening words, cut at a clause when long', () => {
		expect(titles(body)).toEqual(new Set(['Senator Alba Green visited the port in 2011']));
		const long =
			'Senator Alba Green and Chancellor Olaf Brand have opened a new harbour in Strelsau, where they are expected to sign a treaty on tolls, berths and the safety of every channel.\n';
		const title = documentTitle(parseDocument(long));
		expect(title).toBe(
			'Senator Alba Green and Chancellor Olaf Brand have opened a new harbour in Strelsau …'
		);
	});

	it('keeps a title within the schema limit and free of markup', () => {
		const title = documentTitle(parseDocument(`= ${'Harbour '.repeat(40)}km^{2} =\n\n${body}`));
		expect(title.length).toBeLessThanOrEqual(200);
		expect(title.endsWith(' …')).toBe(true);
		expect(documentTitle(parseDocument('= Area of 300 km^{2} =\n'))).toBe('Area of 300 km\u00b2');
		expect(documentTitle(parseDocument('- a bullet\n- another\n'))).toBe('');
	});
});

describe('lists, figures and doctrines', () => {
	it('makes one card per numbered item and one for the whole list', () => {
		const cards = cardsOf(
			'At the 2015 Harbour Summit, Senator Alba Green announced the "Three Pillars": (1) open berths for all ships, (2) fair tolls, and (3) safe channels.\n'
		);
		const list = byKind(cards, 'list');
		expect(list).toHaveLength(1);
		expect(list[0]!.items).toEqual(['open berths for all ships', 'fair tolls', 'safe channels']);
		expect(list[0]!.prompt).toContain('"Three Pillars"');
		expect(byKind(cards, 'list-item').map((c) => c.answer)).toEqual(list[0]!.items);
	});

	it('asks "how many" with the number and its unit as the answer', () => {
		const fig = byKind(
			cardsOf('Ruritania built over 4,500 bridges in its first decade.\n'),
			'figure'
		);
		expect(fig[0]?.prompt).toBe('How many bridges did Ruritania build in its first decade?');
		expect(fig[0]?.answer).toBe('over 4,500 bridges');
		expect(fig[0]?.value).toBe(4500);
	});

	it('reads numbers written in words, however they are hyphenated', () => {
		const fig = byKind(
			cardsOf('In 1955, Ruritania invited twenty-nine governments to the harbour talks.\n'),
			'figure'
		);
		expect(fig[0]?.answer).toBe('twenty-nine governments');
		expect(fig[0]?.value).toBe(29);
	});

	it('asks what a defined doctrine means, and for its name from its meaning', () => {
		const cards = cardsOf(
			'The council favors an approach of tidal thinking, in which every port plans for the highest tide.\n'
		);
		const doctrine = byKind(cards, 'doctrine')[0];
		expect(doctrine?.prompt).toBe('What is meant by tidal thinking?');
		expect(doctrine?.answer).toBe('Every port plans for the highest tide');
		const name = byKind(cards, 'doctrine-name')[0];
		expect(name?.answer).toBe('tidal thinking');
		expect(name?.prompt).not.toContain('tidal thinking');
	});
});

describe('grammar', () => {
	it('finds the base form of past-tense verbs', () => {
		expect(
			['announced', 'agreed', 'visited', 'stopped', 'upgraded', 'described', 'met', 'created'].map(
				lemma
			)
		).toEqual(['announce', 'agree', 'visit', 'stop', 'upgrade', 'describe', 'meet', 'create']);
	});
});

describe('hand edits', () => {
	const deck: Deck = {
		id: 'dates',
		title: 'Dates',
		description: 'When',
		cards: [
			{
				id: 'dates-a',
				kind: 'date',
				prompt: 'When did A happen?',
				answer: '2001',
				source: { doc: 'd', section: '', excerpt: 'A happened in 2001.' }
			},
			{
				id: 'dates-b',
				kind: 'date',
				prompt: 'When did B happen?',
				answer: '2002',
				source: { doc: 'd', section: '', excerpt: 'B happened in 2002.' }
			}
		]
	};

	it('rewords or drops cards by id and reports edits whose card is gone', () => {
		const edits = parseEdits({
			edits: [
				{
					id: 'dates-a',
					reason: 'Names the event more clearly.',
					prompt: 'In which year did A happen?'
				},
				{ id: 'dates-b', reason: 'Duplicates another card.', drop: true },
				{ id: 'dates-gone', reason: 'This card was removed.', drop: true }
			]
		});
		const { decks, missing } = applyEdits([deck], edits);
		expect(decks[0]!.cards).toHaveLength(1);
		expect(decks[0]!.cards[0]!.prompt).toBe('In which year did A happen?');
		expect(decks[0]!.cards[0]!.source.excerpt).toBe('A happened in 2001.');
		expect(missing).toEqual(['dates-gone']);
	});

	it('rejects an edit without a reason, or one that tries to change the excerpt', () => {
		expect(() => parseEdits({ edits: [{ id: 'dates-a', reason: '', drop: true }] })).toThrow();
		expect(() =>
			parseEdits({ edits: [{ id: 'dates-a', reason: 'Better source text.', excerpt: 'x' }] })
		).toThrow();
		expect(() =>
			parseEdits({ edits: [{ id: 'dates-a', reason: 'Does nothing at all.' }] })
		).toThrow();
	});
});

describe('fact sentences the clause extractors miss', () => {
	const prompts = (cards: Card[]) => cards.map((c) => `${c.prompt} => ${c.answer}`);

	it('asks for a superlative, naming both sides instead of "the two countries"', () => {
		const cards = cardsOf(
			'= Ruritania =\n\n== Borduria ==\nRuritania–Borduria relations cooled; the most bitter issue between the two countries remains the quarrel over the Salt Marsh, which Borduria calls Sel.\n'
		);
		const card = cards.find((c) => c.prompt.startsWith('What is the most bitter issue'));
		expect(card?.prompt).toBe('What is the most bitter issue between Ruritania and Borduria?');
		expect(card?.answer).toBe('The quarrel over the Salt Marsh, which Borduria calls Sel');
	});

	it('dates remarks whose quotation was lost, without citing or asking for the lost words', () => {
		const cards = cardsOf(
			'= Ruritania =\n\n== Borduria ==\nPrime Minister Alba Green met Ruritanian leaders in 2031. On 9 May, Green said that a blockade could constitute "", allowing a response. The comments triggered a diplomatic crisis between Ruritania and Borduria.\n'
		);
		const date = cards.find((c) => c.kind === 'date' && c.when === '2031-05-09');
		expect(date?.prompt).toBe(
			'On what date did Alba Green make the comments that triggered a diplomatic crisis between Ruritania and Borduria?'
		);
		expect(date?.source.excerpt).toBe('On 9 May, Green said');
		expect(date?.note).toBeTruthy();
		const what = cards.find((c) => c.prompt.startsWith("What did Alba Green's comments"));
		expect(what?.answer).toBe('A diplomatic crisis between Ruritania and Borduria');
		for (const c of cards) {
			expect(c.source.excerpt).not.toContain('""');
			expect(cardProblem(c)).toBeUndefined();
		}
	});

	it('names a partnership in quotation marks by its kind, with the full name of who announced it', () => {
		const cards = cardsOf(
			'= Ruritania =\n\n== Borduria ==\nIn May 2030, Chancellor Olaf Brand visited Ruritania. During his visit to Strelsau, Brand announced the formation of a "new river partnership" with Ruritania.\n'
		);
		expect(prompts(cards)).toContain(
			'What kind of partnership did Olaf Brand announce the formation of with Ruritania during his visit to Strelsau? => new river partnership'
		);
	});

	it('asks what someone told a counterpart, and who was the first to do something', () => {
		const cards = cardsOf(
			'= Ruritania =\n\nPresident Alba Green visited Borduria in 2029. She later told her Bordurian counterpart Olaf Brand during a summit that Ruritania would keep its ports open.\n\nMinister Nguyễn Văn An visited Ruritania in 2030 where he met Green, becoming the first foreign minister to meet Green after her re-election.\n'
		);
		const told = cards.find((c) => c.prompt.startsWith('What did Alba Green tell'));
		expect(told?.prompt).toBe(
			'What did Alba Green tell her Bordurian counterpart Olaf Brand during a summit?'
		);
		expect(told?.answer).toBe('Ruritania would keep its ports open');
		const first = cards.find((c) => c.prompt.startsWith('Who became the first foreign minister'));
		expect(first?.answer).toBe('Nguyễn Văn An');
	});

	it('asks what an acronym was seen as by each side ("it" resolved from the sentence before)', () => {
		const cards = cardsOf(
			'= Ruritania =\n\n== Borduria ==\nIn 2030, Borduria deployed the Long Range Coastal Shield (LRCS), a radar network. Ruritania saw as a threat but Borduria said it was a defense measure against pirates.\n'
		);
		expect(prompts(cards)).toContain('How did Ruritania see the LRCS? => As a threat');
		expect(prompts(cards)).toContain(
			'What did Borduria say the LRCS was? => A defense measure against pirates'
		);
	});
});

describe('people and quotes', () => {
	it('finds people named with a title after the name, or by a one-word name known before', () => {
		const { persons, aliases } = collectNames([
			'Xi met with Otto Brandt, the president of Portugal. President Tsai spoke first. Later, Tsai Ing-wen won the election.'
		]);
		expect([...persons]).toEqual(expect.arrayContaining(['Otto Brandt', 'Tsai Ing-wen']));
		expect(aliases.get('Tsai')).toBe('Tsai Ing-wen');
	});

	it('answers with the full name a document gives, not the one-word short name', () => {
		expect(longestName('Tomas Vel-ka won. Later, President Tomas said no.', 'Tomas')).toBe(
			'Tomas Vel-ka'
		);
		expect(longestName('President Tomas said no.', 'Tomas')).toBe('Tomas');
	});

	it('keeps a lead phrase before a quotation out of the clause ("Who said that On …")', () => {
		const who = byKind(
			cardsOf(
				'= Ruritania =\n\nSenator Alba Green visited the port in 2011. On harbour policy, Green said, "Every ship that sails in peace may enter."\n'
			),
			'quote-speaker'
		)[0];
		expect(who?.prompt).toBe(
			'Who said, on harbour policy: "Every ship that sails in peace may enter"?'
		);
	});
});

describe('fill in the name, the country or the year', () => {
	// Invented prose whose sentences the question makers cannot turn into questions.
	const text = [
		'= The Harbour Pact =',
		'',
		'The Harbour Pact was an agreement on tolls signed on 3 May 1911. Particularly hard hit by the floods, Portugal faced continuing insecurity from its Spanish neighbour and sought a treaty to shore up its coast.',
		'',
		'Peace advocates Alba Marie Green and Otto Vance were part of a movement for open ports. Foreign Minister Karl Brandt, with the help of Vance and Green, had long wanted Chile and Portugal to keep their ports open to one another.',
		'',
		'On 3 May 1911, fifteen nations signed the pact at Strelsau. Before 1915, the ports stayed open to ships from Poland and Italy.'
	].join('\n');
	const cards = cardsOf(text);
	const fill = (re: RegExp) => cards.filter((c) => re.test(c.prompt));

	it('leaves out a name the sentence fixes, with its title, and names it in full', () => {
		const names = fill(/^Fill in the name:/);
		const brandt = names.find((c) => c.answer === 'Karl Brandt');
		expect(brandt?.prompt).toBe(
			'Fill in the name: …, with the help of Vance and Green, had long wanted Chile and Portugal to keep their ports open to one another.'
		);
		expect(brandt?.accept).toContain('Foreign Minister Karl Brandt');
		// People the text names without a title are people all the same: the other sentence's
		// blank has them as wrong options.
		const green = names.find((c) => c.answer === 'Alba Marie Green');
		expect(green?.prompt).toMatch(/^Fill in the name: Peace advocates … and Otto Vance were/);
		expect(green?.distractors).toContain('Karl Brandt');
	});

	it('asks for a country among the countries the text names, never one the sentence names again', () => {
		const country = fill(/^Fill in the country:/).find((c) => c.answer === 'Portugal');
		expect(country?.prompt).toMatch(
			/^Fill in the country: Particularly hard hit by the floods, … faced/
		);
		expect(country?.distractors?.slice(0, 3)).toEqual(expect.arrayContaining(['Poland', 'Italy']));
		for (const c of fill(/^Fill in the country:/)) {
			const rest = c.prompt.replace(/^[^:]+:/, '');
			expect(rest, c.prompt).not.toContain(c.answer);
		}
	});

	it('asks for the year of a dated deed, names "the pact" from the passage, and keeps bounds out', () => {
		const years = fill(/^Fill in the year:/);
		expect(years.map((c) => c.prompt)).toContain(
			'Fill in the year: The Harbour Pact was an agreement on tolls signed on 3 May ….'
		);
		// A question maker's question names the pact the same way, so it needs no blank.
		expect(cards.map((c) => c.prompt)).toContain(
			'On what date did fifteen nations sign the Harbour Pact at Strelsau?'
		);
		expect(years.every((c) => c.kind === 'date' && c.when === c.answer)).toBe(true);
		// "Before 1915" bounds the ports' opening; it does not date it.
		expect(years.some((c) => c.answer === '1915')).toBe(false);
	});

	it('asks the first of several different years, and no year of a span', () => {
		const dated = cardsOf(
			'= The Harbour Talks =\n\nFears of war between Ruritania and Borduria peaked in 1962 in the wake of the Harbour Crisis, paving the way for the first agreements on naval arms, including the Limited Harbour Treaty in 1963. The Strelsau Conference held further meetings in Zenda in 1977–78 and in Tarlenheim in 1980–83.\n'
		).filter((c) => c.prompt.startsWith('Fill in the year:'));
		expect(dated.map((c) => c.answer)).toEqual(['1962']);
		expect(dated[0]?.prompt).toMatch(/^Fill in the year: Fears of war .* peaked in … in the wake/);
	});

	it('keeps sentences that lean on the passage out', () => {
		for (const c of cards) expect(c.prompt).not.toMatch(/: (They|It|This|Both) /);
	});
});

describe('named things, news quotes and sentences that need no passage', () => {
	// Invented history: treaties, events and bodies by name, and a news report's quotations.
	const history = [
		'= The Strelsau Accords =',
		'',
		'The Strelsau Accords ended the long dispute between Ruritania and Borduria in 1931.',
		'',
		'Two decades after the First World War, the Ruritanian Senate feared a new war. Then, in 1921, the first round of the Harbour Talks yielded the Coastal Shield Treaty along with an interim agreement on tolls. The Naval Tolls Treaty followed in 1923, and the Ruritanian Senate ratified the Lake Ports Treaty a year later. Both sides blamed the Border Crisis for the breakdown of the Harbour Talks.',
		'',
		'Otto Brandt, the leader of the Farmers League, appeared intractable on the issue of exchanging land for peace. The Farmers League lost for the first time in 1929.',
		'',
		'According to French wishes, the Coastal Shield Treaty subjected Portugal to strict tolls. It placed the harbour city of Zenda under the administration of the Ruritanian Senate. While Chairman Karl Weiss’s attempt to amend the treaty failed in May, he did manage to attach 14 reservations to it.'
	].join('\n');
	const cards = cardsOf(history);
	const prompts = cards.map((c) => c.prompt);

	it('asks for a treaty, an event or a body by name, among others of its kind', () => {
		const talks = cards.find((c) => c.answer === 'Harbour Talks');
		expect(talks?.prompt).toBe(
			'Fill in the name: In 1921, the first round of … yielded the Coastal Shield Treaty along with an interim agreement on tolls.'
		);
		// Events among events: no treaty, no body, and not the thing the text is about.
		expect(talks?.distractors).toEqual(expect.arrayContaining(['Border Crisis']));
		for (const wrong of ['Coastal Shield Treaty', 'Strelsau Accords', 'Ruritanian Senate'])
			expect(talks?.distractors).not.toContain(wrong);
		expect(cards.some((c) => c.answer === 'Strelsau Accords')).toBe(false);
	});

	it('drops "Then," and keeps "the issue of …", which say which one they mean', () => {
		expect(prompts.some((p) => /\bThen\b/.test(p))).toBe(false);
		expect(prompts).toContain(
			'Fill in the name: …, the leader of the Farmers League, appeared intractable on the issue of exchanging land for peace.'
		);
	});

	it('names the "It" of a sentence after one about a treaty, and blanks each kind of name once', () => {
		expect(prompts).toContain(
			'Fill in the name: The Coastal Shield Treaty placed the harbour city of Zenda under the administration of ….'
		);
		// A treaty and a country of one sentence: two cards, siblings.
		const treaty = cards.find((c) =>
			c.prompt.startsWith('Fill in the name: According to French wishes, … subjected Portugal')
		);
		const country = cards.find((c) =>
			c.prompt.startsWith(
				'Fill in the country: According to French wishes, the Coastal Shield Treaty subjected …'
			)
		);
		expect(treaty?.answer).toBe('Coastal Shield Treaty');
		expect(country?.answer).toBe('Portugal');
		expect(treaty?.sibling).toBe(country?.sibling);
	});

	it('keeps the word a sentence opens on out of the blank of a titled name', () => {
		expect(prompts).toContain(
			'Fill in the name: While …’s attempt to amend the Coastal Shield Treaty failed in May, he did manage to attach 14 reservations to it.'
		);
	});

	it('never offers one war under its other name', () => {
		const war = cards.find((c) => c.answer === 'First World War');
		expect(war?.prompt).toBe(
			'Fill in the name: Two decades after …, the Ruritanian Senate feared a new war.'
		);
		expect(war?.distractors ?? []).not.toContain('World War I');
	});

	it('names "the pair" as the last two people the paragraph names', () => {
		const figure = byKind(
			cardsOf(
				'= Ruritania =\n\nQueen Flavia Elphberg has a strong personal relationship with President Otto Brandt of Borduria. The pair met 12 times from 2013 to 2025.\n'
			),
			'figure'
		)[0];
		expect(figure?.prompt).toBe(
			'Fill in the number: Flavia Elphberg and Otto Brandt met … times from 2013 to 2025.'
		);
	});

	it('names "the two nations" as the two countries its own sentence names', () => {
		const date = byKind(
			cardsOf(
				'= Portugal =\n\nOn the eve of a 1998 state visit to Lisbon by Brazilian leader Ana Souza, Portuguese President Rui Costa remarked that the two nations were forging a special relationship.\n'
			),
			'date'
		)[0];
		expect(date?.prompt).toBe(
			'In which year did Portuguese President Rui Costa remark that Brazil and Portugal were forging a special relationship?'
		);
	});

	it('names "the visit" as the last visit its paragraph tells of, with its date', () => {
		const figure = byKind(
			cardsOf(
				'= Portugal =\n\nIn April 2025, Ana Souza visited Portugal to reaffirm relations. During the visit, Brazil and Portugal signed 45 agreements on trade.\n'
			),
			'figure'
		)[0];
		expect(figure?.prompt).toBe(
			"How many agreements did Brazil and Portugal sign on trade during Ana Souza's visit to Portugal in April 2025?"
		);
	});

	it('asks where an aim applies in the question, so the aim is the whole answer', () => {
		const aim = cardsOf(
			// Three pairs make Brazil the country the text is centred on, whose aims are asked.
			'= Brazil and Portugal =\n\nBrazil–Portugal relations are old. Brazil and Angola trade oil. Brazil and Chile share a border. During the Ana Souza administration, Brazil seeks to shape international norms and rules in emerging policy areas where Brazil has an advantage as an early participant.\n'
		).find((c) => c.answer === 'International norms and rules');
		expect(aim?.prompt).toBe('What does Brazil seek to shape in emerging policy areas?');
	});

	it('asks the year of a crisis by the deed that followed it, since a crisis of that name may recur', () => {
		const date = byKind(
			cardsOf(
				'= Portugal =\n\nAna Souza has cultivated closer relations with Angola, particularly in the wake of the Lisbon crisis of 2011.\n'
			),
			'date'
		)[0];
		expect(date?.prompt).toBe(
			'In which year was the Lisbon crisis in whose wake Ana Souza cultivated closer relations with Angola?'
		);
	});

	it('keeps a lead that dates a call, so the question says which of her calls is meant', () => {
		const call = byKind(
			cardsOf(
				'= Portugal =\n\nSpeaking at the Lisbon Forum on 3 May 2024, Brazilian President Ana Souza called for more Portuguese investment in Brazilian ports to boost trade.\n'
			),
			'event'
		)[0];
		expect(call?.prompt).toBe(
			'What did Brazilian President Ana Souza call for, when speaking at the Lisbon Forum on 3 May 2024?'
		);
	});

	it('asks who rejected something in the active voice', () => {
		const list = byKind(
			cardsOf(
				'= Portugal =\n\nIn 2024 Brazil proposed a resolution on fishing rights. However, this resolution did not mention quotas and was rejected by Spain, France, and Morocco.\n'
			),
			'list'
		)[0];
		expect(list?.prompt).toMatch(/^Which three \w+ rejected the resolution on fishing\b.*\?$/);
	});

	describe('causes and significance, not only dates and names', () => {
		const cards = cardsOf(
			[
				'= Portugal =',
				'',
				'Ana Souza\'s "open seas" doctrine has replaced the earlier slogan of "stay home" and has legitimized a larger naval role for Portugal in the Atlantic, particularly with regard to fishing.',
				'',
				'In the Portuguese perspective, these firm stances on fishing rights reduce diplomatic friction, preventing disputes.',
				'',
				'In the Portuguese view, these matters reduce tension.',
				'',
				'Souza and Costa met on 9 March 2030 during the run up to the 2030 Lisbon Games.'
			].join('\n')
		);
		const asked = (prompt: string) => cards.find((c) => c.prompt === prompt)?.answer;

		it('asks what a doctrine made legitimate, without the afterthought', () => {
			expect(asked('What has Ana Souza\'s "open seas" doctrine legitimized?')).toBe(
				'A larger naval role for Portugal in the Atlantic'
			);
		});

		it('asks what a stance achieves in whose view, where the stance is named', () => {
			expect(
				asked('In the Portuguese perspective, what do firm stances on fishing rights reduce?')
			).toBe('Diplomatic friction');
			// "these matters" are known only from the passage: no card.
			expect(cards.some((c) => c.answer === 'Tension')).toBe(false);
		});

		it('dates a meeting in a sentence that names its year twice, without giving the year away', () => {
			expect(
				asked('On what date did Souza and Costa meet during the run up to the Lisbon Games?')
			).toBe('9 March 2030');
		});

		it('offers no wrong option of another kind for an effect: none rather than a misfit', () => {
			const effect = cards.find((c) => c.answer === 'Diplomatic friction');
			expect(effect?.distractors ?? []).toEqual([]);
		});
	});

	describe('shapes found in held-out essays (the Berlin airlift, the Chinese revolution)', () => {
		const cards = cardsOf(
			'= Berlin =\n\nThe crisis was a result of rising tensions between Western powers and the Soviet Union. Shortly before the end of the blockade, the Western Allies created the North Atlantic Treaty Organization (NATO). On January 1, the United States and United Kingdom formed Bizonia, which caused tensions between East and West to escalate. In 1945, the leaders of the Liberal and Labour parties, Anna Berg and Otto Lund, met for a series of talks on a new government. The Nordic Union, founded in 1921 in Oslo, originally existed as a study group. For twenty years after the Nordic revolution of 1949, there were few contacts. The Nordic Revolution of 1911 ended the monarchy.\n'
		);
		const prompts = cards.map((c) => c.prompt);

		it('never calls the Soviet Union Russia', () => {
			const blank = cards.find((c) => c.prompt.includes('Western powers and …'));
			expect(blank?.answer).toBe('Soviet Union');
		});

		it('leaves out a short name after the blank that would give the answer away', () => {
			const nato = cards.find((c) => c.answer === 'North Atlantic Treaty Organization');
			expect(nato?.prompt).toBe(
				'Fill in the name: Shortly before the end of the blockade, the Western Allies created ….'
			);
		});

		it('asks for a country only when the answer is one', () => {
			expect(cards.some((c) => c.answer === 'Bizonia')).toBe(false);
		});

		it('reads a plural noun before an appositive name as no verb', () => {
			expect(prompts).toContain(
				'In which year did the leaders of the Liberal and Labour parties, Anna Berg and Otto Lund, meet for a series of talks on a new government?'
			);
		});

		it('dates an appositive participle by its own verb', () => {
			expect(prompts).toContain('In which year was the Nordic Union founded in Oslo?');
		});

		it('does not ask the year of a revolution the text tells of twice', () => {
			expect(prompts).not.toContain('In which year did the Nordic revolution take place?');
		});
	});

	it('keeps initials written together in a name ("George H.W. Bush")', () => {
		const who = byKind(
			cardsOf(
				'= Gulf =\n\nIraq invaded Kuwait in August 1990. President George H.W. Bush increased the U.S. force presence and petitioned the United Nations for authorization to use force.\n'
			),
			'person'
		)[0];
		expect(who?.answer).toBe('George H.W. Bush');
	});

	it('asks "Whom …?" of a person, not "What …?"', () => {
		const cards = cardsOf(
			'= Korea =\n\nIn 1949, North Korean leader Kim Il Song met Soviet officials in Moscow. The United States supported President Syngman Rhee in the south, while the Soviets supported Kim Il Song in the Democratic People’s Republic of Korea in the north.\n'
		);
		expect(cards.find((c) => c.answer === 'President Syngman Rhee')?.prompt).toBe(
			'Whom did the United States support in the south?'
		);
	});

	it('asks what a document left out, naming it by the title the text gave it', () => {
		const cards = cardsOf(
			'= Borduria =\n\nIn 2031, after the naval exercises, Ruritania published a white paper called "The Borduria Question in the New Era," which was the first since 2000. Notably, the new white paper excluded a part that previously said Ruritania would not send troops to Borduria after unification.\n'
		);
		const left = cards.find((c) => c.answer.startsWith('That Ruritania would not send troops'));
		expect(left?.prompt).toBe(
			'Which earlier statement did the 2031 white paper "The Borduria Question in the New Era" leave out?'
		);
	});

	it('asks which source said whose decision a policy was, not the usual answer', () => {
		const cards = cardsOf(
			'= Borduria =\n\nSince Flavia came to power, Ruritania has been rapidly building and arming forts on the border, a decision the Strelsau Gazette said was personally taken by Flavia.\n'
		);
		const source = cards.find((c) => c.answer === 'The Strelsau Gazette');
		expect(source?.prompt).toBe(
			"Which source said that Flavia personally took the decision behind Ruritania's building and arming of forts on the border?"
		);
	});

	it('drops an "also" or "later" that points back to the passage', () => {
		const prompts = cardsOf(
			'= Ruritania and Borduria =\n\nRuritania–Borduria relations are old. Ruritania and Graustark trade. Ruritania and Elbonia share a border. Relations between Ruritania and Borduria later improved from 2024. Queen Flavia also supported the denuclearization of Borduria in 2019.\n'
		).map((c) => c.prompt);
		expect(prompts.filter((p) => /\b(?:also|later)\b/.test(p))).toEqual([]);
		expect(prompts).toContain(
			'From which year did relations between Ruritania and Borduria improve?'
		);
	});

	const news = [
		'= Talks stall in Strelsau =',
		'',
		'Former envoy Kofa Annor warned on Friday that the talks could fail. "There is a crisis of confidence in the country\'s leadership," Annor said. Minister Wilm Ruhto dismissed the claims. "The people making these claims should come forward with substance to their claims, or they should stop," said Ruhto.'
	].join('\n');

	it('asks who said a quotation that follows a participle phrase and a comma-separated title', () => {
		const who = byKind(
			cardsOf(
				'= Ports reopen =\n\nDiscussing his concern in a public statement, Ruritania\'s Prime Minister, Otto Brandt said, "We are in contact with all the harbour authorities to find a solution."\n'
			),
			'quote-speaker'
		)[0];
		expect(who?.prompt).toBe(
			'Who said: "We are in contact with all the harbour authorities to find a solution"?'
		);
		expect(who?.answer).toBe('Otto Brandt');
	});

	it('quotes a speaker the report names without a title, and one named after the quotation', () => {
		const who = byKind(cardsOf(news), 'quote-speaker');
		expect(who.map((c) => c.answer).sort()).toEqual(['Kofa Annor', 'Wilm Ruhto']);
		expect(who.find((c) => c.answer === 'Wilm Ruhto')?.prompt).toMatch(
			/^Who said: "The people making these claims/
		);
	});
});
