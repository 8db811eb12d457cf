import { describe, expect, it } from 'vitest';
import { emptyQueueReason } from '$lib/review/empty-queue';
import { DEFAULT_SETTINGS } from '$lib/srs/settings';

describe('why the queue is empty', () => {
	const done = (n: number) => ({ doneToday: { new: n, review: 0 } });

	it('names the setting that empties it: no deck chosen, no new cards, or the limit reached', () => {
		expect(emptyQueueReason({ ...DEFAULT_SETTINGS, reviewDecks: [] }, done(0))).toBe(
			'No deck is chosen for the daily review.'
		);
		expect(emptyQueueReason({ ...DEFAULT_SETTINGS, newCardsPerDay: 0 }, done(0))).toBe(
			'New cards are set to 0 a day.'
		);
		expect(emptyQueueReason(DEFAULT_SETTINGS, done(20))).toBe(
			'You have had today’s 20 new cards; more come tomorrow.'
		);
		expect(emptyQueueReason({ ...DEFAULT_SETTINGS, newCardsPerDay: 1 }, done(1))).toBe(
			'You have had today’s 1 new card; more come tomorrow.'
		);
	});

	it('says nothing when the work is simply done', () => {
		expect(emptyQueueReason(DEFAULT_SETTINGS, done(3))).toBeNull();
		expect(emptyQueueReason({ ...DEFAULT_SETTINGS, reviewDecks: ['dates'] }, done(0))).toBeNull();
	});
});
