// The invariants again, over the generated decks as they are today.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import * as v from 'valibot';
import { DeckSchema, type Card, type Deck } from '$lib/decks/schema';
import { checkAnswer, normalizeAnswer } from '$lib/games/answer';
import { formatDate, parseWhen } from '$lib/games/dates';
import { createMatchBoard } from '$lib/games/match';
import { createQuizRound } from '$lib/games/quiz';
import { MATCH_PAIRINGS, QuizSettingsSchema } from '$lib/games/settings';
import { createTimelineRound, kendallScore } from '$lib/games/timeline';
import { optionsOverlap } from '$lib/games/option-rules';

const decks: Deck[] = readdirSync('decks')
	.filter((file) => file.endsWith('.json') && file !== 'edits.json')
	.map((file) => v.parse(DeckSchema, JSON.parse(readFileSync(`decks/${file}`, 'utf8'))));
const all: Card[] = decks.flatMap((deck) => deck.cards);
const byId = new Map(all.map((c) => [c.id, c]));
const seeds = Array.from({ length: 20 }, (_, i) => `real-${i}`);

describe('games over the generated decks', () => {
	it('has decks to play', () => {
		expect(all.length).toBeGreaterThan(0);
	});

	it('never offers a right answer as a wrong option', () => {
		const settings = v.parse(QuizSettingsSchema, { questions: 50 });
		const problems: string[] = [];
		for (const deck of decks) {
			for (const seed of seeds) {
				for (const q of createQuizRound({ seed, settings }, deck.cards, all).questions) {
					const card = byId.get(q.cardId) as Card;
					q.options.forEach((option, i) => {
						if (i !== q.correct && checkAnswer(option, card) === 'correct') {
							problems.push(`${q.cardId}: ${option}`);
						}
					});
					if (new Set(q.options.map(normalizeAnswer)).size !== q.options.length) {
						problems.push(`${q.cardId}: repeated option`);
					}
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('never offers two options of which one contains the other', () => {
		const settings = v.parse(QuizSettingsSchema, { questions: 50 });
		const problems: string[] = [];
		for (const deck of decks) {
			for (const seed of seeds) {
				for (const q of createQuizRound({ seed, settings }, deck.cards, all).questions) {
					q.options.forEach((a, i) =>
						q.options.slice(i + 1).forEach((b) => {
							if (optionsOverlap(a, b)) problems.push(`${q.cardId}: ${a} / ${b}`);
						})
					);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('offers, for a figure, only amounts of what its answer counts', () => {
		// The last word after the number: "weeks", "agreements"; '' for a bare number.
		const unit = (text: string) =>
			/[\d\p{L}](?:[\d,.]*\d)?\s*(?:million|billion|trillion)?\s*(.*)$/u
				.exec(text.replace(/^(over|approximately|about|\$)\s*/i, ''))?.[1]
				?.split(/\s+/)
				.at(-1)
				?.replace(/s$/, '');
		const settings = v.parse(QuizSettingsSchema, { questions: 50, kinds: ['figure'] });
		const problems: string[] = [];
		for (const seed of seeds) {
			for (const q of createQuizRound({ seed, settings }, all, all).questions) {
				const answerUnit = unit(q.answer);
				for (const option of q.options) {
					if (unit(option) !== answerUnit) problems.push(`${q.answer}: ${option}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('never takes the bare year or month for a date card whose answer is a day', () => {
		const days = all.filter((c) => c.kind === 'date' && /^\d{1,2}\b/.test(c.answer));
		expect(days.length).toBeGreaterThan(0);
		for (const card of days) {
			const date = parseWhen(card.when ?? '');
			if (!date?.month) throw new Error(`${card.id}: no month in its when`);
			const month = formatDate({ year: date.year, month: date.month });
			expect(checkAnswer(String(date.year), card), card.id).toBe('wrong');
			expect(checkAnswer(month, card), `${card.id}: ${month}`).toBe('wrong');
		}
	});

	it('builds matching boards with one solution', () => {
		for (const pairing of MATCH_PAIRINGS) {
			for (const seed of seeds) {
				const { pairs } = createMatchBoard(
					{ seed, settings: { pairing, pairs: 6, missPenaltyMs: 5000 } },
					all
				);
				expect(new Set(pairs.map((p) => normalizeAnswer(p.left))).size).toBe(pairs.length);
				expect(new Set(pairs.map((p) => normalizeAnswer(p.right))).size).toBe(pairs.length);
			}
		}
	});

	it('builds timelines in true order with no two events in the same month', () => {
		for (const seed of seeds) {
			const round = createTimelineRound({ seed, settings: { events: 6 } }, all);
			const whens = round.events.map((e) => byId.get(e.cardId)?.when ?? '');
			const months = whens.map((w) => w.slice(0, 7));
			expect(new Set(months).size).toBe(months.length);
			expect([...whens].sort()).toEqual(whens);
			expect(whens.every((w) => parseWhen(w) !== undefined)).toBe(true);
			expect(kendallScore(round.start).correct).toBeLessThan(kendallScore(round.start).total);
		}
	});
});
