// The one error convention of storage: a write (and a read that can fail) gives
// `{ ok: true, value }` or `{ ok: false, message }`, and never throws. The message is plain
// words: from kv.ts it says why ("the browser has no room left to save it"), for the sentence
// of the store that called it; from a store, the whole sentence a page shows.
export type Saved<T = undefined> = { ok: true; value: T } | { ok: false; message: string };

export const saved = <T>(value: T): Saved<T> => ({ ok: true, value });
export const done: Saved = { ok: true, value: undefined };
export const notSaved = (message: string): { ok: false; message: string } => ({
	ok: false,
	message
});

/** A storage failure in plain words, for the banner and messages. */
export function errorMessage(error: unknown): string {
	const name =
		typeof error === 'object' && error && 'name' in error ? String(error.name) : undefined;
	if (name === 'QuotaExceededError') return 'the browser has no room left to save it';
	if (name === 'AbortError' && !(error instanceof Error && error.message !== name)) {
		return 'the browser stopped the save before it finished';
	}
	if (error instanceof Error) return error.message || error.name;
	if (name) return name;
	// A transaction aborted with no error gives null.
	if (error === null || error === undefined) return 'the browser gave no reason';
	return String(error);
}
