// User settings, stored with the progress. Every field has a default and its own fallback,
// so one bad stored value (an old version, a hand-edited backup) never breaks the others.
import * as v from 'valibot';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_SETTINGS = {
	desiredRetention: 0.9,
	newCardsPerDay: 20,
	maxReviewsPerDay: 200,
	/** Local hour at which a new study day begins: at 03:59 it is still yesterday. */
	dayStartHour: 4,
	/** Deck ids in the daily review; null means every deck. */
	reviewDecks: null as string[] | null,
	confetti: true,
	sound: false,
	theme: 'system' as Theme,
	typedAnswers: false,
	quizCountsAsReview: false
};

export type Settings = typeof DEFAULT_SETTINGS;

const D = DEFAULT_SETTINGS;

/** The daily limits a student types in, with the whole numbers each accepts. */
export const LIMITS = {
	newCardsPerDay: { label: 'New cards a day', min: 0, max: 9999 },
	maxReviewsPerDay: { label: 'Maximum reviews a day', min: 0, max: 99999 }
} as const;

const int = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const SettingsSchema = v.object({
	desiredRetention: v.fallback(
		v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)),
		D.desiredRetention
	),
	newCardsPerDay: v.fallback(
		int(LIMITS.newCardsPerDay.min, LIMITS.newCardsPerDay.max),
		D.newCardsPerDay
	),
	maxReviewsPerDay: v.fallback(
		int(LIMITS.maxReviewsPerDay.min, LIMITS.maxReviewsPerDay.max),
		D.maxReviewsPerDay
	),
	dayStartHour: v.fallback(int(0, 23), D.dayStartHour),
	reviewDecks: v.fallback(
		v.nullable(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/)))),
		D.reviewDecks
	),
	confetti: v.fallback(v.boolean(), D.confetti),
	sound: v.fallback(v.boolean(), D.sound),
	theme: v.fallback(v.picklist(THEMES), D.theme),
	typedAnswers: v.fallback(v.boolean(), D.typedAnswers),
	quizCountsAsReview: v.fallback(v.boolean(), D.quizCountsAsReview)
});

/** Reads settings from anything (stored, imported, missing): bad fields take their default. */
export function parseSettings(input: unknown): Settings {
	const record = typeof input === 'object' && input !== null ? input : {};
	return v.parse(SettingsSchema, record);
}

/** Applies a partial update; a field of the patch that is out of range keeps its current value. */
export function mergeSettings(current: Settings, patch: Partial<Settings>): Settings {
	const merged: Record<string, unknown> = { ...parseSettings({ ...current, ...patch }) };
	for (const key of Object.keys(patch) as (keyof Settings)[]) {
		// The schema replaced an invalid value with the default; the user meant to keep theirs.
		if (JSON.stringify(merged[key]) !== JSON.stringify(patch[key])) merged[key] = current[key];
	}
	return merged as Settings;
}
