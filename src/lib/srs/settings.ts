// User settings, stored with the progress. Every field has a default and its own fallback,
// so one bad stored value (an old version, a hand-edited backup) never breaks the others.
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

/** The daily limits a student types in, with the whole numbers each accepts. */
export const LIMITS = {
	newCardsPerDay: { label: 'New cards a day', min: 0, max: 9999 },
	maxReviewsPerDay: { label: 'Maximum reviews a day', min: 0, max: 99999 }
} as const;

// Checked field by field without a schema library: this module loads with every page (the
// home page is held to 50 KB of JavaScript), and a check per field is all settings need.
const int = (min: number, max: number) => (x: unknown) =>
	Number.isInteger(x) && (x as number) >= min && (x as number) <= max;

const CHECKS: { [K in keyof Settings]: (x: unknown) => boolean } = {
	desiredRetention: (x) => typeof x === 'number' && x >= 0.7 && x <= 0.99,
	newCardsPerDay: int(LIMITS.newCardsPerDay.min, LIMITS.newCardsPerDay.max),
	maxReviewsPerDay: int(LIMITS.maxReviewsPerDay.min, LIMITS.maxReviewsPerDay.max),
	dayStartHour: int(0, 23),
	reviewDecks: (x) =>
		x === null ||
		(Array.isArray(x) &&
			x.every((id) => typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,59}$/.test(id))),
	confetti: (x) => typeof x === 'boolean',
	sound: (x) => typeof x === 'boolean',
	theme: (x) => (THEMES as readonly unknown[]).includes(x),
	typedAnswers: (x) => typeof x === 'boolean',
	quizCountsAsReview: (x) => typeof x === 'boolean'
};

/** Reads settings from anything (stored, imported, missing): bad fields take their default. */
export function parseSettings(input: unknown): Settings {
	const record = (typeof input === 'object' && input !== null ? input : {}) as Record<
		string,
		unknown
	>;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
		const value = record[key];
		out[key] = CHECKS[key](value)
			? Array.isArray(value)
				? [...value]
				: value
			: structuredClone(DEFAULT_SETTINGS[key]);
	}
	return out as Settings;
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
