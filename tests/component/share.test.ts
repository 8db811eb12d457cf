import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Card, CardKind, Deck } from '$lib/decks/schema';
import { buildClassTable } from '$lib/share/class-table';
import { decodeShareLink, type SharePayloadInput } from '$lib/share/link';
import type { ShareResult } from '$lib/share/results';
import CardWriter from '../../src/routes/decks/new/CardWriter.svelte';
import ClassTable from '../../src/routes/class/ClassTable.svelte';
import CopyField from '$lib/ui/share/CopyField.svelte';
import DeckFileImport from '../../src/routes/decks/new/DeckFileImport.svelte';
import DraftCards from '../../src/routes/decks/new/DraftCards.svelte';
import NamePrompt from '../../src/routes/play/NamePrompt.svelte';
import ShareDialog from '$lib/ui/share/ShareDialog.svelte';

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

const written = (id: string, prompt: string, answer: string, kind: CardKind = 'custom'): Card => ({
	id,
	kind,
	prompt,
	answer,
	source: { doc: 'Written by the teacher', section: '', excerpt: 'Written by the teacher' }
});

describe('DraftCards', () => {
	/** The deck editor as the page holds it: removing a card re-renders the list without it. */
	function editor(count: number) {
		// The page binds a $state array; a plain one makes Svelte warn that editing a card's text
		// would not update it, which removing cards does not rely on.
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		let cards = Array.from({ length: count }, (_, i) =>
			written(`c-${i}`, `Q${i + 1}`, `A${i + 1}`)
		);
		const heading = document.createElement('h2');
		heading.tabIndex = -1;
		document.body.append(heading);
		const view = render(DraftCards, {
			cards,
			emptied: () => heading,
			onremove: (index: number) => {
				cards = cards.filter((_, j) => j !== index);
				void view.rerender({ cards });
			}
		});
		return { heading };
	}

	it('moves the focus to the card that takes the removed one’s place, then up, then to the heading', async () => {
		const user = userEvent.setup();
		const { heading } = editor(3);
		screen.getByRole('button', { name: 'Remove card 2' }).focus();
		await user.keyboard('{Enter}');
		expect(screen.queryByDisplayValue('Q2')).toBeNull();
		// The third card is now the second, and has the focus.
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove card 2' }));
		expect(screen.getByLabelText('Question 2')).toHaveValue('Q3');
		await user.keyboard('{Enter}');
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove card 1' }));
		await user.keyboard('{Enter}');
		expect(screen.getByText(/No cards yet/)).toBeInTheDocument();
		expect(document.activeElement).toBe(heading);
		heading.remove();
	});
});

describe('CardWriter', () => {
	it('shows a half-written card it is given, and after adding clears the text but keeps the kind', async () => {
		const user = userEvent.setup();
		const onadd = vi.fn();
		render(CardWriter, {
			onadd,
			fields: { prompt: 'When was the BRI announced?', answer: '', kind: 'date', sourceText: '' }
		});
		expect(screen.getByLabelText('Question')).toHaveValue('When was the BRI announced?');
		await user.type(screen.getByLabelText('Answer'), 'September 2013');
		await user.click(screen.getByRole('button', { name: 'Add the card' }));
		expect(onadd).toHaveBeenCalledWith(
			expect.objectContaining({
				prompt: 'When was the BRI announced?',
				answer: 'September 2013',
				kind: 'date'
			})
		);
		expect(screen.getByLabelText('Question')).toHaveValue('');
		expect(screen.getByLabelText('Answer')).toHaveValue('');
		expect(screen.getByLabelText(/^Kind/)).toHaveValue('date');
		expect(document.activeElement).toBe(screen.getByLabelText('Question'));
	});
});

