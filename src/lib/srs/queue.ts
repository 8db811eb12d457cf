// Today's cards: due (re)learning cards first, then due reviews up to the daily review limit,
// then new cards up to the daily new-card limit. What was already done today counts against
// the limits, and it is read from today's log entries only, never the whole log.
import type { Card } from '$lib/decks/schema';
import { dayStart, nextDayStart } from './day';
import type { CardState, CardStateName, ReviewLogEntry } from './card';
import type { Settings } from './settings';

/** When nothing else is left, learning cards due this soon are shown early (as in Anki). */
export const LEARN_AHEAD_MINUTES = 20;

export interface QueueInput {
	/** Cards of the decks in the daily review, in deck order (new cards are introduced in it). */
	cards: readonly Pick<Card, 'id' | 'sibling'>[];
	/** Stored states by card id; a card without one is new. */
	states: ReadonlyMap<string, CardState>;
	/** Log entries since the start of today's study day (older entries are ignored). */
	todayLogs: readonly ReviewLogEntry[];
	settings: Pick<Settings, 'newCardsPerDay' | 'maxReviewsPerDay' | 'dayStartHour'>;
	now: Date;
}

export interface QueueCounts {
	new: number;
	learning: number;
	review: number;
}

export interface Queue {
	/** Card ids in the order to show them. */
	ids: string[];
	/** How many of `ids` are new, (re)learning and review cards. */
	counts: QueueCounts;
	/** Learning cards still to come back later today, and when the first one is due. */
	laterToday: number;
	nextDue: Date | null;
	/** Done today: new cards introduced and reviews answered (they count against the limits). */
	doneToday: { new: number; review: number };
}

interface Candidate {
	id: string;
	sibling: string | undefined;
	state: CardStateName;
	due: number;
}

const byDue = (a: Candidate, b: Candidate) => a.due - b.due || (a.id < b.id ? -1 : 1);

function countKey(state: CardStateName): keyof QueueCounts {
	return state === 'relearning' ? 'learning' : state;
}

export function buildQueue({ cards, states, todayLogs, settings, now }: QueueInput): Queue {
	const time = now.getTime();
	const todayStart = dayStart(now, settings.dayStartHour).getTime();
	const tomorrow = nextDayStart(now, settings.dayStartHour).getTime();
	const learnAhead = time + LEARN_AHEAD_MINUTES * 60_000;

	const siblingOf = new Map<string, string>();
	for (const card of cards) if (card.sibling) siblingOf.set(card.id, card.sibling);

	const introduced = new Set<string>();
	const reviewed = new Set<string>();
	const siblingsSeen = new Set<string>();
	for (const log of todayLogs) {
		if (log.review.getTime() < todayStart) continue;
		if (log.state === 'new') introduced.add(log.cardId);
		if (log.state === 'review') reviewed.add(log.cardId);
		const sibling = siblingOf.get(log.cardId);
		if (sibling) siblingsSeen.add(sibling);
	}

	const added: Candidate[] = [];
	const learning: Candidate[] = [];
	const learningLater: Candidate[] = [];
	const reviews: Candidate[] = [];
	const fresh: Candidate[] = [];
	const seen = new Set<string>();
	for (const card of cards) {
		if (seen.has(card.id)) continue; // the same card in two chosen decks
		seen.add(card.id);
		const stored = states.get(card.id);
		if (stored?.suspended) continue;
		if (stored?.buriedUntil && stored.buriedUntil.getTime() > time) continue;
		const candidate: Candidate = {
			id: card.id,
			sibling: card.sibling,
			state: stored?.state ?? 'new',
			due: stored ? stored.due.getTime() : time
		};
		if (stored?.addedUntil && stored.addedUntil.getTime() > time) added.push(candidate);
		else if (candidate.state === 'learning' || candidate.state === 'relearning') {
			(candidate.due <= time ? learning : learningLater).push(candidate);
		} else if (candidate.state === 'review') {
			if (candidate.due < tomorrow) reviews.push(candidate);
		} else fresh.push(candidate);
	}

	learning.sort(byDue);
	learningLater.sort(byDue);
	reviews.sort(byDue);

	// Cards already under way today (learning, added by hand) are always shown; their siblings
	// and those of cards answered today wait for another day.
	const picked: Candidate[] = [...learning, ...added];
	for (const c of picked) if (c.sibling) siblingsSeen.add(c.sibling);
	const takeUpTo = (pool: Candidate[], limit: number) => {
		let taken = 0;
		for (const c of pool) {
			if (taken >= limit) break;
			if (c.sibling && siblingsSeen.has(c.sibling)) continue;
			if (c.sibling) siblingsSeen.add(c.sibling);
			picked.push(c);
			taken++;
		}
	};
	takeUpTo(reviews, Math.max(0, settings.maxReviewsPerDay - reviewed.size));
	takeUpTo(fresh, Math.max(0, settings.newCardsPerDay - introduced.size));

	let later = learningLater;
	if (picked.length === 0) {
		const early = learningLater.filter((c) => c.due <= learnAhead);
		picked.push(...early);
		later = learningLater.slice(early.length);
	}
	later = later.filter((c) => c.due < tomorrow);

	const counts: QueueCounts = { new: 0, learning: 0, review: 0 };
	for (const c of picked) counts[countKey(c.state)]++;
	return {
		ids: picked.map((c) => c.id),
		counts,
		laterToday: later.length,
		nextDue: later[0] ? new Date(later[0].due) : null,
		doneToday: { new: introduced.size, review: reviewed.size }
	};
}
