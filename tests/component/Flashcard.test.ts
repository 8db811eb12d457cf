import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { decks } from '$lib/decks/load';
import type { Card } from '$lib/decks/schema';
import Flashcard from '$lib/ui/Flashcard.svelte';

const source = { doc: 'test.txt', section: 'Ruritania', excerpt: 'An invented passage.' };

const quote: Card = {
	id: 'quotes-who-bread',
	kind: 'quote-speaker',
	prompt: 'Who said “Bread before banners”?',
	answer: 'Rudolf Rassendyll',
	speaker: 'Rudolf Rassendyll',
	quote: 'Bread before banners',
	source
};

const date: Card = {
	id: 'dates-treaty',
	kind: 'date',
	prompt: 'When did Ruritania sign the Strelsau treaty?',
	answer: 'March 1999',
	when: '1999-03-04',
	note: 'The treaty ended a border dispute.',
	source
};

const range: Card = {
	id: 'dates-strelsau-fair',
	kind: 'date',
	prompt: 'On what dates was the Strelsau fair held?',
	answer: '20–22 March 2023',
	when: '2023-03-20',
	source
};

const generated = decks.flatMap((d) => d.cards);

const list: Card = {
	id: 'lists-three-rules',
	kind: 'list',
	prompt: 'What are the Three Rules of Strelsau?',
	answer: 'no tariffs; no troops; no tolls',
	items: ['no tariffs', 'no troops', 'no tolls'],
	source
};

describe('Flashcard', () => {
	it('shows a quotation in a blockquote and asks for the speaker, hiding the answer', () => {
		render(Flashcard, { card: quote, revealed: false });
		expect(screen.getByRole('heading', { name: 'Who said this?' })).toBeInTheDocument();
		expect(document.querySelector('blockquote')).toHaveTextContent('Bread before banners');
		expect(screen.queryByText('Rudolf Rassendyll')).toBeNull();
	});

	it("shows a generated quote card's quotation set apart, without the answer", () => {
		const card = generated.find((c) => c.kind === 'quote-speaker' && c.quote !== undefined);
		if (!card?.quote) throw new Error('no generated quote card carries its quotation');
		render(Flashcard, { card, revealed: false });
		expect(screen.getByRole('heading', { name: 'Who said this?' })).toBeInTheDocument();
		expect(document.querySelector('blockquote')).toHaveTextContent(card.quote);
		expect(screen.queryByText(card.answer)).toBeNull();
	});

	it('asks with the prompt when a generated quotation is a phrase that needs it', () => {
		const quoted = generated.find((c) => c.kind === 'quote-speaker');
		if (!quoted) throw new Error('the decks have a "Who said …?" card');
		// A phrase that only its prompt makes sense of is generated without its own quotation.
		const card = { ...quoted };
		delete card.quote;
		render(Flashcard, { card, revealed: false });
		expect(screen.getByRole('heading', { name: card.prompt })).toBeInTheDocument();
		expect(document.querySelector('blockquote')).toBeNull();
	});

	it('reveals a date answer as the full date, with its note', () => {
		render(Flashcard, { card: date, revealed: true });
		expect(screen.getByText('4 March 1999')).toBeInTheDocument();
		expect(screen.getByText('The treaty ended a border dispute.')).toBeInTheDocument();
	});

	it('reveals a range of days whole, not just the first day its when holds', () => {
		render(Flashcard, { card: range, revealed: true });
		expect(screen.getByText('20–22 March 2023')).toBeInTheDocument();
		expect(screen.queryByText('20 March 2023')).toBeNull();
	});

	it('reveals list items one by one', async () => {
		const { rerender } = render(Flashcard, { card: list, revealed: false, itemsShown: 1 });
		expect(screen.getByText('no tariffs')).toBeInTheDocument();
		expect(screen.queryByText('no troops')).toBeNull();
		await rerender({ card: list, revealed: false, itemsShown: 2 });
		expect(screen.getByText('no troops')).toBeInTheDocument();
		expect(screen.queryByText('no tolls')).toBeNull();
		await rerender({ card: list, revealed: true, itemsShown: 2 });
		expect(screen.getByText('no tolls')).toBeInTheDocument();
	});

	it('a revealed list card without a note has no empty back under its items', () => {
		render(Flashcard, { card: list, revealed: true, itemsShown: 3 });
		expect(document.querySelector('.back')).toBeNull();
		render(Flashcard, { card: { ...list, note: 'Agreed in 1897.' }, revealed: true });
		expect(screen.getByText('Agreed in 1897.')).toBeInTheDocument();
	});
});