describe('DeckFileImport', () => {
	async function upload(name: string, text: string) {
		const onimport = vi.fn();
		render(DeckFileImport, { onimport });
		await userEvent.setup().upload(screen.getByLabelText(/A deck file/), new File([text], name));
		await vi.waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement());
		return { onimport, status: screen.getByRole('status') };
	}

	it('says an empty file is empty', async () => {
		const { onimport, status } = await upload('set.txt', '\n');
		expect(status).toHaveTextContent('The file is empty. Nothing was imported.');
		expect(onimport).not.toHaveBeenCalled();
	});

	it('imports a spreadsheet’s cards without its line of column names', async () => {
		const { onimport, status } = await upload(
			'set.csv',
			'Question,Answer\nSCO,Shanghai Cooperation Organisation\nBRI,Belt and Road Initiative\n'
		);
		expect(status).toHaveTextContent('Imported 2 cards from “set.csv”.');
		const deck = onimport.mock.calls[0]?.[0] as { cards: Card[] };
		expect(deck.cards.map((c) => c.prompt)).toEqual(['SCO', 'BRI']);
	});
});

describe('ShareDialog', () => {
	beforeAll(() => {
		// jsdom has no modal dialogs: opening one just marks it open.
		HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
			this.open = true;
		};
	});

	const deck = (cards: Card[]): Deck => ({
		id: 'lesson',
		title: HOSTILE,
		description: 'A custom deck',
		cards
	});
	const quiz = (cards: Card[]): SharePayloadInput => ({
		mode: 'quiz',
		source: { kind: 'custom', deck: deck(cards) },
		seed: 'abc',
		settings: {}
	});
	const described = () => screen.getAllByRole('listitem').map((li) => li.textContent);
	const link = () => (screen.getByLabelText('Link to the round') as HTMLTextAreaElement).value;

	it('describes a small custom deck’s quiz as the questions it really asks, and plays the settings chosen', async () => {
		const user = userEvent.setup();
		const three = [1, 2, 3].map((i) => written(`c-${i}`, `Question ${i}?`, `Answer ${i}`));
		const { container } = render(ShareDialog, { payload: quiz(three), onclose: () => {} });
		expect(described()).toContain('Quiz round, 3 questions, 20 s each, multiple choice');
		expect(described()).toContain(`Custom deck: ${HOSTILE} (3 cards)`);
		expect(container.querySelector('img')).toBeNull();

		const before = link();
		await user.selectOptions(screen.getByLabelText('Time per question'), 'Untimed');
		await user.click(screen.getByLabelText('Typed'));
		expect(described()).toContain('Quiz round, 3 questions, no time limit, typed answers');
		expect(link()).not.toBe(before);
		const decoded = decodeShareLink(link());
		expect(decoded.ok && decoded.payload.settings).toMatchObject({
			seconds: null,
			answerMode: 'typed'
		});
	});

	it('offers only the question counts the deck can give', async () => {
		const user = userEvent.setup();
		const twelve = Array.from({ length: 12 }, (_, i) => written(`c-${i}`, `Q${i}?`, `A${i}`));
		render(ShareDialog, { payload: quiz(twelve), onclose: () => {} });
		const questions = screen.getByLabelText('Questions');
		expect(
			within(questions)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['5', '10', '12']);
		expect(questions).toHaveValue('10');
		await user.selectOptions(questions, '12');
		expect(described()).toContain('Quiz round, 12 questions, 20 s each, multiple choice');
	});

	it('offers no multiple choice when no card has another of its kind, and says why', () => {
		const mixed = [
			written('a', 'When?', '2013', 'date'),
			written('b', 'Who?', 'Xi Jinping', 'person')
		];
		render(ShareDialog, { payload: quiz(mixed), onclose: () => {} });
		expect(screen.getByLabelText('Multiple choice')).toBeDisabled();
		expect(screen.getByLabelText('Typed')).toBeChecked();
		expect(screen.getByText(/Multiple choice needs two cards of one kind/)).toBeInTheDocument();
		expect(described()).toContain('Quiz round, 2 questions, 20 s each, typed answers');
	});
});
