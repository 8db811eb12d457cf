// Why the daily review has nothing to show, when a setting is the cause.
import type { Queue } from '$lib/srs/queue';
import type { Settings } from '$lib/srs/settings';

/**
 * Why today's queue is empty when the cause is a setting rather than work done, in words for
 * the student; null when everything due has simply been reviewed.
 */
export function emptyQueueReason(
	settings: Pick<Settings, 'newCardsPerDay' | 'reviewDecks'>,
	queue: Pick<Queue, 'doneToday'>
): string | null {
	if (settings.reviewDecks?.length === 0) return 'No deck is chosen for the daily review.';
	if (settings.newCardsPerDay === 0) return 'New cards are set to 0 a day.';
	if (queue.doneToday.new >= settings.newCardsPerDay)
		return `You have had today’s ${settings.newCardsPerDay} new ${settings.newCardsPerDay === 1 ? 'card' : 'cards'}; more come tomorrow.`;
	return null;
}
