import { deflateSync } from 'fflate';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	LINK_MESSAGES,
	MAX_FRAGMENT_LENGTH,
	MAX_SAFE_LINK_LENGTH,
	SharePayloadSchema,
	decodeShareLink,
	encodeShareLink,
	linkIsTooLong,
	roundId,
	roundSpecOf,
	shareUrl,
	type SharePayload,
	type SharePayloadInput
} from '$lib/share/link';
import { describeShareLink } from '$lib/share/link-words';
import { bytesToBase64url, textToBase64url } from '$lib/share/base64url';
import { crc32Hex } from '$lib/share/checksum';
import { builtInPayloads, customDeck, customPayloads, HOSTILE_STRINGS } from './fixtures';

function decoded(fragment: string): SharePayload {
	const result = decodeShareLink(fragment);
	if (!result.ok) throw new Error(`Expected a payload, got: ${result.message}`);
	return result.payload;
}

function message(fragment: string): string {
	const result = decodeShareLink(fragment);
	if (result.ok) throw new Error(`Expected a message for ${fragment.slice(0, 60)}`);
	return result.message;
}

/** A fragment built by hand, signed like a real one, so the decoder's later checks are reached. */
function signed(mode: string, encoding: string, data: string, version = 'v1'): string {
	const head = `${version}.${mode}.${encoding}.${data}`;
	return `${head}.${crc32Hex(head)}`;
}

describe('a shared round opens as the same round', () => {
	it.each(builtInPayloads.map((p) => [p.mode, p] as const))(
		'%s from built-in decks round-trips with its decks, card subset, settings and seed',
		(_mode, payload) => {
			const back = decoded(encodeShareLink(payload));
			expect(back).toEqual(v.parse(SharePayloadSchema, payload));
			expect(back.mode).toBe(payload.mode);
			expect(back.seed).toBe(payload.seed);
			expect(back.source).toEqual(payload.source);
			expect(back.settings).toMatchObject(payload.settings);
		}
	);

	it.each(customPayloads.map((p) => [p.mode, p] as const))(
		'%s with a custom deck round-trips the whole deck',
		(_mode, payload) => {
			const back = decoded(encodeShareLink(payload));
			expect(back.source).toEqual({ kind: 'custom', deck: customDeck });
			expect(back.mode).toBe(payload.mode);
		}
	);

	it('fills in default settings, so a link made from partial settings plays with the defaults', () => {
		const back = decoded(
			encodeShareLink({
				mode: 'quiz',
				source: { kind: 'decks', deckIds: ['dates'] },
				seed: 'x',
				settings: {}
			})
		);
		expect(back.settings).toEqual({
			questions: 10,
			seconds: 20,
			answerMode: 'choice',
			speedBonus: true,
			streakBonus: true
		});
	});

	it('accepts the fragment with its leading # and with line breaks a mail client put in', () => {
		const fragment = encodeShareLink(builtInPayloads[0] as SharePayloadInput);
		const wrapped = `#${fragment.slice(0, 20)}\n  ${fragment.slice(20, 40)}\r\n${fragment.slice(40)}`;
		expect(decoded(wrapped)).toEqual(decoded(fragment));
	});

	it('reads a whole link pasted into the teacher’s tool', () => {
		const payload = builtInPayloads[1] as SharePayloadInput;
		expect(decoded(shareUrl('https://example.org', payload))).toEqual(
			v.parse(SharePayloadSchema, payload)
		);
	});

	it('gives equal links for equal rounds, whatever order the fields were written in', () => {
		const a: SharePayloadInput = {
			mode: 'match',
			source: { kind: 'decks', deckIds: ['quotes'] },
			seed: 's1',
			settings: { pairs: 4, pairing: 'quote-speaker' }
		};
		const b: SharePayloadInput = {
			settings: { pairing: 'quote-speaker', pairs: 4, missPenaltyMs: 5000 },
			seed: 's1',
			source: { deckIds: ['quotes'], kind: 'decks' },
			mode: 'match'
		};
		expect(encodeShareLink(a)).toBe(encodeShareLink(b));
		expect(roundId(a)).toBe(roundId(b));
	});

	it('keeps a link from built-in decks short and its start readable', () => {
		const fragment = encodeShareLink(builtInPayloads[0] as SharePayloadInput);
		expect(fragment.startsWith('v1.quiz.')).toBe(true);
		expect(fragment.length).toBeLessThan(400);
	});

	it('compresses a custom deck: the link is shorter than the deck as plain JSON', () => {
		const fragment = encodeShareLink(customPayloads[0] as SharePayloadInput);
		expect(fragment.length).toBeLessThan(textToBase64url(JSON.stringify(customDeck)).length);
	});

	it('carries a large custom deck (several inflate chunks) intact', () => {
		const cards = Array.from({ length: 300 }, (_, i) => ({
			...(customDeck.cards[0] as (typeof customDeck.cards)[number]),
			id: `big-${i}`,
			prompt: `Question number ${i} about ${'the Belt and Road '.repeat(i % 7)}?`,
			answer: `Answer ${i * 7919}`
		}));
		const deck = { ...customDeck, cards };
		const back = decoded(
			encodeShareLink({ mode: 'study', source: { kind: 'custom', deck }, seed: 'a', settings: {} })
		);
		expect(back.source).toEqual({ kind: 'custom', deck });
	});

	it('refuses to encode an invalid payload instead of making a link nobody can open', () => {
		expect(() =>
			encodeShareLink({
				mode: 'quiz',
				source: { kind: 'decks', deckIds: ['dates'] },
				seed: 'has spaces',
				settings: {}
			})
		).toThrow();
	});

	it('gives the games module the round spec for built-in decks only', () => {
		const quiz = decoded(encodeShareLink(builtInPayloads[0] as SharePayloadInput));
		expect(roundSpecOf(quiz)).toEqual({
			mode: 'quiz',
			deckIds: ['dates', 'quotes'],
			seed: 'abc123',
			settings: quiz.settings
		});
		expect(roundSpecOf(decoded(encodeShareLink(customPayloads[0] as SharePayloadInput)))).toBe(
			undefined
		);
		expect(roundSpecOf(decoded(encodeShareLink(builtInPayloads[3] as SharePayloadInput)))).toBe(
			undefined
		);
	});
});

