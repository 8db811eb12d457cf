// Counts in words for every message of the app: one rule, so "1 cards" can never appear.

/** "1 card", "3 cards", "2 people" (with `many` for an irregular plural). */
export function counted(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
