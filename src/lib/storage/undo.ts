// The undo steps of one tab: each holds the exact stored state before a change, so undo
// restores it (never ts-fsrs's rollback, which moves `due` to the review time).
import type { CardState, ReviewLogEntry } from '$lib/srs/card';
import { sameState } from './collection';

const UNDO_LIMIT = 200;

export interface UndoStep {
	cardId: string;
	/**
	 * The exact stored state before the change; undefined if the card had none. Set from the
	 * tab's copy at once, then from the record the change's transaction read.
	 */
	before: CardState | undefined;
	/** The log entry the change added, with its key, if any. */
	log: { key: string; entry: ReviewLogEntry } | null;
	/** The state the change wrote: undo restores `before` only while this is still stored. */
	after: CardState | null;
}

/** The steps with `step` added, the oldest dropped past the limit. */
export const withStep = (steps: readonly UndoStep[], step: UndoStep): readonly UndoStep[] => [
	...steps.slice(-(UNDO_LIMIT - 1)),
	step
];

/**
 * The steps still safe after another tab changed the cards `ids` (read back as `fresh`): a step
 * whose change is no longer what is stored would overwrite the other tab's work; one for a
 * change made after the other tab's stays.
 */
export function stepsStillStored(
	steps: readonly UndoStep[],
	ids: readonly string[],
	fresh: readonly (CardState | undefined)[]
): readonly UndoStep[] {
	return steps.filter((step) => {
		const i = ids.indexOf(step.cardId);
		return i < 0 || sameState(fresh[i], step.after ?? undefined);
	});
}