describe('hostile text in a custom deck is data', () => {
	it('comes back byte-identical in titles, prompts and answers', () => {
		const deck = { ...customDeck, title: HOSTILE_STRINGS[0] as string };
		const back = decoded(
			encodeShareLink({ mode: 'quiz', source: { kind: 'custom', deck }, seed: 'x', settings: {} })
		);
		if (back.source.kind !== 'custom') throw new Error('Expected a custom deck');
		expect(back.source.deck.title).toBe(HOSTILE_STRINGS[0]);
		for (const [i, text] of HOSTILE_STRINGS.entries()) {
			const card = back.source.deck.cards.find((c) => c.id === `hostile-${i}`);
			expect(card?.prompt).toBe(`Prompt ${i}: ${text}`);
			expect(card?.answer).toBe(`Answer ${i}: ${text}`);
		}
	});

	it('does not let a "__proto__" key in the JSON change any object: the link is refused', () => {
		const body = `{"source":{"kind":"decks","deckIds":["dates"]},"seed":"x","settings":{"__proto__":{"questions":50}}}`;
		const result = decodeShareLink(signed('quiz', 'j', textToBase64url(body)));
		expect(({} as Record<string, unknown>).polluted).toBe(undefined);
		expect(result).toEqual({
			ok: false,
			message:
				'This link cannot start a round. The setting “__proto__” is not something this app knows.'
		});
	});
});

