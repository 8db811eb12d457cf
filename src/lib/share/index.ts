// Classroom sharing, pure: round links, result codes, the class table, deck import and export.
export {
	type ShareLinkDecoded,
	type ShareMode,
	type SharePayload,
	type SharePayloadInput,
	type ShareSource,
	type StudySettings,
	LINK_MESSAGES,
	MAX_DECK_BYTES,
	MAX_FRAGMENT_LENGTH,
	MAX_SAFE_LINK_LENGTH,
	MAX_SHARED_CARD_IDS,
	SHARE_LINK_VERSION,
	SHARE_MODES,
	STUDY_ORDERS,
	SharePayloadSchema,
	ShareSourceSchema,
	StudySettingsSchema,
	decodeShareLink,
	describeShareLink,
	encodeShareLink,
	linkIsTooLong,
	roundId,
	roundSpecOf,
	shareUrl
} from './link';
export {
	type ParsedResultCodes,
	type ResultAnswer,
	type ResultDecoded,
	type ShareResult,
	MAX_CODE_LENGTH,
	MAX_NAME_LENGTH,
	MAX_RESULT_ANSWERS,
	MAX_TYPED_LENGTH,
	RESULT_CODE_VERSION,
	RESULT_MESSAGES,
	ResultAnswerSchema,
	ShareResultSchema,
	cleanName,
	decodeResult,
	encodeResult,
	parseResultCodes,
	quizResult,
	resultLink
} from './results';
export {
	type ClassTable,
	type QuestionStat,
	type StudentRow,
	buildClassTable,
	classTableToCsv,
	csvCell
} from './class';
export {
	type DeckImport,
	type ImportOptions,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_CARDS,
	exportDeckAsJson,
	exportDeckAsTsv,
	importDeckFile,
	importJsonDeck,
	importTextDeck
} from './tsv';
export { htmlToText } from './html';
