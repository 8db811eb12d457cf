// Wrong options as a teacher writes them, and the general extractors, on small invented texts
// (no fact from the sources): each test names the rule a student would notice broken.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/lib/generator/generate';
import { misreading } from '../../../src/lib/generator/english';
import { answerTypeOf } from '../../../src/lib/generator/options';
import { countriesIn, regionOf } from '../../../src/lib/generator/places';
import { optionShape } from '../../../src/lib/generator/shape';
import type { Card } from '../../../src/lib/decks/schema';

const cardsOf = (text: string) => generateCards({ name: 'test.txt', text });
const find = (cards: Card[], start: string) => {
	const card = cards.find((c) => c.prompt.startsWith(start));
	if (!card)
		throw new Error(`no card starts "${start}":\n${cards.map((c) => c.prompt).join('\n')}`);
	return card;
};

describe('wrong options of the answer type', () => {
	it('offers African countries for "Which African government …?", never one the question names', () => {
		const cards = cardsOf(
			'= Ruritania in Africa =\n\nKenya, Ghana and Nigeria trade with Ruritania.\n\nEswatini recognizes Ruritania but not Borduria, alone among African governments.\n'
		);
		const card = find(cards, 'Which');
		expect(card.distractors?.length).toBeGreaterThanOrEqual(3);
		for (const d of card.distractors ?? []) {
			expect(regionOf(d), d).toBe('Africa');
			expect(card.prompt.includes(d), d).toBe(false);
		}
	});

	it('gives a vote the four ways to vote', () => {
		const card = find(
			cardsOf(
				'= Ruritania =\n\nOn 3 May 2030, a resolution was adopted by a vote of 20 in favour and 9 against at the UN Human Rights Council, condemning the blockade of Strelsau. Ruritania joined four other countries in voting against the resolution.\n'
			),
			'How did Ruritania vote'
		);
		expect(card.answer).toBe('Against');
		expect(card.distractors).toEqual(
			expect.arrayContaining(['In favour', 'Abstained', 'Did not vote'])
		);
	});

	it('never offers a person the question names, and offers people of the asked role', () => {
		const cards = cardsOf(
			'= Ruritania =\n\nPresident Alba Green met President Olaf Brand in 2029. President Mira Stone met President Karl Weiss in 2030. Prime Minister Ivo Lund met President Alba Green in 2031. President Olaf Brand later signed the Strelsau Accord with Ruritania, the first accord of its kind.\n'
		);
		for (const card of cards.filter((c) => c.answerType === 'person')) {
			for (const d of card.distractors ?? []) {
				const surname = d.split(' ').at(-1) as string;
				expect(card.prompt.includes(surname), `${card.prompt} / ${d}`).toBe(false);
			}
		}
	});

	it('swaps two list items for two of the same kind, so every item stands in two options', () => {
		const cards = cardsOf(
			'= Ruritania =\n\nThe core principles of the Strelsau Conference were mutual respect, non-aggression, non-interference and equality.\n\nThe main aims of the Harbour Pact were free trade, open ports, safe shipping and fair tariffs.\n'
		);
		const list = cards.find((c) => c.kind === 'list' && c.distractors?.length);
		if (!list) throw new Error(cards.map((c) => `${c.kind}: ${c.prompt}`).join('\n'));
		const options = [list.answer, ...(list.distractors ?? [])].map((o) => o.split(', '));
		expect(options).toHaveLength(4);
		const counts = new Map<string, number>();
		for (const items of options) for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
		const swapped = [...counts].filter(([, n]) => n < 4);
		expect(swapped.length).toBe(4);
		for (const [, n] of swapped) expect(n).toBe(2);
	});

	it('gives an attitude blank other attitudes, not words of another part of speech', () => {
		const card = find(
			cardsOf(
				'= Ruritania =\n\nOn 4 June 2029, Alba Green told the Bordurian news agency BNA that she was "worried" about the tensions between Ruritania and Borduria.\n'
			),
			'Fill in the missing word'
		);
		expect(card.answer).toBe('worried');
		// "She was … about" alone would not say who: the prompt keeps the speaker and the date.
		expect(card.prompt).toBe(
			'Fill in the missing word: On 4 June 2029, Alba Green told the Bordurian news agency BNA that she was "…" about the tensions between Ruritania and Borduria.'
		);
		expect(card.distractors).toEqual(expect.arrayContaining(['concerned', 'optimistic']));
	});

	it('keeps every wrong option in the surface shape of the answer', () => {
		const cards = cardsOf(
			'= Ruritania =\n\nIn 2029, Ruritania cut back lending to Borduria after fears that Borduria could not repay its debts. In 2030, Borduria froze the Harbour Pact due to mutual sanctions over fishing. Relations improved in 2031 because of a new trade deal.\n'
		);
		for (const card of cards) {
			for (const d of card.distractors ?? []) {
				expect(optionShape(d), `${card.answer} / ${d}`).toBe(optionShape(card.answer));
			}
		}
	});

	it("types an opinion piece's claim by the question it asks, so its options are claims too", () => {
		const claim = (prompt: string) =>
			answerTypeOf({
				id: 'x',
				kind: 'event',
				prompt,
				answer: 'A cooperative partnership',
				source: { doc: 'x', section: '', excerpt: 'x' }
			});
		expect(claim('What does Xi advocate for in relations with the U.S.?')).toBe('position');
		expect(
			claim('According to the opinion piece, what does Xi advocate for in relations with the U.S.?')
		).toBe('position');
		expect(claim('In emerging policy areas where it leads, what does China seek to shape?')).toBe(
			'position'
		);
	});

	it("puts a president of the answer's own country first among a president's options", () => {
		const cards = cardsOf(
			'= Portugal and its neighbours =\n\n== Portugal ==\n\nIn 2015, Queen Flavia met with Otto Brandt, the president of Portugal, in Strelsau. However, relations worsened after Karl Weiss of the Farmers Party won the presidential election in 2016. President Weiss responded to the speech by saying Portugal would not accept a customs union.\n\n== Spain ==\n\nSpanish President Anna Vogel met Queen Flavia in 2017. Relations with Spain improved under president Hugo Lenz.\n\n== Italy ==\n\nItalian President Ivo Marek visited Strelsau in 2019.\n'
		);
		const options = (answer: string) => cards.find((c) => c.answer === answer)?.distractors;
		// Another of Portugal's presidents ("Otto Brandt, the president of Portugal") and of Spain's.
		expect(options('Karl Weiss')?.[0]).toBe('Otto Brandt');
		expect(options('Hugo Lenz')?.[0]).toBe('Anna Vogel');
	});

	it('has a gazetteer with countries of every region', () => {
		for (const region of ['Africa', 'Asia', 'Europe', 'Middle East', 'Americas'] as const) {
			expect(countriesIn(region).length).toBeGreaterThanOrEqual(10);
		}
	});
});

