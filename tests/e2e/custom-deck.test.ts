import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';

// A teacher making a deck on /decks/new: the work survives leaving the page, messages say what
// happened in plain words, the focus never drops, and the shared quiz is the one described.
test.describe.configure({ timeout: 60_000 });

const PHONE = { width: 360, height: 740 };

const CARDS: [string, string][] = [
	['When was the Belt and Road Initiative announced?', 'September 2013'],
	['Where did Xi first announce the Silk Road Economic Belt?', 'Astana'],
	['Which bank did China found in 2015 to fund infrastructure?', 'The AIIB']
];

async function writeCards(page: Page, cards: [string, string][]) {
	await page.getByText('Write a card', { exact: true }).click();
	for (const [prompt, answer] of cards) {
		await page.getByLabel('Question', { exact: true }).fill(prompt);
		await page.getByLabel('Answer', { exact: true }).fill(answer);
		await page.getByRole('button', { name: 'Add the card' }).click();
	}
}

const deckHeading = (page: Page) => page.getByRole('heading', { name: /^Your deck:/ });

async function noSidewaysScroll(page: Page) {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

const PASTED = 'On 7 September 2013, in Astana, Xi Jinping proposed the Silk Road Economic Belt.';

test('an unsaved deck comes back after playing it, going Back and reloading, until it is saved', async ({
	page
}) => {
	await page.goto('/decks/new');
	await page.getByLabel('Title of the deck').fill('Belt and Road');
	await writeCards(page, CARDS);
	await page.getByLabel('Question', { exact: true }).fill('A card not added yet');
	await expect(deckHeading(page)).toHaveText('Your deck: 3 cards');

	await page.getByRole('button', { name: 'Play a quiz' }).click();
	await expect(page.getByText('Custom deck: Belt and Road (3 cards)')).toBeVisible();
	await page.goBack();
	await expect(
		page.getByText('The deck you were making is back. It is not saved yet.')
	).toBeVisible();
	await expect(page.getByLabel('Title of the deck')).toHaveValue('Belt and Road');
	await expect(deckHeading(page)).toHaveText('Your deck: 3 cards');
	await expect(page.getByLabel('Answer 2')).toHaveValue('Astana');
	await expect(page.getByLabel('Question', { exact: true })).toHaveValue('A card not added yet');
	await expectNoAxeViolations(page);

	await page.getByLabel('Answer 2').fill('Astana, Kazakhstan');
	await page.getByText('Make cards from a text').click();
	await page.getByLabel('Text to make cards from').fill(PASTED);
	await page.reload();
	await expect(page.getByLabel('Answer 2')).toHaveValue('Astana, Kazakhstan');
	await expect(page.getByLabel('Text to make cards from')).toHaveValue(PASTED);
	await page.getByLabel('Text to make cards from').fill('');

	await page.getByLabel('Question', { exact: true }).fill('');
	await page.getByRole('button', { name: 'Save the deck' }).click();
	await expect(page.getByText('Saved “Belt and Road” with 3 cards.')).toBeVisible();
	await expect(page.getByText(/is back/)).toHaveCount(0);
	// A reload opens the saved deck for editing, with nothing said about unsaved work.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Edit a deck' })).toBeVisible();
	await expect(page.getByLabel('Answer 2')).toHaveValue('Astana, Kazakhstan');
	await expect(page.getByText(/is back|are back/)).toHaveCount(0);

	// Unsaved changes to the saved deck come back too, and can be thrown away.
	await page.getByLabel('Answer 1').fill('2013');
	await page.goto('/my-decks');
	await expect(page.getByText(/with unsaved changes/)).toBeVisible();
	await page.getByRole('link', { name: 'Edit', exact: true }).click();
	await expect(page.getByText('Your unsaved changes to this deck are back.')).toBeVisible();
	await expect(page.getByLabel('Answer 1')).toHaveValue('2013');
	await page.getByRole('button', { name: 'Go back to the saved deck' }).click();
	await expect(page.getByRole('button', { name: 'Keep the changes' })).toBeFocused();
	await page.getByRole('button', { name: 'Throw them away' }).click();
	await expect(page.getByLabel('Answer 1')).toHaveValue('September 2013');
	await expect(page.getByLabel('Title of the deck')).toBeFocused();
	await page.goto('/my-decks');
	await expect(page.getByRole('heading', { name: 'Belt and Road' })).toBeVisible();
	await expect(page.getByText(/unsaved/)).toHaveCount(0);
});

test('a restored deck can be thrown away for a new one', async ({ page }) => {
	await page.goto('/decks/new');
	await page.getByLabel('Title of the deck').fill('Draft to drop');
	await writeCards(page, CARDS.slice(0, 1));
	await page.goto('/my-decks');
	await expect(page.getByText('“Draft to drop” is not saved yet.')).toBeVisible();
	await page.getByRole('link', { name: 'Go on with it' }).click();
	await page.getByRole('button', { name: 'Start a new deck instead' }).click();
	await page.getByRole('button', { name: 'Throw it away' }).click();
	await expect(page.getByLabel('Title of the deck')).toHaveValue('');
	await expect(deckHeading(page)).toHaveText('Your deck: 0 cards');
	await page.reload();
	await expect(page.getByLabel('Title of the deck')).toHaveValue('');
	await expect(page.getByText(/is back/)).toHaveCount(0);
});

test('messages say what happened, and the focus stays in the deck after a removal', async ({
	page
}) => {
	await page.goto('/decks/new');
	// Every way of adding cards is one Tab away: none opens on sixty checkboxes.
	await page.getByLabel('Title of the deck').focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator('summary', { hasText: 'Write a card' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Question', { exact: true })).toBeVisible();

	await page.getByLabel('Title of the deck').fill('Messages');
	for (const [prompt, answer] of CARDS) {
		await page.getByLabel('Question', { exact: true }).fill(prompt);
		await page.getByLabel('Answer', { exact: true }).fill(answer);
		await page.getByRole('button', { name: 'Add the card' }).click();
	}
	const status = page.locator('p.message');
	await expect(status).toHaveText('1 card added. The deck has 3 cards.');

	await page.getByLabel('Answer 3').fill('');
	await page.getByRole('button', { name: 'Save the deck' }).click();
	await expect(status).toHaveText('Card 3: the answer is empty.');
	await expect(page.getByLabel('Answer 3')).toBeFocused();
	await page.getByLabel('Answer 3').fill('The AIIB');

	await page.getByRole('button', { name: 'Remove card 2' }).focus();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText('Card 2 removed. The deck has 2 cards.');
	// The card that was third is now second, and its button has the focus.
	await expect(page.getByLabel('Question 2')).toHaveValue(CARDS[2]![0]);
	await expect(page.getByRole('button', { name: 'Remove card 2' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Remove card 1' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText('Card 1 removed. The deck has 0 cards.');
	await expect(deckHeading(page)).toBeFocused();
	await expectNoAxeViolations(page);
});

test('an imported spreadsheet keeps its header out of the deck; an empty file says so', async ({
	page
}) => {
	await page.goto('/decks/new');
	await page.getByText('Import a deck file').click();
	const file = page.getByLabel(/A deck file/);
	await file.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') });
	await expect(page.getByText('The file is empty. Nothing was imported.')).toBeVisible();
	await file.setInputFiles({
		name: 'Quizlet set.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'Term,Definition\nSCO,Shanghai Cooperation Organisation\nAIIB,Asian Infrastructure Investment Bank\n'
		)
	});
	await expect(page.getByText('Imported 2 cards from “Quizlet set.csv”.')).toBeVisible();
	await expect(deckHeading(page)).toHaveText('Your deck: 2 cards');
	await expect(page.getByLabel('Question 1')).toHaveValue('SCO');
	await expect(page.getByLabel('Title of the deck')).toHaveValue('Quizlet set');
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: PHONE });

	test('the share dialog describes the quiz the class will play, with the settings chosen', async ({
		page,
		browser
	}) => {
		await page.goto('/decks/new');
		await page.getByLabel('Title of the deck').fill('Three cards');
		await writeCards(page, CARDS);
		await noSidewaysScroll(page);
		await page.getByRole('button', { name: 'Share with a class' }).click();
		const dialog = page.getByRole('dialog', { name: 'Share this round' });
		await expect(
			dialog.getByText('Quiz round, 3 questions, 20 s each, multiple choice')
		).toBeVisible();
		await dialog.getByLabel('Time per question').selectOption('Untimed');
		await dialog.getByLabel('Typed').check();
		await expect(
			dialog.getByText('Quiz round, 3 questions, no time limit, typed answers')
		).toBeVisible();
		await noSidewaysScroll(page);
		await expectNoAxeViolations(page);
		const link = await dialog.getByLabel('Link to the round').inputValue();

		const context = await browser.newContext({ viewport: PHONE });
		const student = await context.newPage();
		await student.goto(link);
		await student.getByLabel(/Your name/).fill('Ana');
		await student.getByRole('button', { name: 'Start' }).click();
		await expect(student.getByText('Question 1 of 3')).toBeVisible();
		await expect(student.getByLabel('Your answer')).toBeVisible();
		await context.close();
	});
});
