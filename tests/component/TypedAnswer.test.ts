import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Card } from '$lib/decks/schema';
import TypedAnswer from '../../src/routes/review/TypedAnswer.svelte';

const card: Card = {
	id: 'people-ruritania-envoy',
	kind: 'person',
	prompt: 'Who was Ruritania’s first envoy to Freedonia?',
	answer: 'Nguyễn Văn Bình',
	accept: ['Binh'],
	source: { doc: 'test.txt', section: '', excerpt: 'Nguyễn Văn Bình was the first envoy.' }
};

async function typeAndCheck(text: string) {
	const onchecked = vi.fn();
	render(TypedAnswer, { card, onchecked });
	const user = userEvent.setup();
	await user.type(screen.getByLabelText('Your answer'), text);
	await user.keyboard('{Enter}');
	return onchecked;
}

describe('TypedAnswer', () => {
	it('accepts the answer without accents, capitals, punctuation or spaces', async () => {
		const onchecked = await typeAndCheck('nguyen-van  binh!');
		expect(onchecked).toHaveBeenCalledWith('correct', 'nguyen-van  binh!');
		expect(screen.getByRole('status')).toHaveTextContent('Correct');
	});

	it('accepts an alternative answer from the card’s accept list', async () => {
		expect(await typeAndCheck('BINH')).toHaveBeenCalledWith('correct', 'BINH');
	});

	it('calls a one-letter typo almost right, and shows what was typed', async () => {
		expect(await typeAndCheck('Nguyen Van Bnh')).toHaveBeenCalledWith('close', 'Nguyen Van Bnh');
		expect(screen.getByRole('status')).toHaveTextContent('Almost');
		expect(screen.getByRole('status')).toHaveTextContent('you wrote “Nguyen Van Bnh”');
	});

	it('marks a different answer wrong and locks the field', async () => {
		expect(await typeAndCheck('Ma Ying-jeou')).toHaveBeenCalledWith('wrong', 'Ma Ying-jeou');
		expect(screen.getByRole('status')).toHaveTextContent('Not quite');
		expect(screen.getByLabelText('Your answer')).toHaveAttribute('readonly');
		expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();
	});

	it('shows typed text as text, never as markup', async () => {
		await typeAndCheck('<img src=x onerror=alert(1)>');
		expect(document.querySelector('img')).toBeNull();
		expect(screen.getByRole('status')).toHaveTextContent('<img src=x onerror=alert(1)>');
	});
});
