import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '$lib/decks/schema';
import { buildSharedRound } from '$lib/share/shared-round';
import {
	addCards,
	buildCustomDeck,
	customQuizRoom,
	customQuizSettings,
	customRoundPayload,
	questionCountChoices,
	writtenCard,
	writtenCardStarted,
	emptyWrittenCard
} from '$lib/share/draft';
import { decodeShareLink, encodeShareLink } from '$lib/share/link';
import { card } from './fixtures';

const MADE = '2025-03-01T10:00:00.000Z';

/** `n` cards of one kind: each lends the others its answer as a wrong option. */
const sameKind = (n: number): Card[] =>
	Array.from({ length: n }, (_, i) => card(`c-${i}`, `Question ${i + 1}?`, `Answer ${i + 1}`));

const deckOf = (cards: Card[]): Deck => ({
	id: 'lesson',
	title: 'Lesson',
	description: 'A custom deck',
	cards
});

/** What a student is shown and then plays, from the link the teacher shares. */
function played(deck: Deck, quiz = {}) {
	const payload = customRoundPayload(deck, 'quiz', 'seed-1', quiz);
	if (!payload) throw new Error('Expected a quiz');
	const decoded = decodeShareLink(encodeShareLink(payload));
	if (!decoded.ok) throw new Error(decoded.message);
	const built = buildSharedRound(decoded.payload, []);
	if (!built.ok || built.round.mode !== 'quiz') throw new Error('Expected a quiz round');
	// The round carries the settings the link gave it.
	return { settings: built.round.round.settings, questions: built.round.round.questions };
}

describe('saving a custom deck', () => {
	it('says which card and which field is wrong, in the editor’s words, without internal ids', () => {
		const cards = sameKind(5);
		cards[3] = { ...(cards[3] as Card), answer: '   ' };
		const built = buildCustomDeck('Lesson', cards, MADE);
		expect(built).toEqual({
			ok: false,
			message: 'Card 4: the answer is empty.',
			at: { card: 3, field: 'answer' }
		});
		cards[3] = { ...(cards[3] as Card), answer: 'A', prompt: 'x'.repeat(2001) };
		const long = buildCustomDeck('Lesson', cards, MADE);
		expect(long.ok ? '' : long.message).toBe(
			'Card 4: the question is too long (at most 2000 characters).'
		);
	});

	it('asks for a title and for cards before anything else', () => {
		expect(buildCustomDeck('  ', sameKind(1), MADE)).toMatchObject({
			ok: false,
			message: 'Give the deck a title.',
			at: 'title'
		});
		expect(buildCustomDeck('Lesson', [], MADE)).toMatchObject({
			ok: false,
			message: 'Add at least one card to the deck.'
		});
	});

	it('keeps the deck’s id from its title and first-made time, or the id it is saved under', () => {
		const first = buildCustomDeck('Belt & Road', sameKind(2), MADE);
		const again = buildCustomDeck('Belt & Road', sameKind(3), MADE);
		expect(first.ok && again.ok && first.deck.id === again.deck.id).toBe(true);
		expect(first.ok && first.deck.id).toMatch(/^belt-road-[a-z0-9]{1,8}$/);
		const saved = buildCustomDeck('Renamed', sameKind(2), MADE, 'belt-road-1');
		expect(saved.ok && saved.deck.id).toBe('belt-road-1');
	});
});

describe('writing cards', () => {
	it('gives a card written twice one id, and adds it once', () => {
		const input = { ...emptyWrittenCard(), prompt: ' Who? ', answer: 'Xi ' };
		const a = writtenCard(input);
		expect(a).toMatchObject({ prompt: 'Who?', answer: 'Xi', kind: 'custom' });
		expect(addCards([a], [writtenCard(input)])).toHaveLength(1);
	});

	it('counts a half-written card as work, but not a kind chosen alone', () => {
		expect(writtenCardStarted(emptyWrittenCard())).toBe(false);
		expect(writtenCardStarted({ ...emptyWrittenCard(), kind: 'date' })).toBe(false);
		expect(writtenCardStarted({ ...emptyWrittenCard(), answer: '2013' })).toBe(true);
	});
});

describe('a custom deck’s quiz', () => {
	it('asks as many questions as the deck has cards when it has fewer than the round wants', () => {
		for (const n of [2, 3, 5, 7]) {
			const deck = deckOf(sameKind(n));
			const round = played(deck);
			expect(round.questions).toHaveLength(n);
			expect(customQuizSettings(deck).questions).toBe(n);
		}
	});

	it('puts the number of questions really asked in the link when it is 5 or more', () => {
		expect(played(deckOf(sameKind(7))).settings.questions).toBe(7);
		expect(played(deckOf(sameKind(30))).settings.questions).toBe(10);
		// A link asks for at least 5: a 3-card deck's link says 5 and plays 3.
		expect(played(deckOf(sameKind(3))).settings.questions).toBe(5);
	});

	it('plays the teacher’s time, question count and kind of answer', () => {
		const deck = deckOf(sameKind(30));
		const round = played(deck, { questions: 15, seconds: null, answerMode: 'typed' });
		expect(round.settings).toMatchObject({ questions: 15, seconds: null, answerMode: 'typed' });
		expect(round.questions).toHaveLength(15);
		expect(round.questions.every((q) => q.options.length === 0)).toBe(true);
		const choice = played(deck, { questions: 20, seconds: 45 });
		expect(choice.settings).toMatchObject({ questions: 20, seconds: 45, answerMode: 'choice' });
		expect(choice.questions.every((q) => q.options.length > 1)).toBe(true);
	});

	it('asks typed answers when no card has another of its kind to lend wrong options', () => {
		const deck = deckOf([
			card('a', 'When?', '2013', { kind: 'date' }),
			card('b', 'Who?', 'Xi Jinping', { kind: 'person' })
		]);
		expect(customQuizRoom(deck)).toEqual({ choice: 0, typed: 2 });
		const round = played(deck, { answerMode: 'choice' });
		expect(round.settings.answerMode).toBe('typed');
		expect(round.questions).toHaveLength(2);
	});

	it('counts only the cards multiple choice can ask, when some have no partner of their kind', () => {
		const deck = deckOf([...sameKind(4), card('d', 'When?', '2013', { kind: 'date' })]);
		expect(customQuizRoom(deck)).toEqual({ choice: 4, typed: 5 });
		expect(played(deck).questions).toHaveLength(4);
		expect(played(deck, { answerMode: 'typed' }).questions).toHaveLength(5);
	});

	it('offers question counts up to what the deck can ask, and the count already chosen', () => {
		expect(questionCountChoices(3)).toEqual([3]);
		expect(questionCountChoices(7)).toEqual([5, 7]);
		expect(questionCountChoices(12, 10)).toEqual([5, 10, 12]);
		expect(questionCountChoices(12, 7)).toEqual([5, 7, 10, 12]);
		expect(questionCountChoices(400)).toEqual([5, 10, 15, 20, 30, 40, 50]);
		expect(questionCountChoices(0)).toEqual([]);
	});
});

describe('other rounds on a custom deck', () => {
	it('studies the deck in order, and offers a matching board only when the cards pair up', () => {
		const deck = deckOf(sameKind(4));
		expect(customRoundPayload(deck, 'study', 's')).toMatchObject({ settings: { order: 'deck' } });
		expect(customRoundPayload(deck, 'match', 's')).toBeUndefined();
	});
});
