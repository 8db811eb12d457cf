import { describe, expect, it } from 'vitest';
import { spokenInterval } from '$lib/review/words';

describe('spokenInterval: button labels as a screen reader should say them', () => {
	it('spells out the unit, singular or plural', () => {
		expect(spokenInterval('<1m')).toBe('less than a minute');
		expect(spokenInterval('1m')).toBe('1 minute');
		expect(spokenInterval('10m')).toBe('10 minutes');
		expect(spokenInterval('6h')).toBe('6 hours');
		expect(spokenInterval('1d')).toBe('1 day');
		expect(spokenInterval('2.1mo')).toBe('2.1 months');
		expect(spokenInterval('1.5y')).toBe('1.5 years');
	});

	it('leaves anything else as it is (the "…" shown while the scheduler loads)', () => {
		expect(spokenInterval('…')).toBe('…');
	});
});
