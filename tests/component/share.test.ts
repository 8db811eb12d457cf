import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildClassTable, type ShareResult } from '$lib/share';
import ClassTable from '$lib/ui/share/ClassTable.svelte';
import CopyField from '$lib/ui/share/CopyField.svelte';
import NamePrompt from '$lib/ui/share/NamePrompt.svelte';

const HOSTILE = '<img src=x onerror=alert(1)>';

afterEach(() => vi.restoreAllMocks());

/** A user whose browser's clipboard is `writeText` (set after user-event puts in its own). */
function userWithClipboard(writeText: (text: string) => Promise<void>) {
	const user = userEvent.setup();
	Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
	return user;
}

describe('CopyField', () => {
	it('copies the value and says so', async () => {
		const writeText = vi.fn(async () => {});
		const user = userWithClipboard(writeText);
		render(CopyField, { label: 'Link to the round', value: 'https://example.org/play#v1' });
		await user.click(screen.getByRole('button', { name: 'Copy' }));
		expect(writeText).toHaveBeenCalledWith('https://example.org/play#v1');
		expect(screen.getByRole('status')).toHaveTextContent('Copied.');
	});

	it('selects the text and explains how to copy it when the browser refuses', async () => {
		const user = userWithClipboard(async () => {
			throw new DOMException('Write permission denied.', 'NotAllowedError');
		});
		render(CopyField, { label: 'Result code', value: 'R1-abc-12345678' });
		await user.click(screen.getByRole('button', { name: 'Copy' }));
		expect(screen.getByRole('status')).toHaveTextContent('did not allow copying');
		const field = screen.getByLabelText<HTMLTextAreaElement>('Result code');
		expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe('R1-abc-12345678');
	});
});

describe('NamePrompt', () => {
	it('asks again for a name made only of spaces, and starts with a cleaned name', async () => {
		const onstart = vi.fn();
		render(NamePrompt, { description: ['Quiz round'], initialName: '', onstart });
		const user = userEvent.setup();
		await user.type(screen.getByLabelText(/Your name/), '   ');
		await user.click(screen.getByRole('button', { name: 'Start' }));
		expect(onstart).not.toHaveBeenCalled();
		expect(screen.getByText('Type the name your teacher will see.')).toBeInTheDocument();
		await user.type(screen.getByLabelText(/Your name/), ' Ana   Lee ');
		await user.click(screen.getByRole('button', { name: 'Start' }));
		expect(onstart).toHaveBeenCalledWith('Ana Lee');
	});
});

describe('ClassTable', () => {
	it('shows a hostile student name as text', () => {
		const result: ShareResult = {
			name: HOSTILE,
			roundId: 'abc',
			score: 1200,
			correct: 1,
			total: 2,
			answers: [
				{ correct: true, given: 0, elapsedMs: 2000 },
				{ correct: false, given: 1, elapsedMs: 4000 }
			]
		};
		const { container } = render(ClassTable, { table: buildClassTable([result]) });
		expect(screen.getByRole('rowheader', { name: HOSTILE })).toBeInTheDocument();
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByRole('row', { name: /1 \/ 2/ })).toHaveTextContent('3.0 s');
		expect(screen.getByText('Question 2').parentElement).toHaveTextContent('0% right (0 of 1)');
	});
});
