import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import RatingBar from '../../src/routes/review/RatingBar.svelte';

const intervals = { again: '<1m', hard: '10m', good: '4d', easy: '2.1mo' };

describe('RatingBar', () => {
	it('labels the four buttons Again, Hard, Good, Easy with when each card comes back, in words', () => {
		render(RatingBar, { intervals, onrate: vi.fn() });
		const buttons = screen.getAllByRole('button');
		expect(buttons).toHaveLength(4);
		// On screen, the short form.
		expect(buttons[1]).toHaveTextContent('10m');
		expect(buttons[0]).toHaveAccessibleName('Again, next in less than a minute');
		expect(buttons[1]).toHaveAccessibleName('Hard, next in 10 minutes');
		expect(buttons[2]).toHaveAccessibleName('Good, next in 4 days');
		expect(buttons[3]).toHaveAccessibleName('Easy, next in 2.1 months');
	});

	it('rates with keys 1 to 4, in that order (Again is 1, Easy is 4)', async () => {
		const onrate = vi.fn();
		render(RatingBar, { intervals, onrate });
		const user = userEvent.setup();
		await user.keyboard('1');
		await user.keyboard('4');
		await user.keyboard('3');
		expect(onrate.mock.calls).toEqual([['again'], ['easy'], ['good']]);
	});

	it('rates on click', async () => {
		const onrate = vi.fn();
		render(RatingBar, { intervals, onrate });
		await userEvent.setup().click(screen.getByRole('button', { name: /Hard/ }));
		expect(onrate).toHaveBeenCalledWith('hard');
	});

	it('ignores keys while inactive and while typing in a field', async () => {
		const onrate = vi.fn();
		const { rerender } = render(RatingBar, { intervals, onrate, active: false });
		const user = userEvent.setup();
		await user.keyboard('3');
		expect(onrate).not.toHaveBeenCalled();
		expect(screen.getByRole('button', { name: /Good/ })).toBeDisabled();

		await rerender({ intervals, onrate, active: true });
		const input = document.createElement('input');
		document.body.append(input);
		input.focus();
		await user.keyboard('2');
		expect(onrate).not.toHaveBeenCalled();
	});

	it('a suggested rating is marked and takes the focus: Enter accepts it', async () => {
		const onrate = vi.fn();
		render(RatingBar, { intervals, onrate, suggested: 'hard' });
		const hard = screen.getByRole('button', { name: /Hard/ });
		expect(hard).toHaveClass('suggested');
		expect(hard).toHaveFocus();
		await userEvent.setup().keyboard('{Enter}');
		expect(onrate).toHaveBeenCalledWith('hard');
	});
});
