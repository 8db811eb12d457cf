import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '$lib/decks/schema';
import { CramDesk, ReviewDesk } from '$lib/review/desk.svelte';
import { FakeProgress } from './fake-progress.svelte';

const card = (id: string, extra: Partial<Card> = {}): Card => ({
	id,
	kind: 'custom',
	prompt: `Question ${id}`,
	answer: `Answer ${id}`,
	source: { doc: 'doc.txt', section: 'A section', excerpt: 'An excerpt.' },
	...extra
});

const cards = new Map(
	[card('a'), card('b'), card('list', { kind: 'list', items: ['one', 'two', 'three'] })].map(
		(c) => [c.id, c]
	)
);
const library = { loaded: true, card: (id: string) => cards.get(id) };

function deskWith(ids: string[]) {
	const progress = new FakeProgress(ids);
	const desk = new ReviewDesk(progress.asProgress, library);
	desk.follow();
	return { progress, desk };
}

describe('ReviewDesk', () => {
	// The sitting is kept for the tab (a reload continues it): each test starts a new one.
	beforeEach(() => sessionStorage.clear());

	it('shows the card on top of the queue face down, and the answer on request', () => {
		const { desk } = deskWith(['a', 'b']);
		expect(desk.card?.id).toBe('a');
		expect(desk.revealed).toBe(false);
		expect(desk.reveal()).toBe(true);
		expect(desk.revealed).toBe(true);
		expect(desk.announcement).toBe('Answer: Answer a');
	});

	it('shows a list card one item per press before the whole answer', () => {
		const { desk } = deskWith(['list']);
		expect(desk.reveal()).toBe(false);
		expect(desk.announcement).toBe('one');
		expect(desk.reveal()).toBe(false);
		expect(desk.announcement).toBe('two');
		expect(desk.reveal()).toBe(true);
		expect(desk.announcement).toBe('Answer: one; two; three');
	});

	it('issues the rating’s write at once, and rates a card once however fast the keys come', async () => {
		const { desk, progress } = deskWith(['a', 'b']);
		desk.reveal();
		void desk.rate('good');
		// Written in the key press's own task: before anything is awaited.
		expect(progress.rated).toEqual([['a', 'good']]);
		void desk.rate('easy');
		expect(progress.rated).toEqual([['a', 'good']]);
		expect(desk.announcement).toBe('Rated Good. Back in 10 minutes.');
		progress.writes.shift()?.();
		await Promise.resolve();
		expect(desk.card?.id).toBe('b');
	});

	it('does not rate a card whose answer is not showing', () => {
		const { desk, progress } = deskWith(['a']);
		void desk.rate('good');
		expect(progress.rated).toEqual([]);
	});

	it('turns the next card face down when it comes to the top, and says the focus should move', async () => {
		const { desk, progress } = deskWith(['a', 'b']);
		desk.reveal();
		const rating = desk.rate('again');
		progress.writes.shift()?.();
		await rating;
		expect(desk.follow()).toBe(true);
		expect(desk.card?.id).toBe('b');
		expect(desk.revealed).toBe(false);
		expect(desk.follow()).toBe(false);
	});

	it('undoes only ratings made on this page, not a change made elsewhere', async () => {
		const { desk, progress } = deskWith(['a', 'b']);
		progress.undoStack = ['elsewhere'];
		expect(desk.canUndo).toBe(false);
		desk.reveal();
		const rating = desk.rate('hard');
		progress.writes.shift()?.();
		await rating;
		expect(desk.canUndo).toBe(true);
		expect(desk.reviewedThisVisit).toBe(1);
		await desk.undo();
		expect(desk.card?.id).toBe('a');
		expect(desk.reviewedThisVisit).toBe(0);
		expect(desk.announcement).toBe('Undone. Question a is back.');
		expect(desk.canUndo).toBe(false);
	});

	it('continues the sitting after a reload of the tab', async () => {
		const first = deskWith(['a', 'b']);
		first.desk.reveal();
		const rating = first.desk.rate('good');
		first.progress.writes.shift()?.();
		await rating;
		const { desk } = deskWith(['b']);
		expect(desk.reviewedThisVisit).toBe(1);
	});

	it('is finished when this visit’s ratings emptied the queue, and sums up the sitting', async () => {
		const { desk, progress } = deskWith(['a']);
		expect(desk.finished).toBe(false);
		desk.reveal();
		const rating = desk.rate('again');
		progress.writes.shift()?.();
		await rating;
		expect(desk.finished).toBe(true);
		await desk.finish();
		expect(desk.finished).toBe(false);
		expect(desk.summary).toMatchObject({ reviewed: 1, recalled: 0, accuracy: 0, streak: 3 });
		expect(desk.announcement).toBe('Review finished: 1 cards.');
	});

	it('checks a typed answer: the answer shows with the rating it suggests', () => {
		const { desk, progress } = deskWith(['a']);
		progress.typedAnswers = true;
		expect(desk.typing).toBe(true);
		desk.check('close');
		expect(desk.revealed).toBe(true);
		expect(desk.suggested).toBe('hard');
		expect(desk.typedAnswer).toBe(true);
		expect(desk.typing).toBe(false);
		expect(desk.announcement).toBe('Almost. Answer: Answer a');
	});
});

describe('CramDesk', () => {
	const deck = [card('a'), card('b')];

	it('has nothing to cram until the deck arrives', () => {
		const desk = new CramDesk(
			() => undefined,
			(id) => cards.get(id)
		);
		expect(desk.cram).toBeNull();
		expect(desk.card).toBeUndefined();
		expect(desk.answer(true)).toBe(false);
	});

	it('brings a missed card back until every card is known', () => {
		const desk = new CramDesk(
			() => deck,
			(id) => cards.get(id)
		);
		const first = desk.card?.id;
		expect(desk.answer(true)).toBe(false); // not revealed yet
		desk.reveal();
		expect(desk.answer(false)).toBe(true);
		expect(desk.announcement).toBe('Missed: it comes back later. 2 to go.');
		desk.reveal();
		desk.answer(true);
		expect(desk.card?.id).toBe(first);
		desk.reveal();
		desk.answer(true);
		expect(desk.cram?.current.done).toBe(true);
		expect(desk.announcement).toBe('All 2 cards known.');
		expect(desk.cram?.current.firstTime).toBe(1);
		expect(desk.cram?.current.misses).toBe(1);
	});

	it('deals the deck again on request', () => {
		const desk = new CramDesk(
			() => deck,
			(id) => cards.get(id)
		);
		const before = desk.cram;
		desk.again();
		expect(desk.cram).not.toBe(before);
		expect(desk.cram?.current.remaining).toBe(2);
	});
});
