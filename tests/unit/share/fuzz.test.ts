// Property-based fuzzing: whatever arrives in a link, a pasted code or an imported file, the
// decoders answer with a valid value or a message, and never throw.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, DeckSchema, type Deck } from '$lib/decks/schema';
import { ANSWER_MODES, MATCH_PAIRINGS } from '$lib/games/settings';
import {
	SharePayloadSchema,
	decodeShareLink,
	encodeShareLink,
	type SharePayloadInput
} from '$lib/share/link';
import {
	ShareResultSchema,
	cleanName,
	decodeResult,
	encodeResult,
	parseResultCodes,
	type ShareResult
} from '$lib/share/results';
import { exportDeckAsTsv, importTextDeck } from '$lib/share/tsv';
import { builtInPayloads, card, customDeck, customPayloads } from './fixtures';

const RUNS = 2000;

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const seed = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
const source = fc.oneof(
	fc.record(
		{
			kind: fc.constant('decks' as const),
			deckIds: fc.array(id, { minLength: 1, maxLength: 4 }),
			cardIds: fc.array(id, { minLength: 1, maxLength: 5 })
		},
		{ requiredKeys: ['kind', 'deckIds'] }
	),
	fc.constant({ kind: 'custom' as const, deck: customDeck })
);
const payload: fc.Arbitrary<SharePayloadInput> = fc.oneof(
	fc.record({
		mode: fc.constant('quiz' as const),
		source,
		seed,
		settings: fc.record(
			{
				questions: fc.integer({ min: 5, max: 50 }),
				seconds: fc.option(fc.integer({ min: 5, max: 60 }), { nil: null }),
				kinds: fc.uniqueArray(fc.constantFrom(...CARD_KINDS), { minLength: 1, maxLength: 3 }),
				answerMode: fc.constantFrom(...ANSWER_MODES),
				speedBonus: fc.boolean(),
				streakBonus: fc.boolean()
			},
			{ requiredKeys: [] }
		)
	}),
	fc.record({
		mode: fc.constant('match' as const),
		source,
		seed,
		settings: fc.record(
			{
				pairing: fc.constantFrom(...MATCH_PAIRINGS),
				pairs: fc.integer({ min: 3, max: 8 }),
				missPenaltyMs: fc.integer({ min: 0, max: 30_000 })
			},
			{ requiredKeys: [] }
		)
	}),
	fc.record({
		mode: fc.constant('timeline' as const),
		source,
		seed,
		settings: fc.record({ events: fc.integer({ min: 5, max: 8 }) }, { requiredKeys: [] })
	}),
	fc.record({
		mode: fc.constant('study' as const),
		source,
		seed,
		settings: fc.record(
			{ order: fc.constantFrom('deck' as const, 'shuffled' as const), tag: id },
			{ requiredKeys: [] }
		)
	})
);

/** Damage of the kinds links and codes suffer: a character changed, lost, added, or the end cut. */
const mutated = (samples: string[]) =>
	fc
		.tuple(
			fc.constantFrom(...samples),
			fc.array(
				fc.tuple(
					fc.constantFrom('replace', 'delete', 'insert', 'cut'),
					fc.nat(),
					fc.string({ minLength: 1, maxLength: 3 })
				),
				{ minLength: 1, maxLength: 3 }
			)
		)
		.map(([text, edits]) =>
			edits.reduce((out, [kind, n, chars]) => {
				const at = out.length === 0 ? 0 : n % out.length;
				if (kind === 'replace') return out.slice(0, at) + chars + out.slice(at + chars.length);
				if (kind === 'delete') return out.slice(0, at) + out.slice(at + chars.length);
				if (kind === 'insert') return out.slice(0, at) + chars + out.slice(at);
				return out.slice(0, at);
			}, text)
		);

function expectValidOrMessage<T>(
	result: { ok: true; value: T } | { ok: false; message: string },
	isValid: (value: T) => boolean
) {
	if (result.ok) expect(isValid(result.value)).toBe(true);
	else expect(result.message.length).toBeGreaterThan(10);
}

