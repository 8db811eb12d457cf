// Result codes: what a student sends back to the teacher after a shared round, as a short code
// (`R1-<base64url JSON>-<crc32>`) or a link with the code in its fragment (`/class#r=R1-…`).
// The CRC-32 over everything before it catches every mistyped or lost character.
import * as v from 'valibot';
import type { QuizAnswer } from '$lib/games/quiz';
import { base64urlToText, textToBase64url } from './base64url';
import { crc32Hex } from './checksum';
import { describeIssue } from './issues';

export const RESULT_CODE_VERSION = 1;
export const MAX_NAME_LENGTH = 40;
/** Typed answers are cut to this many characters: enough to see the mistake, short enough to send. */
export const MAX_TYPED_LENGTH = 80;
export const MAX_RESULT_ANSWERS = 200;
/** Longer input is refused before decoding. */
export const MAX_CODE_LENGTH = 40_000;

const int = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const ResultAnswerSchema = v.strictObject({
	correct: v.boolean(),
	/** Option index, typed text, or null when time ran out. */
	given: v.nullable(v.union([int(0, 99), v.pipe(v.string(), v.maxLength(MAX_TYPED_LENGTH))])),
	elapsedMs: int(0, 3_600_000)
});
export type ResultAnswer = v.InferOutput<typeof ResultAnswerSchema>;

// Direction controls reorder what follows them, so a name could show as another student's or
// flip the cells after it; they are never part of a name. Zero-width and other format
// characters, and the Hangul and Braille blanks, show nothing, so a name of only those is none.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** A name without direction controls (for the class table and its CSV). */
export function withoutBidiControls(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}

/** Whether a teacher would see anything of the name at all. */
export function hasVisibleCharacter(text: string): boolean {
	return text.replace(INVISIBLE, '') !== '';
}

export const ShareResultSchema = v.pipe(
	v.strictObject({
		name: v.pipe(
			v.string(),
			v.transform(withoutBidiControls),
			v.trim(),
			v.minLength(1),
			v.maxLength(MAX_NAME_LENGTH),
			v.check(hasVisibleCharacter, 'has a name with no visible letter')
		),
		roundId: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,16}$/)),
		score: int(0, 100_000_000),
		correct: int(0, 10_000),
		total: int(0, 10_000),
		answers: v.pipe(v.array(ResultAnswerSchema), v.maxLength(MAX_RESULT_ANSWERS))
	}),
	v.check((r) => r.correct <= r.total, 'has more right answers than questions'),
	v.check((r) => r.answers.length <= r.total, 'has more answers than questions')
);
export type ShareResult = v.InferOutput<typeof ShareResultSchema>;

export type ResultDecoded = { ok: true; result: ShareResult } | { ok: false; message: string };

export const RESULT_MESSAGES = {
	empty: 'There is no result code here.',
	notACode: 'This is not a result code: a result code starts with “R1-”.',
	roundLink: 'This is a link to a round, not a result: ask the student for their result code.',
	tooLong: 'This is too long to be a result code.',
	newer:
		'This result code was made by a newer version of the app. Reload the page to update the app, then paste it again.',
	typo: 'This result code has a typo or is cut short: copy the whole code and try again.',
	damaged: 'This result code is damaged: ask the student to send it again.'
} as const;

/** Cuts text to at most `max` UTF-16 units (what maxLength counts) without halving an emoji. */
function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A display name as it goes into a code: spaces collapsed, control characters and direction
 * controls removed, capped; '' when nothing visible is left (the name prompt then asks again).
 */
