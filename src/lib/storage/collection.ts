// Immutable updates of the state map: the progress class replaces its map on every change
// (one cheap copy) instead of mutating it, so every reader sees a consistent collection.
import type { CardState } from '$lib/srs/card';

export type StateMap = ReadonlyMap<string, CardState>;

export function stateMap(states: Iterable<CardState>): StateMap {
	const map = new Map<string, CardState>();
	for (const state of states) map.set(state.cardId, state);
	return map;
}

export function withState(states: StateMap, state: CardState): StateMap {
	return new Map(states).set(state.cardId, state);
}

export function withoutState(states: StateMap, cardId: string): StateMap {
	const next = new Map(states);
	next.delete(cardId);
	return next;
}

/** Replaces the given ids with freshly read records; a missing record removes the card. */
export function withFreshStates(
	states: StateMap,
	ids: readonly string[],
	fresh: readonly (CardState | undefined)[]
): StateMap {
	const next = new Map(states);
	ids.forEach((id, i) => {
		const state = fresh[i];
		if (state) next.set(id, state);
		else next.delete(id);
	});
	return next;
}

export const systemClock = (): Date => new Date();

const time = (date: Date | null) => (date ? date.getTime() : null);

/**
 * Whether two copies of a card's state are the same, field by field (dates by time). A tab
 * rates from the stored state when it differs from the tab's copy: another tab changed it.
 */
export function sameState(a: CardState | undefined, b: CardState | undefined): boolean {
	if (!a || !b) return a === b;
	return (
		a.cardId === b.cardId &&
		a.state === b.state &&
		a.due.getTime() === b.due.getTime() &&
		a.stability === b.stability &&
		a.difficulty === b.difficulty &&
		a.scheduledDays === b.scheduledDays &&
		a.learningSteps === b.learningSteps &&
		a.reps === b.reps &&
		a.lapses === b.lapses &&
		time(a.lastReview) === time(b.lastReview) &&
		a.suspended === b.suspended &&
		time(a.buriedUntil) === time(b.buriedUntil) &&
		time(a.addedUntil) === time(b.addedUntil)
	);
}
