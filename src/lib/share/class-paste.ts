// Reading what a teacher pastes into the class page: result codes, result links and round
// links, however an email client broke or wrapped them.
import { decodeShareLink, encodeShareLink, roundId as roundIdOf, type SharePayload } from './link';
import { decodeResult, MAX_CODE_LENGTH, RESULT_MESSAGES, type ShareResult } from './results';

/** A round link the teacher gave the class page: it names the round and holds its questions. */
export interface KnownRound {
	/** The round id result codes carry. */
	id: string;
	/** The link's fragment, without '#', as the app writes it. */
	link: string;
	payload: SharePayload;
}

export type RoundLinkRead = { ok: true; round: KnownRound } | { ok: false; message: string };

/** Reads a round link (whole, or its fragment). Never throws. */
export function readRoundLink(text: string): RoundLinkRead {
	const decoded = decodeShareLink(text);
	if (!decoded.ok) return decoded;
	try {
		const payload = decoded.payload;
		return { ok: true, round: { id: roundIdOf(payload), link: encodeShareLink(payload), payload } };
	} catch {
		return { ok: false, message: 'This link cannot start a round.' };
	}
}

export interface PasteError {
	/** The text as it was pasted (line breaks and all), to put back in the box. */
	input: string;
	message: string;
}

export interface PasteReading {
	results: ShareResult[];
	rounds: KnownRound[];
	errors: PasteError[];
}

// How many pieces a code broken over lines may be glued back from.
const MAX_PIECES = 40;

/**
 * A code or link without the quotes, brackets or full stop a message put around it
 * (“<https://…>”, “(R1-…).”): no code or link of this app starts or ends with one of those.
 */
const bare = (text: string) => text.replace(/^[<(["'“‘]+/, '').replace(/[>)\]"'”’.,;:!?]+$/, '');

/** Where a code or a link starts: a result code, a round fragment, or anything with a '#'. */
function startsCode(raw: string): boolean {
	const token = bare(raw);
	return (
		/^R\d/.test(token) ||
		/^v\d+\./.test(token) ||
		/^https?:\/\//i.test(token) ||
		token.includes('#')
	);
}

/** What the rest of a code or link broken over lines looks like. */
const continuesCode = (token: string) => /^[A-Za-z0-9_.~%&=/:+-]+$/.test(token);

const isRoundLink = (text: string) => /(?:^|#)v\d+\./.test(text.replace(/\s+/g, ''));

type Decoded =
	| { ok: true; result: ShareResult }
	| { ok: true; round: KnownRound }
	| { ok: false; message: string };

function decodeAny(pasted: string): Decoded {
	const text = bare(pasted);
	if (isRoundLink(text)) return readRoundLink(text);
	return decodeResult(text);
}

/**
 * Reads what a teacher pastes: result codes, result links and round links, one per line or
 * separated by spaces, commas or semicolons. A code an email client broke over several lines
 * is glued back together. What cannot be read comes back as it was pasted, one entry per code
 * tried, or per run of plain words on a line (“hello world” is one entry, not two).
 */
export function readPaste(text: string): PasteReading {
	const out: PasteReading = { results: [], rounds: [], errors: [] };
	if (text.length > MAX_CODE_LENGTH * 100) {
		out.errors.push({ input: text, message: RESULT_MESSAGES.tooLong });
		return out;
	}
	const tokens = [...text.matchAll(/[^\s,;]+/g)].map((m) => ({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
	const span = (from: number, to: number) =>
		text.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0);
	const keep = (decoded: Decoded & { ok: true }) => {
		if ('result' in decoded) out.results.push(decoded.result);
		else out.rounds.push(decoded.round);
	};
	let i = 0;
	while (i < tokens.length) {
		const first = (tokens[i] as { text: string }).text;
		if (!startsCode(first)) {
			// Plain words: one entry for the run of them on this line.
			let last = i;
			while (
				last + 1 < tokens.length &&
				!startsCode((tokens[last + 1] as { text: string }).text) &&
				!span(last, last + 1).includes('\n')
			) {
				last++;
			}
			const words = decodeResult(span(i, last));
			out.errors.push({
				input: span(i, last),
				message: words.ok ? RESULT_MESSAGES.notACode : words.message
			});
			i = last + 1;
			continue;
		}
		const alone = decodeAny(first);
		if (alone.ok) {
			keep(alone);
			i++;
			continue;
		}
		let joined = first;
		let last = i;
		let found = false;
		for (let j = i + 1; j < tokens.length && j - i < MAX_PIECES; j++) {
			const next = (tokens[j] as { text: string }).text;
			if (startsCode(next) || !continuesCode(next)) break;
			joined += next;
			last = j;
			const attempt = decodeAny(joined);
			if (attempt.ok) {
				keep(attempt);
				found = true;
				break;
			}
		}
		if (!found) {
			const tried = decodeAny(joined);
			out.errors.push({
				input: span(i, last),
				message: tried.ok ? alone.message : tried.message
			});
		}
		i = last + 1;
	}
	return out;
}
