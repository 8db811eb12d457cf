// A seeded pseudo-random generator. Only 32-bit integer arithmetic (Math.imul, >>> 0) is used,
// so a seed gives the same sequence in every browser and in Node: a shared round is the same round.
import * as v from 'valibot';

/** What a link may carry as a seed: short, URL-safe, readable ("class-3b" works too). */
export const SeedSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** cyrb128: spreads a string over four 32-bit words, the state sfc32 needs. */
function hashSeed(seed: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < seed.length; i++) {
		const k = seed.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32, seeded from a string. */
export class Rng {
	#a: number;
	#b: number;
	#c: number;
	#d: number;

	constructor(seed: string) {
		[this.#a, this.#b, this.#c, this.#d] = hashSeed(seed);
		// The first outputs of sfc32 still echo the seed; discard them.
		for (let i = 0; i < 15; i++) this.next();
	}

	/** A float in [0, 1). */
	next(): number {
		this.#a >>>= 0;
		this.#b >>>= 0;
		this.#c >>>= 0;
		this.#d >>>= 0;
		let t = (this.#a + this.#b) | 0;
		this.#a = this.#b ^ (this.#b >>> 9);
		this.#b = (this.#c + (this.#c << 3)) | 0;
		this.#c = (this.#c << 21) | (this.#c >>> 11);
		this.#d = (this.#d + 1) | 0;
		t = (t + this.#d) | 0;
		this.#c = (this.#c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** A shuffled copy (Fisher–Yates); the input is left alone. */
	shuffle<T>(items: readonly T[]): T[] {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			[out[i], out[j]] = [out[j] as T, out[i] as T];
		}
		return out;
	}

	/** One item, or undefined for an empty list. */
	pick<T>(items: readonly T[]): T | undefined {
		return items.length === 0 ? undefined : items[this.int(items.length)];
	}

	/** Up to n distinct items (by position), in random order. */
	sample<T>(items: readonly T[], n: number): T[] {
		return this.shuffle(items).slice(0, Math.max(0, n));
	}
}

/**
 * A fresh seed string from entropy the caller supplies (Math.random(), Date.now(), a crypto
 * value), so this module stays free of hidden randomness. Floats in [0, 1) and integers both work.
 */
export function randomSeed(entropy: number): string {
	const n = Number.isInteger(entropy) ? entropy : Math.floor(Math.abs(entropy) * 2 ** 32);
	const rng = new Rng(String(n));
	const word = () =>
		Math.floor(rng.next() * 36 ** 5)
			.toString(36)
			.padStart(5, '0');
	return word() + word();
}
