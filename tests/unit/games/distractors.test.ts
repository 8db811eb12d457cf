import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/decks/schema';
import { acceptedAnswers, normalizeAnswer } from '$lib/games/answer';
import { cardDate, dayNumber } from '$lib/games/dates';
import { pickDistractors } from '$lib/games/distractors';
import { figureValue } from '$lib/games/quantities';
import { Rng } from '$lib/games/rng';
import * as v from 'valibot';
import { chooseOptions } from '$lib/games/distractors';
import { optionsOverlap } from '$lib/games/option-rules';
import { createQuizRound } from '$lib/games/quiz';
import { QuizSettingsSchema } from '$lib/games/settings';
import { card, dateCards, quoteCards } from './fixtures';

const SEEDS = Array.from({ length: 100 }, (_, i) => `seed-${i}`);

describe('pickDistractors never offers a right answer', () => {
	// Every card has look-alikes in the pool: its answer re-cased, re-accented, re-punctuated,
	// re-spaced, or one of its accepted answers given as another card's answer.
	const pool: Card[] = [
		card({ id: 'a1', kind: 'person', answer: 'Wang Yi', accept: ['Foreign Minister Wang'] }),
		card({ id: 'a2', kind: 'person', answer: 'WANG YI' }),
		card({ id: 'a3', kind: 'person', answer: 'Wáng  Yì.' }),
		card({ id: 'a4', kind: 'person', answer: 'Foreign Minister Wang' }),
		card({ id: 'a5', kind: 'person', answer: 'Qin Gang' }),
		card({ id: 'a6', kind: 'person', answer: 'Yang Jiechi', accept: ['Yang'] }),
		card({ id: 'a7', kind: 'person', answer: 'Yang' }),
		card({ id: 'a8', kind: 'person', answer: 'Li Keqiang' }),
		card({ id: 'a9', kind: 'person', answer: 'Dai Bingguo', accept: ['Wang Yi'] }),
		card({ id: 'a10', kind: 'person', answer: 'Zhou Enlai' }),
		card({ id: 'a11', kind: 'person', answer: 'Deng Xiaoping' }),
		...dateCards,
		card({ id: 'dt-year', kind: 'date', answer: '2016', when: '2016' }),
		card({ id: 'dt-iso', kind: 'date', answer: '2016-03', when: '2016-03' })
	];

	it('for any seed: not the answer, not an accepted answer, no repeats, at most 3', () => {
		const problems: string[] = [];
		for (const seed of SEEDS) {
			const rng = new Rng(seed);
			for (const target of pool) {
				const distractors = pickDistractors(target, pool, rng);
				const right = acceptedAnswers(target).map(normalizeAnswer);
				const seen = distractors.map(normalizeAnswer);
				if (distractors.length > 3) problems.push(`${seed} ${target.id}: too many`);
				if (new Set(seen).size !== seen.length) problems.push(`${seed} ${target.id}: repeat`);
				for (const d of seen) if (right.includes(d)) problems.push(`${seed} ${target.id}: ${d}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('does not offer a synonym of the answer that another card accepts', () => {
		const target = pool.find((c) => c.id === 'a1') as Card;
		for (const seed of SEEDS.slice(0, 50)) {
			expect(pickDistractors(target, pool, new Rng(seed))).not.toContain('Dai Bingguo');
		}
	});

	it('does not offer the same date in another form or less precisely ("2016" for "March 2016")', () => {
		const march2016 = card({
			id: 'target',
			kind: 'date',
			answer: 'March 2016',
			when: '2016-03-12'
		});
		for (const seed of SEEDS.slice(0, 50)) {
			const distractors = pickDistractors(march2016, pool, new Rng(seed));
			expect(distractors).not.toContain('2016');
			expect(distractors).not.toContain('2016-03');
		}
	});

	it('only offers answers of the same kind', () => {
		const target = pool.find((c) => c.id === 'a5') as Card;
		const people = new Set(pool.filter((c) => c.kind === 'person').map((c) => c.answer));
		for (const seed of SEEDS.slice(0, 50)) {
			for (const d of pickDistractors(target, pool, new Rng(seed))) expect(people).toContain(d);
		}
	});

	it('returns fewer options rather than inventing some', () => {
		const tiny = [
			card({ id: 't1', kind: 'doctrine', answer: 'Peaceful rise' }),
			card({ id: 't2', kind: 'doctrine', answer: 'Major-country diplomacy' })
		];
		expect(pickDistractors(tiny[0] as Card, tiny, new Rng('s'))).toEqual([
			'Major-country diplomacy'
		]);
		expect(pickDistractors(tiny[0] as Card, [tiny[0] as Card], new Rng('s'))).toEqual([]);
	});
});

describe('pickDistractors is plausible', () => {
	it('offers dates nearer the true date than random dates would be', () => {
		let chosenGap = 0;
		let chosenCount = 0;
		let randomGap = 0;
		let randomCount = 0;
		for (const [i, target] of dateCards.entries()) {
			const days = dayNumber(cardDate(target)!);
			const byAnswer = new Map(dateCards.map((c) => [c.answer, c]));
			for (const d of pickDistractors(target, dateCards, new Rng(`d${i}`))) {
				chosenGap += Math.abs(dayNumber(cardDate(byAnswer.get(d)!)!) - days);
				chosenCount++;
			}
			for (const other of dateCards) {
				if (other === target) continue;
				randomGap += Math.abs(dayNumber(cardDate(other)!) - days);
				randomCount++;
			}
		}
		expect(chosenCount).toBe(3 * dateCards.length);
		expect(chosenGap / chosenCount).toBeLessThan(randomGap / randomCount / 3);
	});

	it('still varies the dates between seeds', () => {
		const target = dateCards[20] as Card;
		const seen = new Set(
			SEEDS.slice(0, 30).flatMap((s) => pickDistractors(target, dateCards, new Rng(s)))
		);
		expect(seen.size).toBeGreaterThan(3);
	});

	it('offers figures of the same order of magnitude and unit when the deck has them', () => {
		const figures = [
			['f1', '350,000 miles'],
			['f2', '120,000 miles'],
			['f3', '500,000 miles'],
			['f4', '900,000 miles'],
			['f5', '200,000 miles'],
			['f6', '35 miles'],
			['f7', '3,500,000 miles'],
			['f8', '400,000 dollars'],
			['f9', '7 miles']
		].map(([id, answer]) => card({ id: id as string, kind: 'figure', answer: answer as string }));
		const target = figures[0] as Card;
		const order = (c: Card) => Math.floor(Math.log10(figureValue(c)!));
		const byAnswer = new Map(figures.map((c) => [c.answer, c]));
		for (const seed of SEEDS.slice(0, 50)) {
			const distractors = pickDistractors(target, figures, new Rng(seed));
			expect(distractors).toHaveLength(3);
			for (const d of distractors) {
				expect(order(byAnswer.get(d)!)).toBe(order(target));
				expect(d).toMatch(/miles$/);
			}
		}
	});

	it('offers speakers who are in the quote deck for "who said this?"', () => {
		const speakers = new Set(quoteCards.map((c) => c.speaker));
		for (const seed of SEEDS.slice(0, 50)) {
			const target = quoteCards[0] as Card;
			const distractors = pickDistractors(target, quoteCards, new Rng(seed));
			expect(distractors).toHaveLength(3);
			for (const d of distractors) {
				expect(speakers).toContain(d);
				expect(d).not.toBe('Xi Jinping');
			}
		}
	});

	it('offers countries named by bilateral cards for country questions', () => {
		const bilateral = ['Russia', 'India', 'Japan', 'Brazil'].map((country, i) =>
			card({ id: `b${i}`, kind: 'event', answer: `Visit ${i}`, country })
		);
		const target = card({ id: 'c', kind: 'country', answer: 'Kenya' });
		const distractors = pickDistractors(target, [target, ...bilateral], new Rng('c'));
		expect(distractors).toHaveLength(3);
		for (const d of distractors) expect(['Russia', 'India', 'Japan', 'Brazil']).toContain(d);
	});

	it('prefers cards that share a tag', () => {
		const tagged = ['A', 'B', 'C'].map((x) =>
			card({ id: `t${x}`, kind: 'doctrine', answer: `Taiwan idea ${x}`, tags: ['taiwan'] })
		);
		const others = Array.from({ length: 10 }, (_, i) =>
			card({ id: `o${i}`, kind: 'doctrine', answer: `Other idea ${i}`, tags: ['trade'] })
		);
		const target = card({ id: 'x', kind: 'doctrine', answer: 'One country', tags: ['taiwan'] });
		for (const seed of SEEDS.slice(0, 30)) {
			const distractors = pickDistractors(target, [target, ...others, ...tagged], new Rng(seed));
			expect([...distractors].sort()).toEqual(tagged.map((c) => c.answer));
		}
	});

	it('does not depend on the order of the pool', () => {
		const target = quoteCards[2] as Card;
		const a = pickDistractors(target, quoteCards, new Rng('order'));
		const b = pickDistractors(target, [...quoteCards].reverse(), new Rng('order'));
		expect(a).toEqual(b);
	});
});

describe('pickDistractors never gives the answer away', () => {
	const speakers = [
		card({ id: 's-xi', kind: 'quote-speaker', answer: 'Xi Jinping', speaker: 'Xi Jinping' }),
		card({
			id: 's-duo',
			kind: 'quote-speaker',
			answer: 'Xi Jinping and Nguyễn Phú Trọng',
			speaker: 'Xi Jinping and Nguyễn Phú Trọng'
		}),
		card({
			id: 's-zhao',
			kind: 'quote-speaker',
			answer: 'Suisheng Zhao',
			speaker: 'Suisheng Zhao'
		}),
		card({
			id: 's-zel',
			kind: 'quote-speaker',
			answer: 'Volodymyr Zelenskyy',
			speaker: 'Volodymyr Zelenskyy'
		}),
		card({ id: 'p-putin', kind: 'person', answer: 'Vladimir Putin' }),
		card({ id: 'p-trong', kind: 'person', answer: 'Nguyễn Phú Trọng' }),
		card({ id: 'p-macron', kind: 'person', answer: 'Emmanuel Macron' })
	];
	const byId = (id: string) => speakers.find((c) => c.id === id) as Card;

	it('offers no option that contains the answer or is contained in it', () => {
		for (const seed of SEEDS) {
			expect(pickDistractors(byId('s-xi'), speakers, new Rng(seed))).not.toContain(
				'Xi Jinping and Nguyễn Phú Trọng'
			);
			const duo = pickDistractors(byId('s-duo'), speakers, new Rng(seed));
			expect(duo).not.toContain('Xi Jinping');
			expect(duo).not.toContain('Nguyễn Phú Trọng');
		}
	});

	it('offers no two options of which one contains the other', () => {
		for (const seed of SEEDS) {
			const options = pickDistractors(byId('s-zhao'), speakers, new Rng(seed));
			expect(options.filter((o) => o.startsWith('Xi Jinping')).length).toBeLessThan(2);
		}
	});

	it('fills a "who said" question with other people when the speakers run out', () => {
		for (const seed of SEEDS.slice(0, 30)) {
			const options = pickDistractors(byId('s-duo'), speakers, new Rng(seed));
			expect(options).toHaveLength(3);
			expect(options).toContain('Suisheng Zhao');
			expect(options).toContain('Volodymyr Zelenskyy');
		}
	});

	it('does not offer a person the question itself names', () => {
		const people = [
			card({
				id: 'p1',
				kind: 'person',
				answer: 'Vladimir Putin',
				prompt: 'Whom did Xi Jinping meet?'
			}),
			card({ id: 'p2', kind: 'person', answer: 'Moon Jae-in' }),
			card({ id: 'p3', kind: 'person', answer: 'Emmanuel Macron' }),
			card({ id: 'q1', kind: 'quote-speaker', answer: 'Xi Jinping', speaker: 'Xi Jinping' }),
			card({ id: 'q2', kind: 'quote-speaker', answer: 'Suisheng Zhao', speaker: 'Suisheng Zhao' })
		];
		for (const seed of SEEDS.slice(0, 30)) {
			const options = pickDistractors(people[0] as Card, people, new Rng(seed));
			expect(options).toHaveLength(3);
			expect(options).not.toContain('Xi Jinping');
		}
	});

	it('tells an overlap from a word that merely occurs in a longer answer', () => {
		expect(optionsOverlap('Xi Jinping', 'Xi Jinping and Nguyễn Phú Trọng')).toBe(true);
		expect(optionsOverlap('Putin', 'Vladimir Putin')).toBe(true);
		expect(optionsOverlap('Russia', 'Russia and China')).toBe(true);
		expect(
			optionsOverlap(
				'comprehensive strategic partnership',
				'Joint Statement on Deepening the Comprehensive Strategic Partnership of Coordination'
			)
		).toBe(true);
		expect(optionsOverlap('Against', 'A defense measure against North Korea')).toBe(false);
		expect(optionsOverlap('Wang Yi', 'Wang Yang')).toBe(false);
	});
});

describe('pickDistractors for an amount', () => {
	// The figures deck as QA found it: every amount counts something else.
	const figures = [
		['weeks', 'three weeks', 3],
		['continents', 'five continents', 5],
		['principles', 'six of the nine', 6],
		['countries', 'six other countries', 6],
		['attended', 'over 140 countries', 140],
		['miles', 'over 350,000 miles', 350_000],
		['doses', '1 billion doses', 1e9],
		['gas', '$400 billion', 4e11],
		['times', '40', 40],
		['area', '2,000', 2000],
		['coop', '36 cooperation agreements', 36],
		['agreements', '45 agreements', 45],
		['speeches', 'over one hundred speeches', 100]
	].map(([id, answer, value]) =>
		card({ id: id as string, kind: 'figure', answer: answer as string, value: value as number })
	);
	const figure = (id: string) => figures.find((c) => c.id === id) as Card;
	const options = (id: string, seed: string) => pickDistractors(figure(id), figures, new Rng(seed));

	it('offers amounts of what the answer counts, never of something else', () => {
		for (const seed of SEEDS) {
			const weeks = options('weeks', seed);
			expect(weeks).toHaveLength(3);
			for (const o of weeks) expect(o).toMatch(/^(two|four|five|six|seven|eight) weeks$/);
			// There are seven continents: "eight continents" would give itself away.
			for (const o of options('continents', seed))
				expect(o).toMatch(/^(one|two|three|four|six|seven) continents$/);
			for (const o of options('countries', seed)) expect(o).toMatch(/^[a-z]+ other countries$/);
		}
	});

	it('writes a made-up amount the way the answer writes its own', () => {
		for (const seed of SEEDS.slice(0, 30)) {
			for (const o of options('miles', seed)) expect(o).toMatch(/^over \d{3},000 miles$/);
			for (const o of options('speeches', seed))
				expect(o).toMatch(/^over [a-z]+( hundred)? speeches$/);
			for (const o of options('doses', seed)) expect(o).toMatch(/^\d+ (million|billion) doses$/);
			for (const o of options('gas', seed)) expect(o).toMatch(/^\$\d+(\.\d)? (billion|trillion)$/);
			for (const o of options('area', seed)) expect(o).toMatch(/^\d,000$/);
		}
	});

	it('stays near the answer: no "2,000" for "40", nothing "of the nine" above eight', () => {
		for (const seed of SEEDS) {
			for (const o of options('times', seed)) {
				expect(Number(o)).toBeGreaterThanOrEqual(20);
				expect(Number(o)).toBeLessThanOrEqual(80);
			}
			for (const o of options('principles', seed)) {
				expect(o).toMatch(/ of the nine$/);
				expect(o).not.toMatch(/^(nine|ten|eleven)/);
			}
		}
	});

	it('never counts more countries than there are', () => {
		for (const seed of SEEDS) {
			for (const o of options('attended', seed)) {
				expect(Number(/\d+/.exec(o)?.[0])).toBeLessThanOrEqual(195);
			}
		}
	});

	it('prefers the deck’s own amounts of the same thing, but never two options of one amount', () => {
		for (const seed of SEEDS) {
			const coop = options('coop', seed);
			expect(coop).toContain('45 agreements');
			expect(coop).not.toContain('45 cooperation agreements');
			const amounts = coop.map((o) => Number(/\d+/.exec(o)?.[0]));
			expect(new Set([36, ...amounts]).size).toBe(4);
		}
	});

	it('treats a number typed as another kind of answer as an amount, but not a year', () => {
		const custom = [
			card({ id: 'c-ships', kind: 'custom', answer: '12 ships' }),
			card({ id: 'c-year', kind: 'custom', answer: '2013' }),
			card({ id: 'c-a', kind: 'custom', answer: 'France' }),
			card({ id: 'c-b', kind: 'custom', answer: 'The Belt and Road Initiative' })
		];
		const ships = pickDistractors(custom[0] as Card, custom, new Rng('x'));
		expect(ships).toHaveLength(3);
		for (const o of ships) expect(o).toMatch(/^\d+ ships$/);
		const year = pickDistractors(custom[1] as Card, custom, new Rng('x'));
		expect([...year].sort()).toEqual(['12 ships', 'France', 'The Belt and Road Initiative']);
	});

	it('is the same for the same seed', () => {
		for (const f of figures) {
			expect(pickDistractors(f, figures, new Rng('same'))).toEqual(
				pickDistractors(f, figures, new Rng('same'))
			);
		}
	});
});

describe('dates as precise as the answer', () => {
	it('offers a full date only full dates, even from a deck of months and years', () => {
		const day = card({
			id: 'day',
			kind: 'date',
			answerType: 'date',
			prompt: 'On what date did the blockade start?',
			answer: '24 June 1948',
			when: '1948-06-24'
		});
		const others = [
			card({ id: 'm', kind: 'date', answer: 'September 1948', when: '1948-09' }),
			card({ id: 'y1', kind: 'date', answer: '1949', when: '1949' }),
			card({ id: 'y2', kind: 'date', answer: '1951', when: '1951' }),
			card({ id: 'y3', kind: 'date', answer: '1945', when: '1945' })
		];
		for (const seed of SEEDS.slice(0, 30)) {
			const options = pickDistractors(day, [day, ...others], new Rng(seed));
			expect(options).toHaveLength(3);
			for (const o of options) expect(o).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
		}
	});
});

describe("a generated card's own wrong options", () => {
	const generated = card({
		id: 'g1',
		kind: 'person',
		prompt: 'Which president signed the Strelsau Accord?',
		answer: 'Alba Green',
		answerType: 'person',
		// Most plausible first: presidents, then people of other offices.
		distractors: [
			'Olaf Brand',
			'Mira Stone',
			'Karl Weiss',
			'Ivo Lund',
			'Prime Minister Two',
			'Mayor Three'
		]
	});

	it('are the only options, four in all, and never reach past the most plausible', () => {
		for (let i = 0; i < 40; i++) {
			const { options, correct } = chooseOptions(
				generated,
				[generated, ...quoteCards],
				new Rng(`seed-${i}`),
				new Rng(`spare-${i}`)
			);
			expect(options).toHaveLength(4);
			expect(options[correct]).toBe('Alba Green');
			// The most plausible of all is in every round.
			expect(options).toContain('Olaf Brand');
			for (const o of options) {
				expect(['Alba Green', 'Olaf Brand', 'Mira Stone', 'Karl Weiss', 'Ivo Lund']).toContain(o);
			}
		}
	});

	it('leave a generated card with fewer than three out of multiple choice rounds', () => {
		const thin = { ...generated, id: 'g2', distractors: ['Olaf Brand'] };
		const round = createQuizRound(
			{ seed: 's', settings: v.parse(QuizSettingsSchema, { questions: 5, answerMode: 'choice' }) },
			[thin, generated]
		);
		expect(round.questions.map((q) => q.cardId)).toEqual(['g1']);
	});
});

describe('a date from another era', () => {
	it('is never an option: a generated 1979 gets years near it, not the deck’s 2010s', () => {
		const old = card({
			id: 'old',
			kind: 'date',
			prompt: 'In which year did Ruritania shift its policy?',
			answer: '1979',
			when: '1979',
			answerType: 'date'
		});
		const recent = [2012, 2013, 2014, 2016].map((y) =>
			card({ id: `d${y}`, kind: 'date', prompt: `When ${y}?`, answer: String(y), when: String(y) })
		);
		for (let i = 0; i < 20; i++) {
			const { options } = chooseOptions(old, [old, ...recent], new Rng(`e${i}`), new Rng(`s${i}`));
			expect(options).toHaveLength(4);
			for (const o of options) expect(Math.abs(Number(o) - 1979)).toBeLessThanOrEqual(8);
		}
	});
});
