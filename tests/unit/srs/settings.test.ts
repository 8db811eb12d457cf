import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, parseSettings } from '$lib/srs/settings';
import { parseLimit } from '$lib/srs/limits';

describe('settings', () => {
	it('starts from the defaults: 90% retention, 20 new, 200 reviews, day starts at 4', () => {
		const s = parseSettings(undefined);
		expect(s).toEqual(DEFAULT_SETTINGS);
		expect(s.desiredRetention).toBe(0.9);
		expect(s.newCardsPerDay).toBe(20);
		expect(s.maxReviewsPerDay).toBe(200);
		expect(s.dayStartHour).toBe(4);
		expect(s.reviewDecks).toBeNull();
		expect(s.quizCountsAsReview).toBe(false);
	});

	it('replaces each bad stored field by its default and keeps the good ones', () => {
		const s = parseSettings({
			desiredRetention: 0.5,
			newCardsPerDay: 35,
			dayStartHour: 'four',
			theme: 'dark',
			sound: 'yes',
			reviewDecks: ['dates', 'BAD ID'],
			unknown: 1
		});
		expect(s.desiredRetention).toBe(0.9);
		expect(s.newCardsPerDay).toBe(35);
		expect(s.dayStartHour).toBe(4);
		expect(s.theme).toBe('dark');
		expect(s.sound).toBe(DEFAULT_SETTINGS.sound);
		expect(s.reviewDecks).toBeNull();
		expect(s).not.toHaveProperty('unknown');
	});

	it('accepts desired retention from 0.70 to 0.99 only', () => {
		expect(parseSettings({ desiredRetention: 0.7 }).desiredRetention).toBe(0.7);
		expect(parseSettings({ desiredRetention: 0.99 }).desiredRetention).toBe(0.99);
		expect(parseSettings({ desiredRetention: 0.995 }).desiredRetention).toBe(0.9);
	});

	it('merges a partial update and keeps the current value for an invalid field', () => {
		const current = parseSettings({ desiredRetention: 0.85 });
		const next = mergeSettings(current, { desiredRetention: 2, newCardsPerDay: 5 });
		expect(next.desiredRetention).toBe(0.85);
		expect(next.newCardsPerDay).toBe(5);
	});
});

describe('parseLimit: a daily limit as typed in its field', () => {
	it('takes a whole number in range', () => {
		expect(parseLimit('newCardsPerDay', '15')).toEqual({ ok: true, value: 15 });
		expect(parseLimit('newCardsPerDay', ' 0 ')).toEqual({ ok: true, value: 0 });
		expect(parseLimit('maxReviewsPerDay', '99999')).toEqual({ ok: true, value: 99999 });
	});

	it('an empty field is not 0, and a fraction or a number out of range is refused, saying why', () => {
		for (const text of ['', '  ', '25.5', '-3', '10000', 'abc']) {
			expect(parseLimit('newCardsPerDay', text)).toEqual({
				ok: false,
				message: 'New cards a day: enter a whole number from 0 to 9999.'
			});
		}
	});
});