describe('share links under fuzzing', () => {
	const samples = [...builtInPayloads, ...customPayloads].map(encodeShareLink);

	it('decode any string to a valid payload or a message, never a throw', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()),
				(text) => {
					const result = decodeShareLink(text);
					expectValidOrMessage(result.ok ? { ok: true, value: result.payload } : result, (p) =>
						v.is(SharePayloadSchema, p)
					);
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('decode damaged real links to a valid payload or a message', () => {
		fc.assert(
			fc.property(mutated(samples), (text) => {
				const result = decodeShareLink(text);
				expectValidOrMessage(result.ok ? { ok: true, value: result.payload } : result, (p) =>
					v.is(SharePayloadSchema, p)
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('round-trip every valid payload', () => {
		fc.assert(
			fc.property(payload, (input) => {
				const result = decodeShareLink(encodeShareLink(input));
				expect(result).toEqual({ ok: true, payload: v.parse(SharePayloadSchema, input) });
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('result codes under fuzzing', () => {
	const answer = fc.record({
		correct: fc.boolean(),
		given: fc.oneof(
			fc.constant(null),
			fc.integer({ min: 0, max: 9 }),
			fc.string({ maxLength: 100 })
		),
		elapsedMs: fc.integer({ min: 0, max: 120_000 })
	});
	const result: fc.Arbitrary<ShareResult> = fc
		.record({
			name: fc.string({ minLength: 1, maxLength: 60 }).filter((n) => cleanName(n) !== ''),
			roundId: fc.stringMatching(/^[0-9a-z]{11}$/),
			score: fc.integer({ min: 0, max: 100_000 }),
			answers: fc.array(answer, { maxLength: 30 })
		})
		.map((r) => ({
			...r,
			correct: r.answers.filter((a) => a.correct).length,
			total: r.answers.length
		}));

	it('round-trip every result, with the name cleaned and capped', () => {
		fc.assert(
			fc.property(result, (input) => {
				const back = decodeResult(encodeResult(input));
				expect(back.ok).toBe(true);
				if (back.ok) {
					expect(back.result.name).toBe(cleanName(input.name));
					expect(back.result.answers.map((a) => a.correct)).toEqual(
						input.answers.map((a) => a.correct)
					);
					expect(back.result.answers.map((a) => a.elapsedMs)).toEqual(
						input.answers.map((a) => a.elapsedMs)
					);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('decode any string and any damaged code to a valid result or a message', () => {
		const samples = fc.sample(result, { numRuns: 20, seed: 42 }).map(encodeResult);
		fc.assert(
			fc.property(fc.oneof(fc.string(), mutated(samples)), (text) => {
				const decoded = decodeResult(text);
				expectValidOrMessage(decoded.ok ? { ok: true, value: decoded.result } : decoded, (r) =>
					v.is(ShareResultSchema, r)
				);
				const pasted = parseResultCodes(text);
				for (const r of pasted.results) expect(v.is(ShareResultSchema, r)).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('text deck import under fuzzing', () => {
	const field = fc
		.string({ minLength: 1, maxLength: 40 })
		.filter((s) => s === s.trim() && s !== '');

	it('imports any text as a schema-valid deck or a message, never a throw', () => {
		const lines = fc.array(
			fc.oneof(
				fc.string(),
				fc.constantFrom(
					'#separator:tab',
					'#html:true',
					'#tags column:3',
					'#guid column:1',
					'"',
					'\t'
				),
				fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\t${b}`)
			),
			{ maxLength: 8 }
		);
		fc.assert(
			fc.property(lines, (parts) => {
				const result = importTextDeck(parts.join('\n'));
				expectValidOrMessage(result.ok ? { ok: true, value: result.deck } : result, (d) =>
					v.is(DeckSchema, d)
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('round-trips any prompts and answers through Anki text', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.tuple(field, field), {
					minLength: 1,
					maxLength: 6,
					selector: ([p]) => p
				}),
				(pairs) => {
					const deck: Deck = {
						...customDeck,
						cards: pairs.map(([prompt, answer], i) => card(`c-${i}`, prompt, answer))
					};
					const result = importTextDeck(exportDeckAsTsv(deck));
					expect(result.ok).toBe(true);
					if (result.ok) {
						expect(result.deck.cards.map((c) => [c.id, c.prompt, c.answer])).toEqual(
							deck.cards.map((c) => [c.id, c.prompt, c.answer])
						);
					}
				}
			),
			{ numRuns: RUNS }
		);
	});
});
