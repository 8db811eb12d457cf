// A round in progress survives a reload of its tab (sessionStorage is per tab, so two tabs can
// each play their own round). It never touches the saved progress: a bad or stale entry is
// dropped, and the round starts over. A round that cannot be kept (storage full or blocked)
// still plays, it just cannot resume after a reload: callers may ignore what saving says.
import { clockNow, PausableClock } from '$lib/games/clock';
import { WebStore } from './kv';
import type { Saved } from './saved';

const rounds = new WebStore('sessionStorage', 'xi-cards:round:');
const CLOCK = ':clock';

export function saveRound(key: string, serialized: string): Saved {
	return rounds.set(key, serialized);
}

/** The saved round, parsed by `restore`; a round that cannot be restored is cleared. */
export function loadRound<T>(key: string, restore: (serialized: string) => T): T | null {
	const stored = rounds.get(key);
	if (!stored.ok || stored.value === null) return null;
	try {
		return restore(stored.value);
	} catch {
		clearRound(key);
		return null;
	}
}

export function clearRound(key: string): Saved {
	return rounds.delete(key, key + CLOCK);
}

/**
 * The clock of a round in progress is kept beside it, so a reload neither restarts the time
 * (a free extra go at a timed question) nor loses it. `part` names what it times (the
 * question's index in a quiz): a clock kept for another part is not restored.
 */
export function saveClock(key: string, part: number, clock: PausableClock): Saved {
	return saveRound(`${key}${CLOCK}`, JSON.stringify({ part, clock }));
}

/** The clock kept for this part of the round, or else a new one from `startedAt` (kept too). */
export function keptClock(key: string, part: number, startedAt = clockNow()): PausableClock {
	const kept = loadRound(`${key}${CLOCK}`, (serialized) => {
		const saved = JSON.parse(serialized) as { part?: unknown; clock?: unknown };
		return saved.part === part ? PausableClock.restore(saved.clock) : null;
	});
	if (kept) return kept;
	const started = new PausableClock(startedAt);
	saveClock(key, part, started);
	return started;
}
