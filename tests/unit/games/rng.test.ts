import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Rng, SeedSchema, randomSeed } from '$lib/games/rng';

const draw = (seed: string, n = 20) => {
	const rng = new Rng(seed);
	return Array.from({ length: n }, () => rng.next());
};

describe('Rng', () => {
	it('gives the same sequence for the same seed', () => {
		expect(draw('class-3b')).toEqual(draw('class-3b'));
	});

	it('gives a different sequence for a different seed', () => {
		expect(draw('class-3b')).not.toEqual(draw('class-3c'));
	});

	it('stays in [0, 1) and spreads evenly over ten buckets', () => {
		const rng = new Rng('spread');
		const buckets = Array<number>(10).fill(0);
		const draws = Array.from({ length: 10_000 }, () => rng.next());
		for (const x of draws) buckets[Math.floor(x * 10)]! += 1;
		expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...draws)).toBeLessThan(1);
		for (const count of buckets) expect(count).toBeGreaterThan(850);
	});

	it('shuffles into a permutation and leaves the input alone', () => {
		const items = ['a', 'b', 'c', 'd', 'e', 'f'];
		const shuffled = new Rng('x').shuffle(items);
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect([...shuffled].sort()).toEqual(items);
	});

	it('puts each item first about equally often', () => {
		const firsts = new Map<string, number>();
		const rng = new Rng('fair');
		for (let i = 0; i < 4000; i++) {
			const first = rng.shuffle(['a', 'b', 'c', 'd'])[0] as string;
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		for (const count of firsts.values()) expect(count).toBeGreaterThan(850);
	});

	it('picks nothing from an empty list and samples distinct items', () => {
		const rng = new Rng('p');
		expect(rng.pick([])).toBeUndefined();
		const sample = rng.sample([1, 2, 3, 4, 5], 3);
		expect(new Set(sample).size).toBe(3);
		expect(rng.sample([1, 2], 5)).toHaveLength(2);
	});
});

describe('randomSeed', () => {
	it('makes a valid link seed from Math.random-style floats and from integers', () => {
		for (const entropy of [0, 0.5, 0.999999, 42, Date.UTC(2026, 0, 1)]) {
			expect(v.is(SeedSchema, randomSeed(entropy))).toBe(true);
		}
	});

	it('is repeatable for the same entropy and differs for different entropy', () => {
		expect(randomSeed(0.25)).toBe(randomSeed(0.25));
		const seeds = new Set(Array.from({ length: 100 }, (_, i) => randomSeed(i / 100)));
		expect(seeds.size).toBe(100);
	});
});
