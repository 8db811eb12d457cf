// Study mode and cramming: going through a deck at one's own pace, outside the daily queue.
import type { Card } from '$lib/decks/schema';
import { Rng } from '$lib/games/rng';
import { formatInterval, type CardState } from '$lib/srs/card';

export interface StudyOrder {
	/** Shuffled with this seed, or in deck order when null. */
	seed: string | null;
	/** Only cards with this tag; empty for all. */
	tag: string;
}

export function studyCards(cards: readonly Card[], order: StudyOrder): Card[] {
	const chosen = order.tag ? cards.filter((c) => (c.tags ?? []).includes(order.tag)) : [...cards];
	return order.seed === null ? chosen : new Rng(order.seed).shuffle(chosen);
}

/** Where a card stands in the schedule, as the study page shows it beside the card. */
export function studyStatus(state: CardState | undefined, now: Date): string {
	if (!state) return 'not studied yet';
	if (state.suspended) return 'suspended';
	if (state.addedUntil && state.addedUntil > now) return 'in today’s review';
	if (state.state === 'new') return 'not studied yet';
	const wait = state.due.getTime() - now.getTime();
	if (wait <= 0) return 'due now';
	if (state.state === 'review') return `in review, due in ${formatInterval(wait)}`;
	return `learning, back in ${formatInterval(wait)}`;
}

/**
 * Cramming: every card until each is answered right once; a missed card goes to the back.
 * It never touches the schedule.
 */
export class CramSession {
	#queue: string[];
	#total: number;
	#misses = 0;
	#missed = new Set<string>();

	constructor(cardIds: readonly string[]) {
		this.#queue = [...cardIds];
		this.#total = cardIds.length;
	}

	get current(): string | undefined {
		return this.#queue[0];
	}

	get remaining(): number {
		return this.#queue.length;
	}

	get done(): boolean {
		return this.#queue.length === 0;
	}

	/** How many were known the first time they came up. */
	get firstTime(): number {
		return this.#total - this.#missed.size;
	}

	get misses(): number {
		return this.#misses;
	}

	answer(known: boolean): void {
		const id = this.#queue.shift();
		if (id === undefined) return;
		if (!known) {
			this.#misses++;
			this.#missed.add(id);
			this.#queue.push(id);
		}
	}
}
