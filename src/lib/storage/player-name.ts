// The student's last display name, so the next shared round can start with one key press.
// localStorage only (not IndexedDB): it is a convenience, and losing it costs nothing (a name
// that cannot be kept is simply asked again next time).
import { WebStore } from './kv';
import type { Saved } from './saved';

const names = new WebStore('localStorage', 'xi-cards:');
const KEY = 'player-name';

export function rememberedName(): string {
	const stored = names.get(KEY);
	return (stored.ok && stored.value) || '';
}

export function rememberName(name: string): Saved {
	return names.set(KEY, name);
}
