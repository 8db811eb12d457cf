// The class list without repeats: the same result pasted twice (or as a code and as a link) is
// kept once, and the status line says in words what one Add did.
import { counted } from '$lib/text/plural';
import type { ShareResult } from './results';

/** Names compare without case or surrounding spaces: "Ana" and " ana" are one student. */
export const nameKey = (name: string) => name.trim().toLowerCase();

/** A possessive that reads well after any name: “Ana’s”, “James’s”. */
const whose = (name: string) => `${name}’s`;

/**
 * The same result twice (a code pasted again, or the same code as a code and as a link) gives
 * the same key; two different results of one student give different keys.
 */
export function resultKey(result: ShareResult): string {
	return JSON.stringify([
		result.roundId,
		nameKey(result.name),
		result.score,
		result.correct,
		result.total,
		result.answers.map((a) => [a.correct, a.given, a.elapsedMs])
	]);
}

export interface MergedResults {
	/** The list with the new results at the end, and never one result twice. */
	list: ShareResult[];
	/** The results that were new. */
	added: ShareResult[];
	/** The results that were in the list already, or came twice in what was pasted. */
	already: ShareResult[];
}

/** Adds results to a class list, leaving out those it holds already. */
export function mergeResults(
	existing: readonly ShareResult[],
	incoming: readonly ShareResult[]
): MergedResults {
	const seen = new Set<string>();
	const list: ShareResult[] = [];
	for (const result of existing) {
		const key = resultKey(result);
		if (seen.has(key)) continue;
		seen.add(key);
		list.push(result);
	}
	const added: ShareResult[] = [];
	const already: ShareResult[] = [];
	for (const result of incoming) {
		const key = resultKey(result);
		if (seen.has(key)) {
			already.push(result);
			continue;
		}
		seen.add(key);
		list.push(result);
		added.push(result);
	}
	return { list, added, already };
}

/** What one Add did, in words, for the status line. */
export function pasteSummary(outcome: {
	added: readonly ShareResult[];
	already: readonly ShareResult[];
	/** Names of rounds whose link was new. */
	rounds: readonly string[];
	/** Round links that were known already. */
	roundsAlready: number;
	unreadable: number;
}): string {
	const { added, already, rounds, roundsAlready, unreadable } = outcome;
	const nothing = added.length + already.length + rounds.length + roundsAlready + unreadable === 0;
	if (nothing) return 'Paste at least one result code or result link.';
	const parts: string[] = [];
	if (added.length === 1) parts.push(`Added ${whose((added[0] as ShareResult).name)} result.`);
	else if (added.length > 1) parts.push(`Added ${counted(added.length, 'result')}.`);
	else if (rounds.length === 0) parts.push('Nothing was added.');
	if (already.length === 1) {
		parts.push(`${whose((already[0] as ShareResult).name)} result was already in the list.`);
	} else if (already.length > 1) {
		parts.push(`${already.length} results were already in the list.`);
	}
	for (const name of rounds) parts.push(`Saved the round link of “${name}”.`);
	if (roundsAlready === 1) parts.push('That round link was saved already.');
	else if (roundsAlready > 1) parts.push(`${roundsAlready} round links were saved already.`);
	if (unreadable === 1) parts.push('One entry could not be read: it is left in the box to fix.');
	else if (unreadable > 1) {
		parts.push(`${unreadable} entries could not be read: they are left in the box to fix.`);
	}
	return parts.join(' ');
}
