// The games' public API: pure, seeded and serializable, shared by routes, share links and tests.
export { Rng, SeedSchema, randomSeed } from './rng';
export {
	type AnswerVerdict,
	type CheckableCard,
	acceptedAnswers,
	checkAnswer,
	editDistance,
	normalizeAnswer
} from './answer';
export {
	type PartialDate,
	cardDate,
	dayNumber,
	datesOverlap,
	formatDate,
	parseDateText,
	parseWhen,
	sameDate
} from './dates';
export { figureValue, pickDistractors } from './distractors';
export {
	type GameMode,
	type Points,
	type PointsInput,
	FLAT_POINTS,
	STREAK_CAP,
	STREAK_STEP,
	isNewBest,
	questionPoints
} from './scoring';
export {
	type AnswerMode,
	type MatchPairing,
	type MatchSettings,
	type QuizSettings,
	type TimelineSettings,
	ANSWER_MODES,
	MATCH_PAIRINGS,
	MatchSettingsSchema,
	QuizSettingsSchema,
	TimelineSettingsSchema,
	parseSettings
} from './settings';
export { type RoundSpec, RoundSpecSchema } from './spec';
export {
	type QuizAnswer,
	type QuizGameState,
	type QuizMiss,
	type QuizQuestion,
	type QuizRound,
	type QuizSpec,
	type QuizSummary,
	QuizGame,
	createQuizRound
} from './quiz';
export {
	type MatchBoard,
	type MatchGameState,
	type MatchPair,
	type MatchResult,
	type MatchSelection,
	type MatchSide,
	type MatchSpec,
	MatchGame,
	MIN_MATCH_PAIRS,
	canMatch,
	createMatchBoard,
	defaultPairing,
	matchPairs
} from './match';
export {
	type TimelineEvent,
	type TimelineGameState,
	type TimelineRound,
	type TimelineSpec,
	TimelineGame,
	createTimelineRound,
	kendallScore,
	moveDown,
	moveItem,
	moveUp
} from './timeline';
