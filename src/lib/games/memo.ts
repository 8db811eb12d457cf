// Distractor picking compares every answer in the pool many times per round; memoising the
// string parsers keeps that cheap. Bounded, so a long session cannot grow it without limit.
export function memoize<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
	const cache = new Map<string, T>();
	return (text) => {
		if (cache.has(text)) return cache.get(text) as T;
		if (cache.size >= limit) cache.clear();
		const value = fn(text);
		cache.set(text, value);
		return value;
	};
}
