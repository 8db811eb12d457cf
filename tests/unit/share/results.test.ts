import { describe, expect, it } from 'vitest';
import { QuizGame, createQuizRound } from '$lib/games/quiz';
import { encodeShareLink, roundId } from '$lib/share/link';
import {
	MAX_NAME_LENGTH,
	MAX_TYPED_LENGTH,
	RESULT_MESSAGES,
	cleanName,
	decodeResult,
	encodeResult,
	parseResultCodes,
	quizResult,
	resultLink,
	type ShareResult
} from '$lib/share/results';
import { textToBase64url } from '$lib/share/base64url';
import { crc32Hex } from '$lib/share/checksum';
import { builtInPayloads, customDeck, HOSTILE_STRINGS } from './fixtures';

const ROUND = roundId(builtInPayloads[0] as (typeof builtInPayloads)[number]);

const ada: ShareResult = {
	name: 'Ada Lovelace',
	roundId: ROUND,
	score: 3450,
	correct: 3,
	total: 5,
	answers: [
		{ correct: true, given: 2, elapsedMs: 4100 },
		{ correct: false, given: 'Septembre 2013', elapsedMs: 12_000 },
		{ correct: true, given: 0, elapsedMs: 2500 },
		{ correct: false, given: null, elapsedMs: 20_000 },
		{ correct: true, given: 'one belt one road', elapsedMs: 9000 }
	]
};

function decoded(input: string): ShareResult {
	const result = decodeResult(input);
	if (!result.ok) throw new Error(`Expected a result, got: ${result.message}`);
	return result.result;
}

function message(input: string): string {
	const result = decodeResult(input);
	if (result.ok) throw new Error(`Expected a message for ${input.slice(0, 60)}`);
	return result.message;
}

