// The built-in decks as a teacher's test would judge them: no card or option set shows any of
// the automatic findings of `npm run eval:cards`, and a player who knows nothing but picks by
// test-taking cues scores no better than chance + 5 points.
import { describe, expect, it } from 'vitest';
import { readEdits, readSources } from '../../../scripts/build-decks';
import { evaluateDecks, evaluateMatch, FINDINGS } from '../../../scripts/eval/findings';
import { generateDecks } from '../../../src/lib/generator/generate';

const decks = generateDecks(readSources(), readEdits());
const report = evaluateDecks(decks);

describe('the built-in decks, judged automatically', () => {
	for (const finding of FINDINGS) {
		it(`have no ${finding} finding`, () => {
			const examples = report.findings[finding].examples.map((e) => e.prompt);
			expect(report.findings[finding].count, examples.join('\n')).toBe(0);
		});
	}

	it('cannot be won by a test-wise guesser: no better than chance + 5 points', () => {
		expect(report.guesser.accuracy).toBeLessThanOrEqual(report.guesser.chance + 5);
	});

	it('ask "Who said …?" only where the speakers differ', () => {
		const who = decks.flatMap((d) => d.cards).filter((c) => c.kind === 'quote-speaker');
		const speakers = new Set(who.map((c) => c.answer));
		expect(who.length).toBeGreaterThanOrEqual(3);
		expect(speakers.size).toBe(who.length);
	});

	it('give every card an answer type, and more than half three or more wrong options of it', () => {
		const cards = decks.flatMap((d) => d.cards);
		for (const card of cards) expect(card.answerType, card.id).toBeDefined();
		const made = cards.filter((c) => c.answerType !== 'date' && c.answerType !== 'number');
		const full = made.filter((c) => (c.distractors?.length ?? 0) >= 3);
		expect(full.length / made.length).toBeGreaterThanOrEqual(0.55);
	});

	it('offer for a position, an event or a cause only what another card answers, never a phrase', () => {
		const cards = decks.flatMap((d) => d.cards);
		const answers = new Set(cards.map((c) => c.answer.toLowerCase()));
		// (A vote's four ways to vote are a closed set of their own.)
		const open = cards.filter(
			(c) =>
				['position', 'event', 'reason'].includes(c.answerType ?? '') && !/\bvote\b/.test(c.prompt)
		);
		for (const card of open)
			for (const d of card.distractors ?? [])
				expect(answers.has(d.toLowerCase()), `${card.prompt} → ${d}`).toBe(true);
	});

	it('offer two speakers at once only for a quotation two people said together', () => {
		const who = decks.flatMap((d) => d.cards).filter((c) => c.kind === 'quote-speaker');
		for (const card of who) {
			const pair = card.answer.includes(' and ');
			for (const d of card.distractors ?? [])
				expect(d.includes(' and '), `${card.prompt} → ${d}`).toBe(pair);
		}
	});

	it('offer a kind of diplomacy among kinds of diplomacy, a partnership among relationships', () => {
		const terms = decks.flatMap((d) => d.cards).filter((c) => c.kind === 'doctrine-name');
		const head = (t: string) =>
			t
				.split(/\s+(?:with|based on)\s+/)[0]!
				.split(/\s+/)
				.at(-1);
		const kin: Record<string, string[]> = {
			diplomacy: ['diplomacy'],
			partnership: ['partnership', 'relations', 'relationship']
		};
		let checked = 0;
		for (const card of terms) {
			const wanted = kin[head(card.answer)!];
			if (!wanted || (card.distractors?.length ?? 0) < 3) continue;
			checked++;
			for (const d of card.distractors!.slice(0, 2))
				expect(wanted, `${card.prompt} → ${d}`).toContain(head(d));
		}
		expect(checked).toBeGreaterThanOrEqual(3);
	});

	it('leave no option that breaks a pattern the quotation sets up ("any …, any …, at …")', () => {
		const words = decks.flatMap((d) => d.cards).filter((c) => c.answerType === 'words');
		for (const card of words) {
			const lead = card.answer.split(/\s+/)[0]!.toLowerCase();
			const times = card.prompt
				.toLowerCase()
				.split(/[^\p{L}]+/u)
				.filter((w) => w === lead).length;
			if (times < 2) continue;
			for (const d of card.distractors ?? [])
				expect(d.split(/\s+/)[0]!.toLowerCase(), `${card.prompt} → ${d}`).toBe(lead);
		}
	});

	it('fit every option into the blank after "a": one thing, with no article of its own', () => {
		const after = decks
			.flatMap((d) => d.cards)
			.filter((c) => c.answerType === 'words' && /\ban?\s+["\u201c]?…/.test(c.prompt));
		expect(after.length).toBeGreaterThan(0);
		for (const card of after)
			for (const d of card.distractors ?? []) {
				expect(d, card.prompt).not.toMatch(/^(?:any|our|the|all|their|a|an)\b/i);
				expect(d, card.prompt).not.toMatch(/[^s]s$/);
			}
	});

	it('make match boards with one kind of tile per column, none repeating its partner', () => {
		const boards = evaluateMatch(decks);
		expect(boards.length).toBeGreaterThanOrEqual(4);
		for (const b of boards) {
			const name = `${b.deck} ${b.pairing}`;
			expect(b.pairs, name).toBeGreaterThanOrEqual(3 * b.boards);
			expect(b.giveaways, name).toBe(0);
			expect(b.mixedColumns, name).toBe(0);
			expect(b.duplicateTiles, name).toBe(0);
		}
	});
});