describe('a broken link gets a message a teacher understands, and never throws', () => {
	const samples = [...builtInPayloads, customPayloads[0] as SharePayloadInput].map((p) =>
		encodeShareLink(p)
	);

	it.each(samples.map((s, i) => [i, s] as const))(
		'rejects sample %i cut at every length with a message',
		(_i, fragment) => {
			for (let length = 0; length < fragment.length; length++) {
				const result = decodeShareLink(fragment.slice(0, length));
				expect(result.ok, `cut at ${length}`).toBe(false);
				if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
			}
		}
	);

	it('says a cut link is cut short', () => {
		const fragment = samples[0] as string;
		expect(message(fragment.slice(0, fragment.length - 3))).toBe(LINK_MESSAGES.cutShort);
		expect(message(fragment.slice(0, 15))).toBe(LINK_MESSAGES.cutShort);
		expect(message('v')).toBe(LINK_MESSAGES.cutShort);
		expect(message('v1.qu')).toBe(LINK_MESSAGES.cutShort);
	});

	it('rejects every single-character change of a link (exhaustive over one link)', () => {
		const fragment = samples[1] as string;
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
		for (let at = 0; at < fragment.length; at++) {
			for (const char of alphabet) {
				if (char === fragment[at]) continue;
				const changed = fragment.slice(0, at) + char + fragment.slice(at + 1);
				expect(decodeShareLink(changed).ok, `${char} at ${at}`).toBe(false);
			}
		}
	});

	it('says a changed character damaged the link', () => {
		const fragment = samples[0] as string;
		const at = 20;
		const changed =
			fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
		expect(message(changed)).toBe(LINK_MESSAGES.damaged);
	});

	it('says a link from a newer version of the app is newer', () => {
		const fragment = samples[0] as string;
		expect(message(fragment.replace(/^v1\./, 'v2.'))).toBe(LINK_MESSAGES.newer);
		expect(message('v17.quiz.j.e30.00000000')).toBe(LINK_MESSAGES.newer);
		expect(message(signed('quiz', 'y', 'e30'))).toBe(LINK_MESSAGES.newer);
	});

	it('says a game it does not know is unknown', () => {
		expect(message(signed('poker', 'j', textToBase64url('{}')))).toBe(LINK_MESSAGES.unknownMode);
	});

	it('says an empty fragment or something else entirely is not a round', () => {
		expect(message('')).toBe(LINK_MESSAGES.empty);
		expect(message('#')).toBe(LINK_MESSAGES.empty);
		expect(message('section-2')).toBe(LINK_MESSAGES.notARound);
		expect(message('v0.quiz.j.e30.00000000')).toBe(LINK_MESSAGES.notARound);
	});

	it('refuses a fragment over the size cap before decoding it', () => {
		const huge = 'v1.quiz.j.' + 'A'.repeat(MAX_FRAGMENT_LENGTH);
		expect(message(huge)).toBe(LINK_MESSAGES.tooLong);
		expect(message('x'.repeat(10_000_000))).toBe(LINK_MESSAGES.tooLong);
	});

	it('refuses a zip bomb: a tiny payload that would inflate past the deck cap', () => {
		const bomb = deflateSync(new Uint8Array(20_000_000).fill(32), { level: 9 });
		const fragment = signed('quiz', 'z', bytesToBase64url(bomb));
		expect(fragment.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
		const started = Date.now();
		expect(message(fragment)).toBe(LINK_MESSAGES.deckTooBig);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('calls a signed but undecodable payload damaged (bad base64, bad deflate, bad UTF-8, bad JSON)', () => {
		expect(message(signed('quiz', 'j', 'A'))).toBe(LINK_MESSAGES.damaged);
		expect(message(signed('quiz', 'z', 'AAAA'))).toBe(LINK_MESSAGES.damaged);
		expect(message(signed('quiz', 'j', bytesToBase64url(new Uint8Array([0xff, 0xfe]))))).toBe(
			LINK_MESSAGES.damaged
		);
		expect(message(signed('quiz', 'j', textToBase64url('{"source":')))).toBe(LINK_MESSAGES.damaged);
		expect(message(signed('quiz', 'j', textToBase64url('[1,2]')))).toBe(LINK_MESSAGES.damaged);
	});

	it('names the setting that is out of range', () => {
		const body = {
			source: { kind: 'decks', deckIds: ['dates'] },
			seed: 'x',
			settings: { questions: 500 }
		};
		const text = message(signed('quiz', 'j', textToBase64url(JSON.stringify(body))));
		expect(text).toContain('“questions”');
		expect(text).toContain('at most 50');
	});

	it('names a field a round does not have, and refuses a list where settings are meant', () => {
		const body = {
			source: { kind: 'decks', deckIds: ['dates'] },
			seed: 'x',
			settings: { questions: 10, lives: 3 }
		};
		expect(message(signed('quiz', 'j', textToBase64url(JSON.stringify(body))))).toBe(
			'This link cannot start a round. The setting “lives” is not something this app knows.'
		);
		const list = { ...body, settings: [10] };
		expect(message(signed('quiz', 'j', textToBase64url(JSON.stringify(list))))).toMatch(
			/^This link cannot start a round\./
		);
	});

	it('names the card and the field of a custom deck that is wrong', () => {
		const deck = {
			...customDeck,
			cards: [customDeck.cards[0], { ...customDeck.cards[1], answer: '   ' }]
		};
		const json = JSON.stringify({ source: { kind: 'custom', deck }, seed: 'x', settings: {} });
		const text = message(
			signed('study', 'z', bytesToBase64url(deflateSync(new TextEncoder().encode(json))))
		);
		expect(text).toContain('Card 2 (“bri-name”)');
		expect(text).toContain('“answer”');
		expect(text).toContain('empty');
	});
});

describe('long links', () => {
	it('flags a link over the safe length so the page can offer a file instead', () => {
		expect(MAX_SAFE_LINK_LENGTH).toBeGreaterThanOrEqual(2000);
		const short = shareUrl('https://example.org/', builtInPayloads[0] as SharePayloadInput);
		expect(short.startsWith('https://example.org/play#v1.quiz.')).toBe(true);
		expect(linkIsTooLong(short)).toBe(false);
		expect(linkIsTooLong('https://example.org/play#' + 'a'.repeat(MAX_SAFE_LINK_LENGTH))).toBe(
			true
		);
	});
});

describe('round ids', () => {
	it('are the same for everyone who opens the same link', () => {
		for (const payload of [...builtInPayloads, ...customPayloads]) {
			expect(roundId(decoded(encodeShareLink(payload)))).toBe(roundId(payload));
		}
	});

	it('differ when the seed, the settings, the decks or the mode differ', () => {
		const base = builtInPayloads[0] as SharePayloadInput & { mode: 'quiz' };
		const ids = new Set([
			roundId(base),
			roundId({ ...base, seed: 'abc124' }),
			roundId({ ...base, settings: { ...base.settings, questions: 11 } }),
			roundId({ ...base, source: { kind: 'decks', deckIds: ['dates'] } }),
			roundId({ ...base, mode: 'study', settings: {} })
		]);
		expect(ids.size).toBe(5);
	});
});

describe('describing a link for the share dialog', () => {
	const titles = { dates: 'Dates and timeline', quotes: 'Who said it?' };

	it('says what a quiz round holds', () => {
		const lines = describeShareLink(
			decoded(
				encodeShareLink({
					mode: 'quiz',
					source: { kind: 'decks', deckIds: ['dates'] },
					seed: 'abc123',
					settings: {}
				})
			),
			titles
		);
		expect(lines).toContain('Quiz round, 10 questions, 20 s each, multiple choice');
		expect(lines).toContain('Deck: Dates and timeline');
		expect(lines).toContain('Round code: abc123');
	});

	it('mentions typed answers, no time limit, several decks and unknown deck ids as they are', () => {
		const lines = describeShareLink(
			decoded(
				encodeShareLink({
					mode: 'quiz',
					source: { kind: 'decks', deckIds: ['dates', 'quotes', 'mystery'] },
					seed: 'abc123',
					settings: { seconds: null, answerMode: 'typed', questions: 5 }
				})
			),
			titles
		);
		expect(lines).toContain('Quiz round, 5 questions, no time limit, typed answers');
		expect(lines).toContain('Decks: Dates and timeline, Who said it?, mystery');
	});

	it('describes matching, timeline and study rounds, chosen cards and custom decks', () => {
		const [, match, timeline, study] = builtInPayloads.map((p) =>
			describeShareLink(decoded(encodeShareLink(p)), titles)
		);
		expect(match?.[0]).toMatch(/^Matching game, 5 pairs/);
		expect(match).toContain('No time penalty');
		expect(timeline?.[0]).toBe('Timeline, 7 events to put in order');
		expect(timeline).toContain('2 chosen cards');
		expect(study).toContain('Study, cards shuffled');
		expect(study).toContain('Only cards tagged “taiwan”');
		const custom = describeShareLink(
			decoded(encodeShareLink(customPayloads[0] as SharePayloadInput)),
			titles
		);
		expect(custom).toContain(`Custom deck: ${customDeck.title} (${customDeck.cards.length} cards)`);
	});

	it('says how many questions, pairs or events the round really has, when that is known', () => {
		const [quiz, match, timeline] = builtInPayloads.map((p) => decoded(encodeShareLink(p)));
		const size = { questions: 3, pairs: 1, events: 4 };
		expect(describeShareLink(quiz as SharePayload, titles, size)[0]).toBe(
			'Quiz round, 3 questions, 30 s each, typed answers'
		);
		expect(describeShareLink(match as SharePayload, titles, size)[0]).toMatch(
			/^Matching game, 1 pair of/
		);
		expect(describeShareLink(timeline as SharePayload, titles, size)[0]).toBe(
			'Timeline, 4 events to put in order'
		);
	});
});
