import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	MatchSettingsSchema,
	QuizSettingsSchema,
	TimelineSettingsSchema,
	parseSettings
} from '$lib/games/settings';
import { RoundSpecSchema } from '$lib/games/spec';

describe('settings', () => {
	it('defaults a quiz to 10 multiple-choice questions of 20 s with both bonuses', () => {
		expect(v.parse(QuizSettingsSchema, {})).toEqual({
			questions: 10,
			seconds: 20,
			answerMode: 'choice',
			speedBonus: true,
			streakBonus: true
		});
	});

	it('defaults a matching board to 6 pairs and a timeline to 5 to 8 events', () => {
		expect(v.parse(MatchSettingsSchema, {}).pairs).toBe(6);
		const events = v.parse(TimelineSettingsSchema, {}).events;
		expect(events).toBeGreaterThanOrEqual(5);
		expect(events).toBeLessThanOrEqual(8);
	});

	it('rejects out-of-range values in a link (5 to 50 questions, 5 to 60 s or untimed)', () => {
		expect(v.is(QuizSettingsSchema, { questions: 4 })).toBe(false);
		expect(v.is(QuizSettingsSchema, { questions: 51 })).toBe(false);
		expect(v.is(QuizSettingsSchema, { seconds: 61 })).toBe(false);
		expect(v.is(QuizSettingsSchema, { seconds: null })).toBe(true);
		expect(v.is(QuizSettingsSchema, { kinds: ['no-such-kind'] })).toBe(false);
	});

	it('reads stored settings leniently: a bad field falls back to its default, good ones stay', () => {
		const settings = parseSettings(QuizSettingsSchema, { questions: 500, seconds: null, kinds: 7 });
		expect(settings.questions).toBe(10);
		expect(settings.seconds).toBeNull();
		expect(settings.kinds).toBeUndefined();
		expect(parseSettings(MatchSettingsSchema, 'garbage').pairs).toBe(6);
	});

	it('validates a round spec per mode', () => {
		const quiz = { mode: 'quiz', deckIds: ['dates'], seed: 'abc', settings: { questions: 20 } };
		expect(v.parse(RoundSpecSchema, quiz).settings).toMatchObject({ questions: 20, seconds: 20 });
		expect(v.is(RoundSpecSchema, { ...quiz, mode: 'poker' })).toBe(false);
		expect(v.is(RoundSpecSchema, { ...quiz, seed: 'has spaces' })).toBe(false);
		expect(v.is(RoundSpecSchema, { ...quiz, deckIds: [] })).toBe(false);
	});
});