describe('general extractors on ordinary prose', () => {
	it('asks who did what of a named subject, and when', () => {
		const cards = cardsOf(
			'= The Harbour Pact =\n\nIn 1928, Foreign Minister Aristide Vance proposed a pact to outlaw war between Ruritania and Borduria. The pact was signed by fifteen nations.\n\nOn 27 August 1929, Chancellor Olaf Brand signed the Harbour Pact at Strelsau.\n'
		);
		const prompts = cards.map((c) => `${c.prompt} => ${c.answer}`);
		// The text names one minister: "Which minister …?" would pick him out among the others.
		expect(prompts).toContain(
			'Who proposed a pact to outlaw war between Ruritania and Borduria in 1928? => Aristide Vance'
		);
		expect(prompts.some((p) => p.endsWith('=> 27 August 1929'))).toBe(true);
	});

	it('asks what a thing’s principles were, naming a definite description in full', () => {
		const cards = cardsOf(
			'= The Strelsau Conference, 1955 =\n\nThe nonaligned movement grew out of the conference. The initial motivation for the movement was the promotion of peace.\n'
		);
		const card = find(cards, 'What was the initial motivation for the nonaligned movement?');
		expect(card.answer).toBe('The promotion of peace');
	});

	it('asks why, when the cause belongs to the main clause', () => {
		const cards = cardsOf(
			'= Ruritania =\n\nUnder Queen Flavia, Ruritania has cut back lending to Borduria after fears that Borduria could not repay its debts.\n'
		);
		const card = find(cards, 'Why did Ruritania cut back lending to Borduria under Queen Flavia?');
		expect(card.answer).toMatch(/^Fears that Borduria could not repay/);
	});

	it('asks a stance with the topic that narrows it, so it has one answer', () => {
		const cards = cardsOf(
			'= Ruritania and Borduria =\n\nRuritania and Borduria have called for a ceasefire in the Strelsau conflict, showing a new resolve.\n'
		);
		const card = find(cards, 'What did Ruritania and Borduria call for in the Strelsau conflict?');
		expect(card.answer).toBe('A ceasefire');
	});

	it('strips reference markers and editorial notes from every shown text', () => {
		const cards = cardsOf(
			'= Ruritania =\n\nIn 1928,[1] Foreign Minister Aristide Vance proposed a pact to outlaw war between Ruritania and Borduria.[2][3] The pact was signed in Strelsau in August 1929.[citation needed]\n'
		);
		expect(cards.length).toBeGreaterThan(0);
		for (const c of cards) {
			for (const s of [c.prompt, c.answer, c.note ?? '', ...(c.distractors ?? [])]) {
				expect(s, c.id).not.toMatch(/\[(\d+|citation needed)\]/);
			}
		}
	});
});