export function cleanName(name: string): string {
	const plain = withoutBidiControls(name)
		.replace(/\p{Cc}/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return hasVisibleCharacter(plain) ? clip(plain, MAX_NAME_LENGTH).trim() : '';
}

// On the wire, a tuple: the code is pasted by the dozen, and field names would double its length.
type WireAnswer = [0 | 1, number | string | null, number];
type WireResult = [string, string, number, number, number, WireAnswer[]];

/**
 * The code for a result. The name and typed answers are cleaned and capped first; throws a
 * ValiError if the result is still invalid (a bug in the caller).
 */
export function encodeResult(result: ShareResult): string {
	const clean = v.parse(ShareResultSchema, {
		...result,
		name: cleanName(result.name),
		answers: result.answers.map((a) => ({
			...a,
			given: typeof a.given === 'string' ? clip(a.given, MAX_TYPED_LENGTH) : a.given,
			elapsedMs: Math.round(a.elapsedMs)
		}))
	});
	const wire: WireResult = [
		clean.name,
		clean.roundId,
		clean.score,
		clean.correct,
		clean.total,
		clean.answers.map((a) => [a.correct ? 1 : 0, a.given, a.elapsedMs])
	];
	const signed = `R${RESULT_CODE_VERSION}-${textToBase64url(JSON.stringify(wire))}`;
	return `${signed}-${crc32Hex(signed)}`;
}

/** A link to the teacher's class page with the code in its fragment. */
export function resultLink(result: ShareResult, origin: string): string {
	return `${origin.replace(/\/+$/, '')}/class#r=${encodeResult(result)}`;
}

const WireSchema = v.strictTuple([
	v.string(),
	v.string(),
	v.number(),
	v.number(),
	v.number(),
	v.array(v.strictTuple([v.picklist([0, 1]), v.unknown(), v.unknown()]))
]);

/** The code inside a pasted code or result link, with whitespace and line breaks removed. */
function extractCode(input: string): string {
	const text = input.replace(/\s+/g, '');
	const hash = text.indexOf('#');
	if (hash === -1) return text;
	let fragment = text.slice(hash + 1);
	if (fragment.includes('%')) {
		try {
			fragment = decodeURIComponent(fragment);
		} catch {
			// Keep it as it is: the checks below report what is wrong.
		}
	}
	const param = /(?:^|&)r=([^&]*)/.exec(fragment);
	return param ? (param[1] ?? '') : fragment;
}

/** Reads a bare code or a result link. Never throws: every failure is a plain message. */
export function decodeResult(codeOrLink: string): ResultDecoded {
	const fail = (message: string): ResultDecoded => ({ ok: false, message });
	if (typeof codeOrLink !== 'string') return fail(RESULT_MESSAGES.notACode);
	if (codeOrLink.length > MAX_CODE_LENGTH) return fail(RESULT_MESSAGES.tooLong);
	const code = extractCode(codeOrLink);
	if (code === '') return fail(RESULT_MESSAGES.empty);
	const head = /^R(\d{1,6})-/.exec(code);
	if (!head) {
		if (/^v\d+\./.test(code)) return fail(RESULT_MESSAGES.roundLink);
		return fail(
			`R${RESULT_CODE_VERSION}-`.startsWith(code) ? RESULT_MESSAGES.typo : RESULT_MESSAGES.notACode
		);
	}
	const version = Number(head[1]);
	if (version > RESULT_CODE_VERSION) return fail(RESULT_MESSAGES.newer);
	if (version < RESULT_CODE_VERSION) return fail(RESULT_MESSAGES.notACode);
	const parts = /^(R\d+-[A-Za-z0-9_-]*)-([0-9a-f]{8})$/.exec(code);
	if (!parts || parts[2] !== crc32Hex(parts[1] as string)) return fail(RESULT_MESSAGES.typo);

	const json = base64urlToText((parts[1] as string).slice(head[0].length));
	if (json === undefined) return fail(RESULT_MESSAGES.damaged);
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return fail(RESULT_MESSAGES.damaged);
	}
	const wire = v.safeParse(WireSchema, raw);
	if (!wire.success) return fail(RESULT_MESSAGES.damaged);
	const [name, id, score, correct, total, answers] = wire.output;
	const parsed = v.safeParse(ShareResultSchema, {
		name,
		roundId: id,
		score,
		correct,
		total,
		answers: answers.map(([right, given, elapsedMs]) => ({
			correct: right === 1,
			given,
			elapsedMs
		}))
	});
	if (!parsed.success) {
		return fail(`${RESULT_MESSAGES.damaged} (${describeIssue(parsed.issues[0], 'The result')})`);
	}
	return { ok: true, result: parsed.output };
}

export interface ParsedResultCodes {
	results: ShareResult[];
	errors: { input: string; message: string }[];
}

// How many pieces a code broken over lines may be glued back from.
const MAX_PIECES = 40;

/**
 * Splits a pasted blob of codes and links (one per line, or separated by spaces) into results
 * and errors. A code an email client broke over several lines is glued back together.
 */
export function parseResultCodes(text: string): ParsedResultCodes {
	const out: ParsedResultCodes = { results: [], errors: [] };
	const tokens = text.length > MAX_CODE_LENGTH * 100 ? [] : text.split(/\s+/).filter(Boolean);
	if (tokens.length === 0 && text.trim() !== '') {
		out.errors.push({ input: text.slice(0, 200), message: RESULT_MESSAGES.tooLong });
	}
	const startsCode = (token: string) => /^R\d/.test(token) || token.includes('#');
	let i = 0;
	while (i < tokens.length) {
		const first = tokens[i] as string;
		const alone = decodeResult(first);
		if (alone.ok) {
			out.results.push(alone.result);
			i++;
			continue;
		}
		let joined = first;
		let found = -1;
		for (let j = i + 1; j < tokens.length && j - i < MAX_PIECES; j++) {
			const next = tokens[j] as string;
			if (startsCode(next)) break;
			joined += next;
			const attempt = decodeResult(joined);
			if (attempt.ok) {
				out.results.push(attempt.result);
				found = j;
				break;
			}
		}
		if (found === -1) {
			out.errors.push({ input: first, message: alone.message });
			i++;
		} else {
			i = found + 1;
		}
	}
	return out;
}

/** A result from a finished quiz game (anything with its answers and totals). */
export function quizResult(
	name: string,
	round: string,
	game: { score: number; correctCount: number; total: number; answers: readonly QuizAnswer[] }
): ShareResult {
	return {
		name: cleanName(name),
		roundId: round,
		score: Math.round(game.score),
		correct: game.correctCount,
		total: game.total,
		answers: game.answers.map((a) => ({
			correct: a.correct,
			given: typeof a.given === 'string' ? clip(a.given, MAX_TYPED_LENGTH) : a.given,
			elapsedMs: Math.round(a.elapsedMs)
		}))
	};
}
