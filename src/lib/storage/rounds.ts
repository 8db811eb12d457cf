// A round in progress survives a reload of its tab (sessionStorage is per tab, so two tabs can
// each play their own round). It never touches the saved progress: a bad or stale entry is
// dropped, and the round starts over.
import { clockNow, PausableClock } from '$lib/games/clock';

const PREFIX = 'xi-cards:round:';
const CLOCK = ':clock';

export function saveRound(key: string, serialized: string): void {
	try {
		sessionStorage.setItem(PREFIX + key, serialized);
	} catch {
		// Storage full or blocked: the round still plays, it just cannot resume after a reload.
	}
}

/** The saved round, parsed by `restore`; a round that cannot be restored is cleared. */
export function loadRound<T>(key: string, restore: (serialized: string) => T): T | null {
	let serialized: string | null;
	try {
		serialized = sessionStorage.getItem(PREFIX + key);
	} catch {
		return null;
	}
	if (serialized === null) return null;
	try {
		return restore(serialized);
	} catch {
		clearRound(key);
		return null;
	}
}

export function clearRound(key: string): void {
	try {
		sessionStorage.removeItem(PREFIX + key);
		sessionStorage.removeItem(PREFIX + key + CLOCK);
	} catch {
		// Nothing to clear.
	}
}

/**
 * The clock of a round in progress is kept beside it, so a reload neither restarts the time
 * (a free extra go at a timed question) nor loses it. `part` names what it times (the
 * question's index in a quiz): a clock kept for another part is not restored.
 */
export function saveClock(key: string, part: number, clock: PausableClock): void {
	saveRound(`${key}${CLOCK}`, JSON.stringify({ part, clock }));
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
