// Settings of each game mode: one valibot schema per mode gives the defaults, the strict check a
// share link needs, and the lenient read stored preferences need.
import * as v from 'valibot';
import { CARD_KINDS } from '$lib/decks/schema';

const int = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const ANSWER_MODES = ['choice', 'typed'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

export const QuizSettingsSchema = v.strictObject({
	/** How many questions; a deck with fewer eligible cards gives fewer. */
	questions: v.optional(int(5, 50), 10),
	/** Seconds per question, or null for untimed. */
	seconds: v.optional(v.nullable(int(5, 60)), 20),
	/** Which kinds of card; absent means every kind. */
	kinds: v.optional(v.pipe(v.array(v.picklist(CARD_KINDS)), v.minLength(1))),
	/** Four options to choose from, or a typed answer. */
	answerMode: v.optional(v.picklist(ANSWER_MODES), 'choice'),
	speedBonus: v.optional(v.boolean(), true),
	streakBonus: v.optional(v.boolean(), true)
});
export type QuizSettings = v.InferOutput<typeof QuizSettingsSchema>;

export const MATCH_PAIRINGS = [
	'quote-speaker',
	'concept-meaning',
	'country-event',
	'date-event'
] as const;
export type MatchPairing = (typeof MATCH_PAIRINGS)[number];

export const MatchSettingsSchema = v.strictObject({
	pairing: v.optional(v.picklist(MATCH_PAIRINGS), 'quote-speaker'),
	pairs: v.optional(int(3, 8), 6),
	/** Added to the time for each wrong pairing. */
	missPenaltyMs: v.optional(int(0, 30_000), 5000)
});
export type MatchSettings = v.InferOutput<typeof MatchSettingsSchema>;

export const TimelineSettingsSchema = v.strictObject({
	events: v.optional(int(5, 8), 6)
});
export type TimelineSettings = v.InferOutput<typeof TimelineSettingsSchema>;

type SettingsSchema =
	typeof QuizSettingsSchema | typeof MatchSettingsSchema | typeof TimelineSettingsSchema;

/**
 * Reads stored settings field by field: a bad or missing field takes its default instead of
 * throwing, so an old or hand-edited preference never breaks the page. Links use the strict schema.
 */
export function parseSettings<S extends SettingsSchema>(
	schema: S,
	input: unknown
): v.InferOutput<S> {
	const settings: Record<string, unknown> = { ...v.parse(schema, {}) };
	if (typeof input !== 'object' || input === null) return settings as v.InferOutput<S>;
	for (const [key, field] of Object.entries(schema.entries)) {
		const result = v.safeParse(field, (input as Record<string, unknown>)[key]);
		if (result.success) settings[key] = result.output;
	}
	return settings as v.InferOutput<S>;
}