/** A code built by hand around any JSON, signed like a real one. */
function signedCode(json: string, version = 'R1'): string {
	const head = `${version}-${textToBase64url(json)}`;
	return `${head}-${crc32Hex(head)}`;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('result codes carry a student’s result to the teacher', () => {
	it('round-trips name, round, score, counts and every answer with its time', () => {
		const code = encodeResult(ada);
		expect(code).toMatch(/^R1-[A-Za-z0-9_-]+-[0-9a-f]{8}$/);
		expect(decoded(code)).toEqual(ada);
	});

	it('reads a result link and a code with surrounding whitespace and line breaks', () => {
		const link = resultLink(ada, 'https://example.org/');
		expect(link.startsWith('https://example.org/class#r=R1-')).toBe(true);
		expect(decoded(link)).toEqual(ada);
		expect(decoded(`/class#r=${encodeResult(ada)}`)).toEqual(ada);
		const code = encodeResult(ada);
		expect(decoded(`\n  ${code.slice(0, 30)}\r\n${code.slice(30)}  \t\n`)).toEqual(ada);
	});

	it('cleans and caps a long display name and long typed answers instead of failing', () => {
		const long: ShareResult = {
			...ada,
			name: `  Maria\n\tda   ${'Silva '.repeat(20)}`,
			answers: [{ correct: false, given: 'x'.repeat(500), elapsedMs: 1000.4 }],
			total: 1,
			correct: 0
		};
		const back = decoded(encodeResult(long));
		expect(back.name.startsWith('Maria da Silva Silva')).toBe(true);
		expect(back.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
		expect(back.answers[0]?.given).toBe('x'.repeat(MAX_TYPED_LENGTH));
		expect(back.answers[0]?.elapsedMs).toBe(1000);
	});

	it('does not cut an emoji in half when capping a name', () => {
		const name = 'a' + '🐼'.repeat(30);
		const back = decoded(encodeResult({ ...ada, name }));
		expect(back.name).not.toMatch(/[\ud800-\udbff]$/);
		expect(name.startsWith(back.name)).toBe(true);
	});

	it.each(HOSTILE_STRINGS.filter((s) => !/\s{2}|[\t\n]/.test(s)).map((s) => [s]))(
		'keeps the name %j byte-identical: it is data, not markup',
		(name) => {
			const typed = `typed: ${name}`.slice(0, MAX_TYPED_LENGTH);
			const back = decoded(
				encodeResult({
					...ada,
					name: name.slice(0, MAX_NAME_LENGTH),
					answers: [{ correct: false, given: typed, elapsedMs: 1 }]
				})
			);
			// Except a direction control, which is never part of a name (see "student names").
			expect(back.name).toBe(name.slice(0, MAX_NAME_LENGTH).replace('\u202e', ''));
			expect(back.answers[0]?.given).toBe(typed);
		}
	);

	it('builds a result from a finished quiz game', () => {
		const cards = customDeck.cards
			.slice(0, 8)
			.map((c, i) => ({ ...c, kind: 'event' as const, answer: `Answer ${i}` }));
		const game = new QuizGame(
			createQuizRound(
				{
					seed: 'x',
					settings: {
						questions: 5,
						seconds: 20,
						answerMode: 'choice',
						speedBonus: true,
						streakBonus: true
					}
				},
				cards
			)
		);
		const first = game.current;
		game.answer(first?.correct ?? 0, 3000);
		game.timeout();
		const result = quizResult('  Bo  ', ROUND, game);
		expect(result).toMatchObject({ name: 'Bo', roundId: ROUND, correct: 1, total: game.total });
		expect(result.answers).toEqual([
			{ correct: true, given: first?.correct, elapsedMs: 3000 },
			{ correct: false, given: null, elapsedMs: 20_000 }
		]);
		expect(decoded(encodeResult(result))).toEqual(result);
	});

	it('gives the round id of the share link, so codes of different rounds can be told apart', () => {
		const [quiz, match] = builtInPayloads;
		expect(ROUND).toMatch(/^[0-9a-z]{11}$/);
		expect(roundId(match as (typeof builtInPayloads)[number])).not.toBe(ROUND);
		expect(encodeShareLink(quiz as (typeof builtInPayloads)[number])).not.toContain(ROUND);
	});
});

describe('the checksum catches mistakes', () => {
	it('rejects every single-character change of a code (exhaustive over one code)', () => {
		const code = encodeResult(ada);
		let tried = 0;
		for (let at = 0; at < code.length; at++) {
			for (const char of BASE64URL) {
				if (char === code[at]) continue;
				const changed = code.slice(0, at) + char + code.slice(at + 1);
				const result = decodeResult(changed);
				expect(result.ok, `${char} at ${at}`).toBe(false);
				tried++;
			}
		}
		expect(tried).toBe(code.length * (BASE64URL.length - 1));
	});

	it('rejects a code cut at every length, with a message and without throwing', () => {
		const code = encodeResult(ada);
		for (let length = 0; length < code.length; length++) {
			const result = decodeResult(code.slice(0, length));
			expect(result.ok, `cut at ${length}`).toBe(false);
		}
		expect(message(code.slice(0, -1))).toBe(RESULT_MESSAGES.typo);
		expect(message(code.slice(0, 25))).toBe(RESULT_MESSAGES.typo);
		expect(message('R')).toBe(RESULT_MESSAGES.typo);
	});

	it('rejects a result link cut at every length', () => {
		const link = resultLink(ada, 'https://example.org');
		for (let length = 0; length < link.length; length++) {
			expect(decodeResult(link.slice(0, length)).ok, `cut at ${length}`).toBe(false);
		}
	});

	it('says a code from a newer app is newer, and a round link is not a result', () => {
		expect(message(encodeResult(ada).replace(/^R1-/, 'R2-'))).toBe(RESULT_MESSAGES.newer);
		const round = encodeShareLink(builtInPayloads[0] as (typeof builtInPayloads)[number]);
		expect(message(`https://example.org/play#${round}`)).toBe(RESULT_MESSAGES.roundLink);
		expect(message('hello teacher')).toBe(RESULT_MESSAGES.notACode);
		expect(message('   ')).toBe(RESULT_MESSAGES.empty);
	});

	it('refuses signed codes whose content is not a valid result', () => {
		const valid = JSON.parse(
			new TextDecoder().decode(
				Buffer.from(encodeResult(ada).split('-').slice(1, -1).join('-'), 'base64url')
			)
		) as unknown[];
		expect(message(signedCode('{"name":"x"}'))).toMatch(/^This result code is damaged/);
		expect(message(signedCode('not json'))).toBe(RESULT_MESSAGES.damaged);
		const tooManyRight = [...valid];
		tooManyRight[3] = 99;
		expect(message(signedCode(JSON.stringify(tooManyRight)))).toContain('more right answers');
		const negative = [...valid];
		negative[2] = -5;
		expect(message(signedCode(JSON.stringify(negative)))).toMatch(/damaged/);
	});

	it('refuses a signed code with an item more than a result has, in the result or in an answer', () => {
		const valid = JSON.parse(
			new TextDecoder().decode(
				Buffer.from(encodeResult(ada).split('-').slice(1, -1).join('-'), 'base64url')
			)
		) as unknown[];
		expect(decoded(signedCode(JSON.stringify(valid))).name).toBe(ada.name);
		expect(message(signedCode(JSON.stringify([...valid, 'extra'])))).toMatch(/damaged/);
		const answers = valid[5] as unknown[][];
		const longAnswer = [...valid];
		longAnswer[5] = [[...answers[0]!, 'extra'], ...answers.slice(1)];
		expect(message(signedCode(JSON.stringify(longAnswer)))).toMatch(/damaged/);
	});

	it('refuses an oversized paste before decoding it', () => {
		expect(message('R1-' + 'A'.repeat(1_000_000))).toBe(RESULT_MESSAGES.tooLong);
	});
});

describe('pasting many codes at once', () => {
	const bo: ShareResult = {
		...ada,
		name: 'Bo',
		score: 100,
		correct: 1,
		answers: ada.answers.slice(0, 1).map((a) => ({ ...a, correct: true }))
	};

	it('splits codes and links separated by lines and spaces, and reports the bad ones', () => {
		const text = [
			encodeResult(ada),
			`   ${resultLink(bo, 'https://example.org')}  ${encodeResult(bo)}`,
			'',
			'thanks!',
			encodeResult(ada).slice(0, 40)
		].join('\n');
		const { results, errors } = parseResultCodes(text);
		expect(results).toEqual([ada, bo, bo]);
		expect(errors.map((e) => e.input)).toEqual(['thanks!', encodeResult(ada).slice(0, 40)]);
		expect(errors[1]?.message).toBe(RESULT_MESSAGES.typo);
	});

	it('glues back a code an email client broke over several lines', () => {
		const code = encodeResult(ada);
		const broken = `${encodeResult(bo)}\n${code.slice(0, 30)}\n${code.slice(30, 70)}\n${code.slice(70)}\n`;
		const { results, errors } = parseResultCodes(broken);
		expect(errors).toEqual([]);
		expect(results).toEqual([bo, ada]);
	});

	it('returns nothing for an empty paste', () => {
		expect(parseResultCodes(' \n\t ')).toEqual({ results: [], errors: [] });
	});
});

describe('student names', () => {
	it('refuses a name with no visible character, and strips direction controls', () => {
		expect(cleanName('\u200b\u200d\u2066\u3164 ')).toBe('');
		expect(cleanName('\u202eAda\u200f')).toBe('Ada');
		expect(cleanName('Zoë')).toBe('Zoë');
	});

	it('refuses a code whose name shows nothing, and reads one with direction controls without them', () => {
		const wire = (name: string) => JSON.stringify([name, 'round1', 1000, 1, 1, [[1, 0, 900]]]);
		const blank = decodeResult(signedCode(wire('\u200b\u200b')));
		expect(blank.ok).toBe(false);
		const flipped = decodeResult(signedCode(wire('\u202eAda')));
		expect(flipped.ok && flipped.result.name).toBe('Ada');
	});
});
