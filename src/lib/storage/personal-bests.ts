// Small records kept beside the progress, in its meta store: the personal best of each game and
// deck, and the study day whose end was last celebrated. A record that cannot be read counts as
// none: a lost best, or confetti twice, is better than a failed end of a round.
import type { ProgressStore } from './progress-store';

const BEST_PREFIX = 'best:';
const CELEBRATED_KEY = 'celebratedDay';

/** The personal best under `key` (a quiz score, a match time), if any. */
export async function readBest(store: ProgressStore, key: string): Promise<number | undefined> {
	try {
		const best = await store.getMeta(BEST_PREFIX + key);
		return typeof best === 'number' && Number.isFinite(best) ? best : undefined;
	} catch {
		return undefined;
	}
}

export const writeBest = (store: ProgressStore, key: string, result: number) =>
	store.setMeta(BEST_PREFIX + key, result);

/** Whether the study day `today` (a day key) has been celebrated already, in any tab. */
export async function celebrated(store: ProgressStore, today: string): Promise<boolean> {
	try {
		return (await store.getMeta(CELEBRATED_KEY)) === today;
	} catch {
		return false;
	}
}

export const markCelebrated = (store: ProgressStore, today: string) =>
	store.setMeta(CELEBRATED_KEY, today);