describe('questions that do not read as English are refused', () => {
	it.each([
		['In which year did Earlier British Foreign Minister Canning suggest a pact?', 'earlier'],
		['On what date does Ruritanian force attacked across the border?', ''],
		['Which country officials made significant efforts?', ''],
		['Complete the list: The war ended in victory. Though nearly thirty nations took part, …', ''],
		['What did the opposition come from two groups:?', ''],
		['In which year did Earlier, with Vance, Karl Brandt suggest a pact?', 'earlier'],
		['Who suggested that two nations issue a joint declaration?', ''],
		['In which year did the Karl Weiss of the Farmers Party won the election take place?', ''],
		[
			'Who announced the sale of the harbour company, the firm which had owned on July 26, 1956?',
			''
		],
		['On what date did Otto Brandt sell the harbour company, the firm which had owned?', ''],
		['Why did Soviet and American face difficulties?', ''],
		['Fill in the name: … appeared intractable on the issue.', ''],
		['How many zones of occupation did Two and a half million Berliners spread between?', ''],
		['How many seconds did one plane land every at Tempelhof Airport?', ''],
		['How many students did the government assert that injuries exceeded 3,000 and that?', ''],
		['How many students did the government claim that over 200 individuals?', ''],
		['Which country forces flew troops into the territory?', ''],
		['On what date did Otto Brandt sign the treaty, the same day he?', ''],
		['How many imposing economic sanctions did the council pass?', ''],
		['Which President responded to the speech by saying Portugal would not join?', ''],
		['Fill in the number: The clashes created a serious deterioration in relations.', ''],
		[
			'In which year did Borduria end its protectorate over Graustark, then Ruritanian Prime Minister Karl Weiss asserted that it was theirs?',
			''
		]
	])('%s', (prompt, sourceWord) => {
		expect(
			misreading(prompt, sourceWord ? `It began ${sourceWord} than planned.` : '')
		).toBeTruthy();
	});

	it('accepts a plain question', () => {
		expect(
			misreading('In which year did Frank Kellogg earn the Nobel Peace Prize?')
		).toBeUndefined();
		expect(misreading('Which country voted against the resolution?')).toBeUndefined();
		expect(misreading('Why did Soviet and American leaders face difficulties?')).toBeUndefined();
		expect(
			misreading(
				'Fill in the name: … appeared intractable on the issue of exchanging land for peace.'
			)
		).toBeUndefined();
		expect(
			misreading(
				'Fill in the country: According to French wishes, the treaty subjected … to tolls.'
			)
		).toBeUndefined();
	});
});

describe('facts a sentence states beside its main one', () => {
	it('asks what the exception was', () => {
		const card = find(
			cardsOf(
				'= Ruritania =\n\nIn 2017, Queen Flavia reaffirmed six of the nine harbour rules, with the notable exception of "Opening every port at dawn."\n'
			),
			'What was the notable exception when'
		);
		expect(card.answer).toBe('Opening every port at dawn');
	});

	it('asks what made a practice possible, naming whose "its" is', () => {
		const card = find(
			cardsOf(
				'= Ruritania =\n\nDuring the famine, Ruritania engaged in grain diplomacy, a practice facilitated by its early success in storing grain.\n'
			),
			"What facilitated Ruritania's grain diplomacy"
		);
		expect(card.answer).toBe("Ruritania's early success in storing grain");
	});
});
