// A round travels in the URL fragment (`/play#v1.quiz.j.<data>.<crc>`), which never reaches a
// server. The link carries what the games module needs to rebuild the exact round (mode, decks,
// settings, seed), never the round itself, so it stays short and is the same round everywhere.
import * as v from 'valibot';
import { CardSchema, DeckSchema } from '$lib/decks/schema';
import { SeedSchema } from '$lib/games/rng';
import {
	MatchSettingsSchema,
	QuizSettingsSchema,
	TimelineSettingsSchema
} from '$lib/games/settings';
import { RoundSpecSchema, type RoundSpec } from '$lib/games/spec';
import { base64urlToBytes, bytesToBase64url, textToBase64url, utf8OrUndefined } from './base64url';
import { canonicalJson, crc32Hex, hash53 } from './checksum';
import { deflate, inflateCapped } from './deflate';
import { describeIssue } from './issues';

export const SHARE_LINK_VERSION = 1;
/** Longer fragments are refused before any decoding work. */
export const MAX_FRAGMENT_LENGTH = 32 * 1024;
/** A custom deck may inflate to at most this many bytes of JSON. */
export const MAX_DECK_BYTES = 1_000_000;
/** Longer URLs break in some mail clients, chat apps and QR codes: offer a file instead. */
export const MAX_SAFE_LINK_LENGTH = 8000;
export const MAX_SHARED_CARD_IDS = 200;

export const SHARE_MODES = ['quiz', 'match', 'timeline', 'study'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

export const STUDY_ORDERS = ['deck', 'shuffled'] as const;

export const StudySettingsSchema = v.strictObject({
	order: v.optional(v.picklist(STUDY_ORDERS), 'deck'),
	/** Only cards with this tag. */
	tag: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,59}$/)))
});
export type StudySettings = v.InferOutput<typeof StudySettingsSchema>;

// The same deck-id rule as a round spec, taken from it so the two can never drift apart.
const DeckIdsSchema = RoundSpecSchema.options[0].entries.deckIds;

/** Where the cards come from: built-in decks (optionally a chosen subset), or a whole custom deck. */
export const ShareSourceSchema = v.variant('kind', [
	v.strictObject({
		kind: v.literal('decks'),
		deckIds: DeckIdsSchema,
		cardIds: v.optional(
			v.pipe(v.array(CardSchema.entries.id), v.minLength(1), v.maxLength(MAX_SHARED_CARD_IDS))
		)
	}),
	v.strictObject({ kind: v.literal('custom'), deck: DeckSchema })
]);
export type ShareSource = v.InferOutput<typeof ShareSourceSchema>;

export const SharePayloadSchema = v.variant('mode', [
	v.strictObject({
		mode: v.literal('quiz'),
		source: ShareSourceSchema,
		seed: SeedSchema,
		settings: QuizSettingsSchema
	}),
	v.strictObject({
		mode: v.literal('match'),
		source: ShareSourceSchema,
		seed: SeedSchema,
		settings: MatchSettingsSchema
	}),
	v.strictObject({
		mode: v.literal('timeline'),
		source: ShareSourceSchema,
		seed: SeedSchema,
		settings: TimelineSettingsSchema
	}),
	v.strictObject({
		mode: v.literal('study'),
		source: ShareSourceSchema,
		seed: SeedSchema,
		settings: StudySettingsSchema
	})
]);
/** A decoded payload: settings have their defaults filled in. */
export type SharePayload = v.InferOutput<typeof SharePayloadSchema>;
/** What `encodeShareLink` accepts: settings may leave fields out. */
export type SharePayloadInput = v.InferInput<typeof SharePayloadSchema>;

export type ShareLinkDecoded = { ok: true; payload: SharePayload } | { ok: false; message: string };

export const LINK_MESSAGES = {
	empty: 'This link has no round in it: copy the whole link and try again.',
	tooLong: `This link is too long to open (over ${MAX_FRAGMENT_LENGTH / 1024} KB). Ask for the round as a file instead.`,
	notARound: 'This is not a link to a round of this app.',
	cutShort: 'This link is cut short: copy the whole link and try again.',
	damaged:
		'This link is damaged (some characters were changed or lost): copy the whole link and try again.',
	newer:
		'This link was made by a newer version of the app. Reload the page to update the app, then open the link again.',
	unknownMode: 'This link asks for a kind of game this version of the app does not have.',
	deckTooBig: `The deck in this link is too big to open (over ${MAX_DECK_BYTES / 1_000_000} MB).`
} as const;

// Compressing pays off for a whole deck; deck ids and settings stay readable-ish plain JSON.
type Encoding = 'j' | 'z';

/**
 * The URL fragment (without '#') for a round. Settings are normalised (defaults filled in) and
 * keys sorted, so equal rounds give equal links. Throws a ValiError on an invalid payload: that
 * is a bug in the caller, not bad input from a user.
 */
export function encodeShareLink(payload: SharePayloadInput): string {
	const { mode, ...body } = v.parse(SharePayloadSchema, payload);
	const json = canonicalJson(body);
	const encoding: Encoding = body.source.kind === 'custom' ? 'z' : 'j';
	const data =
		encoding === 'z'
			? bytesToBase64url(deflate(new TextEncoder().encode(json)))
			: textToBase64url(json);
	const signed = `v${SHARE_LINK_VERSION}.${mode}.${encoding}.${data}`;
	return `${signed}.${crc32Hex(signed)}`;
}

