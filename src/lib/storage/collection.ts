// Immutable updates of the state map: the progress class replaces its map on every change
// (one cheap copy) instead of mutating it, so every reader sees a consistent collection.
import type { CardState } from '$lib/srs';

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
