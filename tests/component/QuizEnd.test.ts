import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Card } from '$lib/decks/schema';
import type { QuizSummary } from '$lib/games/quiz';
import QuizEnd from '$lib/ui/quiz/QuizEnd.svelte';

const source = { doc: 'test.txt', section: 'Ruritania', excerpt: 'An invented passage.' };
const cards: Card[] = ['a', 'b', 'c'].map((id) => ({
	id,
	kind: 'person',
	prompt: `Who is ${id}?`,
	answer: `Person ${id}`,
	source
}));
const cardOf = (id: string) => cards.find((c) => c.id === id);

function summaryOf(missed: string[], correct = 2): QuizSummary {
	return {
		score: correct * 1000,
		correct,
		total: correct + missed.length,
		averageMs: 4000,
		longestStreak: correct,
		misses: missed.map((cardId) => ({ cardId, given: 'Someone else', answer: `Person ${cardId}` }))
	};
}

/** A progress stand-in: adds push onto an undo stack; a take-back pops the latest only. */
function fakeProgress() {
	const stack: string[] = [];
	return {
		stack,
		onadd: vi.fn(async (id: string) => {
			stack.push(id);
		}),
		onremove: vi.fn(async (id: string) => {
			if (stack.at(-1) !== id) return false;
			stack.pop();
			return true;
		})
	};
}

const status = () => screen.getByRole('status');

describe('QuizEnd: adding missed cards to today’s review', () => {
	it('adds every missed card with A, says how many in the plural, and undoes it with Z', async () => {
		const progress = fakeProgress();
		render(QuizEnd, { summary: summaryOf(['a', 'b', 'c']), cardOf, ...progress, reviewed: 0 });
		const user = userEvent.setup();
		expect(screen.getByText(/or elsewhere to add all 3 cards/)).toHaveTextContent(
			/add all 3 cards\. Z undoes\.$/
		);

		await user.keyboard('a');
		expect(progress.stack).toEqual(['a', 'b', 'c']);
		expect(status()).toHaveTextContent('3 cards added to today’s review.');
		expect(screen.getAllByRole('button', { name: 'In today’s review ✓' })).toHaveLength(3);

		await user.keyboard('z');
		expect(progress.onremove.mock.calls.map(([id]) => id)).toEqual(['c', 'b', 'a']);
		expect(progress.stack).toEqual([]);
		expect(status()).toHaveTextContent('Undone: 3 cards taken back out of today’s review.');
		expect(screen.getAllByRole('button', { name: 'Add to today’s review' })).toHaveLength(3);
	});

	it('names the one card added, and never says “1 cards”', async () => {
		const progress = fakeProgress();
		render(QuizEnd, { summary: summaryOf(['b']), cardOf, ...progress, reviewed: 0 });
		const user = userEvent.setup();
		expect(screen.getByText(/or elsewhere to add it\./)).toBeInTheDocument();
		await user.keyboard('a');
		expect(status()).toHaveTextContent('Added to today’s review: Who is b?');
		expect(document.body).not.toHaveTextContent(/\b1 cards\b/);
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(status()).toHaveTextContent('Undone: 1 card taken back out of today’s review.');
	});

	it('labels the add-all button with the count, and A on a card adds only that card', async () => {
		const progress = fakeProgress();
		render(QuizEnd, { summary: summaryOf(['a', 'b', 'c']), cardOf, ...progress, reviewed: 0 });
		const user = userEvent.setup();
		const item = screen.getByText('Who is b?').closest('li') as HTMLElement;
		within(item).getByRole('button', { name: 'Add to today’s review' }).focus();
		await user.keyboard('a');
		expect(progress.stack).toEqual(['b']);
		await user.click(
			screen.getByRole('button', { name: 'Add the other 2 cards to today’s review' })
		);
		expect(progress.stack).toEqual(['b', 'a', 'c']);
		expect(status()).toHaveTextContent('2 cards added to today’s review.');
		// Undo takes back the latest action only.
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(progress.stack).toEqual(['b']);
	});

	it('says so when an add can no longer be undone', async () => {
		const progress = fakeProgress();
		render(QuizEnd, { summary: summaryOf(['a', 'b']), cardOf, ...progress, reviewed: 0 });
		const user = userEvent.setup();
		await user.keyboard('a');
		progress.stack.push('elsewhere'); // another change came after the add
		await user.keyboard('z');
		expect(status()).toHaveTextContent(/Could not undo/);
		expect(progress.stack).toEqual(['a', 'b', 'elsewhere']);
	});

	it('offers no undo where adding cannot be undone', async () => {
		const { onadd } = fakeProgress();
		render(QuizEnd, { summary: summaryOf(['a', 'b']), cardOf, onadd, reviewed: 0 });
		await userEvent.setup().keyboard('a');
		expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
		expect(screen.queryByText(/undoes/)).not.toBeInTheDocument();
	});
});

describe('QuizEnd: what the round did to the student’s progress', () => {
	it('says the answers were not saved as reviews, and offers the missed cards', () => {
		render(QuizEnd, { summary: summaryOf(['a']), cardOf, ...fakeProgress(), reviewed: 0 });
		expect(screen.getByTestId('review-note')).toHaveTextContent(
			'Your answers were not saved as reviews'
		);
		expect(screen.getByRole('button', { name: 'Add to today’s review' })).toBeInTheDocument();
	});

	it('says they were, when quiz answers count as reviews, and offers nothing more to add', async () => {
		render(QuizEnd, { summary: summaryOf(['a', 'b']), cardOf, ...fakeProgress(), reviewed: 4 });
		expect(screen.getByTestId('review-note')).toHaveTextContent(
			'Your answers were saved as reviews, as Settings asks (“Quiz answers count as reviews”): the cards you missed come back in today’s review.'
		);
		expect(screen.queryByRole('button', { name: /Add/ })).not.toBeInTheDocument();
		await userEvent.setup().keyboard('a');
		expect(screen.queryByText(/added to today’s review/)).not.toBeInTheDocument();
	});

	it('says how many were, when only some were', () => {
		render(QuizEnd, { summary: summaryOf(['a', 'b']), cardOf, ...fakeProgress(), reviewed: 1 });
		expect(screen.getByTestId('review-note')).toHaveTextContent(
			'Some of your answers (1 of 4) were saved as reviews; the others were not.'
		);
	});

	it('says nothing about progress where progress does not apply (a shared round)', () => {
		render(QuizEnd, { summary: summaryOf(['a']), cardOf });
		expect(screen.queryByTestId('review-note')).not.toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Add/ })).not.toBeInTheDocument();
	});
});
