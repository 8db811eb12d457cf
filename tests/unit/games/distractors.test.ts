import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/decks/schema';
import {
	Rng,
	acceptedAnswers,
	cardDate,
	dayNumber,
	figureValue,
	normalizeAnswer,
	pickDistractors
} from '$lib/games';
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