/**
 * Reads a fragment (with or without '#', or a whole link). Never throws: every failure is a
 * plain message.
 */
export function decodeShareLink(fragment: string): ShareLinkDecoded {
	const fail = (message: string): ShareLinkDecoded => ({ ok: false, message });
	if (typeof fragment !== 'string') return fail(LINK_MESSAGES.notARound);
	if (fragment.length > MAX_FRAGMENT_LENGTH * 2) return fail(LINK_MESSAGES.tooLong);
	// Mail clients wrap long links over lines; none of our characters is whitespace. A whole URL
	// pasted into the teacher's tool works too: only what follows its '#' counts.
	const compact = fragment.replace(/\s+/g, '');
	const text = compact.slice(compact.indexOf('#') + 1);
	if (text === '') return fail(LINK_MESSAGES.empty);
	if (text.length > MAX_FRAGMENT_LENGTH) return fail(LINK_MESSAGES.tooLong);

	const parts = text.split('.');
	const [version = '', mode = '', encoding = '', data = '', checksum = ''] = parts;
	const versionMatch = /^v(\d{1,6})$/.exec(version);
	if (!versionMatch) return fail(text === 'v' ? LINK_MESSAGES.cutShort : LINK_MESSAGES.notARound);
	const versionNumber = Number(versionMatch[1]);
	if (versionNumber > SHARE_LINK_VERSION) return fail(LINK_MESSAGES.newer);
	if (versionNumber < SHARE_LINK_VERSION) return fail(LINK_MESSAGES.notARound);
	if (parts.length > 5) return fail(LINK_MESSAGES.damaged);
	if (parts.length < 5 || checksum.length < 8) {
		// A mode cut in the middle ("v1.qu") is a cut link, not a new kind of game.
		const knownOrPartial = SHARE_MODES.some((m) => m.startsWith(mode));
		if (parts.length >= 3 && !knownOrPartial) return fail(LINK_MESSAGES.unknownMode);
		return fail(LINK_MESSAGES.cutShort);
	}
	if (checksum !== crc32Hex(`${version}.${mode}.${encoding}.${data}`)) {
		return fail(LINK_MESSAGES.damaged);
	}
	if (!(SHARE_MODES as readonly string[]).includes(mode)) return fail(LINK_MESSAGES.unknownMode);

	const json = readData(encoding, data);
	if (!json.ok) return json;
	let body: unknown;
	try {
		body = JSON.parse(json.text);
	} catch {
		return fail(LINK_MESSAGES.damaged);
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return fail(LINK_MESSAGES.damaged);
	}
	const parsed = v.safeParse(SharePayloadSchema, { ...body, mode });
	if (!parsed.success) {
		const [issue] = parsed.issues;
		return fail(`This link cannot start a round. ${describeIssue(issue, 'The round')}`);
	}
	return { ok: true, payload: parsed.output };
}

function readData(
	encoding: string,
	data: string
): { ok: true; text: string } | { ok: false; message: string } {
	const bytes = base64urlToBytes(data);
	if (bytes === undefined) return { ok: false, message: LINK_MESSAGES.damaged };
	let raw = bytes;
	if (encoding === 'z') {
		const inflated = inflateCapped(bytes, MAX_DECK_BYTES);
		if (!inflated.ok) {
			const message =
				inflated.reason === 'too-big' ? LINK_MESSAGES.deckTooBig : LINK_MESSAGES.damaged;
			return { ok: false, message };
		}
		raw = inflated.bytes;
	} else if (encoding !== 'j') {
		return { ok: false, message: LINK_MESSAGES.newer };
	}
	const text = utf8OrUndefined(raw);
	return text === undefined ? { ok: false, message: LINK_MESSAGES.damaged } : { ok: true, text };
}

/** The full link to the play page, e.g. `https://example.org/play#v1.quiz.j….` */
export function shareUrl(origin: string, payload: SharePayloadInput): string {
	return `${origin.replace(/\/+$/, '')}/play#${encodeShareLink(payload)}`;
}

/** True when a link is too long to paste or scan safely, so the UI offers a file instead. */
export function linkIsTooLong(url: string): boolean {
	return url.length > MAX_SAFE_LINK_LENGTH;
}

/**
 * A short id of the round a payload describes, the same for everyone who opened the same link:
 * result codes carry it so the teacher's tool can tell which round a code belongs to. Throws a
 * ValiError on an invalid payload, like `encodeShareLink`.
 */
export function roundId(payload: SharePayloadInput): string {
	return hash53(canonicalJson(v.parse(SharePayloadSchema, payload))).padStart(11, '0');
}

/**
 * The games module's spec for a round from built-in decks, or undefined for study sessions and
 * custom decks (those are built from the cards the link carries).
 */
export function roundSpecOf(payload: SharePayload): RoundSpec | undefined {
	if (payload.mode === 'study' || payload.source.kind !== 'decks') return undefined;
	const { mode, seed, settings } = payload;
	const spec = { mode, deckIds: payload.source.deckIds, seed, settings };
	const parsed = v.safeParse(RoundSpecSchema, spec);
	return parsed.success ? parsed.output : undefined;
}
