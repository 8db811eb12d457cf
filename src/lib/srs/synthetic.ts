// A large made-up collection for the benchmark and performance tests. Pure and seeded,
// so every run measures the same data.
import type { Card } from '$lib/decks/schema';
import { CARD_STATES, RATINGS, type CardState, type ReviewLogEntry } from './card';

export interface SyntheticCollection {
	cards: Card[];
	states: CardState[];
	logs: ReviewLogEntry[];
}

/** mulberry32: small, fast, good enough to spread test data. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const DAY = 86_400_000;

/**
 * `nCards` cards (a third never studied, every third pair sharing a sibling key), states for
 * the rest with due dates from 30 days overdue to 90 days ahead, and `nLogs` log entries over
 * the past year, the newest today.
 */
export function makeSyntheticCollection(
	nCards: number,
	nLogs: number,
	seed: number,
	now: Date
): SyntheticCollection {
	const random = seeded(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const time = now.getTime();

	const cards: Card[] = [];
	const states: CardState[] = [];
	for (let i = 0; i < nCards; i++) {
		const id = `synthetic-${i}`;
		cards.push({
			id,
			kind: 'event',
			prompt: `Synthetic prompt ${i}`,
			answer: `Synthetic answer ${i}`,
			...(i % 3 === 0 ? { sibling: `fact-${Math.floor(i / 2)}` } : {}),
			source: { doc: 'synthetic.txt', section: '', excerpt: `Synthetic excerpt ${i}` }
		});
		if (random() < 1 / 3) continue;
		// Mostly reviews, as in a collection in use; a few cards are mid-way through learning.
		const state = random() < 0.9 ? 'review' : pick(['learning', 'relearning'] as const);
		const due = new Date(
			state === 'review'
				? time + Math.floor((random() * 120 - 30) * DAY)
				: time + Math.floor((random() * 20 - 10) * 60_000)
		);
		// The last review lies in the past and the interval spans it to the due date.
		const lastReview = new Date(
			Math.min(
				time - Math.floor(random() * 3 * DAY),
				due.getTime() - Math.floor(random() * 60) * DAY
			)
		);
		const scheduledDays =
			state === 'review'
				? Math.max(1, Math.round((due.getTime() - lastReview.getTime()) / DAY))
				: 0;
		states.push({
			cardId: id,
			state,
			due,
			stability: 0.5 + random() * 100,
			difficulty: 1 + random() * 9,
			scheduledDays,
			learningSteps: 0,
			reps: 1 + Math.floor(random() * 20),
			lapses: Math.floor(random() * 3),
			lastReview,
			suspended: random() < 0.01,
			buriedUntil: null,
			addedUntil: null
		});
	}

	const logs: ReviewLogEntry[] = [];
	for (let i = 0; i < nLogs; i++) {
		// Oldest first, spread evenly over the past year with the last ones today.
		const review = new Date(time - Math.floor(((nLogs - 1 - i) / Math.max(1, nLogs)) * 365 * DAY));
		const scheduledDays = Math.floor(random() * 60);
		logs.push({
			cardId: `synthetic-${Math.floor(random() * nCards)}`,
			rating: pick(RATINGS),
			state: pick(CARD_STATES),
			review,
			due: new Date(review.getTime() + scheduledDays * DAY),
			scheduledDays,
			stability: 0.5 + random() * 100,
			difficulty: 1 + random() * 9,
			source: 'review'
		});
	}
	return { cards, states, logs };
}
