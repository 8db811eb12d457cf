// What a share link carries to replay a round: the mode, the decks, the settings and the seed.
// The round itself is rebuilt from these, so the link stays short and everyone gets the same round.
import * as v from 'valibot';
import { SeedSchema } from './rng';
import { MatchSettingsSchema, QuizSettingsSchema, TimelineSettingsSchema } from './settings';

const DeckIdsSchema = v.pipe(
	v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/))),
	v.minLength(1),
	v.maxLength(20)
);

export const RoundSpecSchema = v.variant('mode', [
	v.strictObject({
		mode: v.literal('quiz'),
		deckIds: DeckIdsSchema,
		seed: SeedSchema,
		settings: QuizSettingsSchema
	}),
	v.strictObject({
		mode: v.literal('match'),
		deckIds: DeckIdsSchema,
		seed: SeedSchema,
		settings: MatchSettingsSchema
	}),
	v.strictObject({
		mode: v.literal('timeline'),
		deckIds: DeckIdsSchema,
		seed: SeedSchema,
		settings: TimelineSettingsSchema
	})
]);
export type RoundSpec = v.InferOutput<typeof RoundSpecSchema>;
