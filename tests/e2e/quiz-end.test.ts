import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';

/** A typed, untimed round of `questions`, every answer wrong: every card ends up missed. */
async function playAllWrong(page: Page, deck: string, questions = 5) {
	await page.goto(`/quiz/${deck}`);
	await page.getByLabel('Questions').fill(String(questions));
	await page.getByLabel('Time per question').selectOption('none');
	await page.getByRole('radio', { name: 'Typed' }).check();
	await page.getByRole('button', { name: 'Start the round' }).click();
	for (let i = 0; i < questions; i++) {
		await expect(page.getByText(`Question ${i + 1} of ${questions}`)).toBeVisible();
		await page.getByLabel('Your answer').fill('no idea at all');
		await page.getByLabel('Your answer').press('Enter');
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	const end = page.getByRole('region', { name: 'Round over' });
	await expect(end).toBeVisible();
	return end;
}

async function turnOnQuizCountsAsReview(page: Page) {
	await page.goto('/settings');
	const box = page.getByLabel('Quiz answers count as reviews');
	await box.check();
	await expect(page.getByRole('status').first()).toHaveText('Saved.');
}

test('A adds every missed card to today’s review, says how many, and Z takes them back', async ({
	page
}) => {
	const end = await playAllWrong(page, 'people');
	await expect(end.getByText('Your answers were not saved as reviews')).toBeVisible();
	await expect(end.getByText(/or elsewhere to add all 5 cards/)).toBeVisible();
	await expect(
		end.getByRole('button', { name: 'Add all 5 cards to today’s review' })
	).toBeVisible();
	await expectNoAxeViolations(page);

	await page.keyboard.press('a');
	await expect(end.getByRole('status')).toHaveText('5 cards added to today’s review.');
	await expect(end.getByRole('button', { name: 'In today’s review ✓' })).toHaveCount(5);
	await expect(end.getByRole('button', { name: 'Undo' })).toBeFocused();
	await expectNoAxeViolations(page);

	await page.keyboard.press('z');
	await expect(end.getByRole('status')).toHaveText(
		'Undone: 5 cards taken back out of today’s review.'
	);
	await expect(end.getByRole('button', { name: 'Add to today’s review' })).toHaveCount(5);

	// One card on its own is named, never “1 cards”.
	await end.locator('.misses li').first().getByRole('button').click();
	await expect(end.getByRole('status')).toHaveText(/^Added to today’s review: \S/);
	await expect(page.locator('body')).not.toContainText('1 cards');
	await expect(
		end.getByRole('button', { name: 'Add the other 4 cards to today’s review' })
	).toBeVisible();
});

test('with quiz answers counting as reviews, the end and quit screens say they were saved', async ({
	page
}) => {
	await turnOnQuizCountsAsReview(page);
	const end = await playAllWrong(page, 'people');
	await expect(end).toContainText(
		'Your answers were saved as reviews, as Settings asks (“Quiz answers count as reviews”): the cards you missed come back in today’s review.'
	);
	await expect(end.getByRole('button', { name: /Add/ })).toHaveCount(0);

	// Quitting part-way says what was kept.
	await page.getByRole('button', { name: 'Change settings' }).click();
	await page.getByRole('button', { name: 'Start the round' }).click();
	await page.getByLabel('Your answer').fill('no idea at all');
	await page.getByLabel('Your answer').press('Enter');
	await page.getByRole('button', { name: 'Quit round' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Round ended.' })).toHaveText(
		'Round ended. Your answer was saved as a review (“Quiz answers count as reviews” is on in Settings); nothing else from the round was saved.'
	);
});

test('quitting with the setting off says nothing was saved', async ({ page }) => {
	await page.goto('/quiz/people');
	await page.getByRole('radio', { name: 'Typed' }).check();
	await page.getByRole('button', { name: 'Start the round' }).click();
	await page.getByLabel('Your answer').fill('no idea at all');
	await page.getByLabel('Your answer').press('Enter');
	await page.getByRole('button', { name: 'Quit round' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Round ended.' })).toHaveText(
		'Round ended. Nothing from it was saved to your progress.'
	);
});

test('a personal best is kept per kind of round: a long round does not set the best of a short one', async ({
	page
}) => {
	await page.goto('/quiz/figures');
	await page.getByLabel('Questions').fill('5');
	await page.getByLabel('Time per question').selectOption('none');
	await page.getByRole('button', { name: 'Start the round' }).click();
	// Multiple choice: keep answering until one is right, so the round scores.
	for (let i = 0; i < 5; i++) {
		await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		await page.keyboard.press('1');
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	const end = page.getByRole('region', { name: 'Round over' });
	await expect(end).toBeVisible();
	const score = Number(await end.locator('dd').first().textContent());
	if (score > 0) {
		await expect(end.getByText('New personal best for 5 questions, no time limit')).toBeVisible();
		await expect(
			page.getByText(`Your best for 5 questions, no time limit, multiple choice: ${score} points`)
		).toBeVisible();
	}
	// Another length is another kind of round, with no best yet.
	await page.getByRole('button', { name: 'Change settings' }).click();
	await page.getByLabel('Questions').fill('15');
	await page.getByRole('button', { name: 'Start the round' }).click();
	await expect(page.getByText('Question 1 of 15')).toBeVisible();
	await expect(page.getByText(/Your best for 15 questions/)).toHaveCount(0);
});
