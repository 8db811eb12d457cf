// The student's last display name, so the next shared round can start with one key press.
// localStorage only (not IndexedDB): it is a convenience, and losing it costs nothing.
const KEY = 'xi-cards:player-name';

export function rememberedName(): string {
	try {
		return localStorage.getItem(KEY) ?? '';
	} catch {
		return '';
	}
}

export function rememberName(name: string): void {
	try {
		localStorage.setItem(KEY, name);
	} catch {
		// Blocked storage: the name is simply asked again next time.
	}
}
