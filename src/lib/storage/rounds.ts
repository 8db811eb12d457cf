// A round in progress survives a reload of its tab (sessionStorage is per tab, so two tabs can
// each play their own round). It never touches the saved progress: a bad or stale entry is
// dropped, and the round starts over.
const PREFIX = 'xi-cards:round:';

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
	} catch {
		// Nothing to clear.
	}
}
