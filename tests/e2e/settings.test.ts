import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { newCount, openReview, revealAnswer } from './helpers';

async function rateCards(page: Page, n: number) {
	await openReview(page);
	for (let i = 0; i < n; i++) {
		await revealAnswer(page);
		await page.keyboard.press('4');
		await expect.poll(() => newCount(page)).toBe(20 - i - 1);
	}
}

const saved = (page: Page) => page.getByRole('status').first();

test('export, reset and import: progress comes back whole, and a corrupt file changes nothing', async ({
	page
}) => {
	await rateCards(page, 3);

	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.json$/);
	const backup = readFileSync((await download.path())!, 'utf8');
	await expect(saved(page)).toHaveText(`Downloaded ${download.suggestedFilename()}.`);

	// A file that is not a backup is refused with its reason, and nothing changes.
	const file = page.getByLabel('Import progress…');
	await file.setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"cards": [1, 2')
	});
	await expect(page.getByRole('alert')).toContainText('notes.json cannot be imported:');
	await expect(page.getByRole('alert')).toContainText('Your progress is unchanged.');
	await openReview(page);
	expect(await newCount(page)).toBe(17);

	// Reset asks first, naming what would be lost; "Keep it" keeps it.
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Reset all progress…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
	await expect(dialog).toContainText('the schedule of the 3 cards you have started');
	await expectNoAxeViolations(page);
	await dialog.getByRole('button', { name: 'Keep it' }).click();
	await expect(dialog).toBeHidden();
	await openReview(page);
	expect(await newCount(page)).toBe(17);

	await page.goto('/settings');
	await page.getByRole('button', { name: 'Reset all progress…' }).click();
	await dialog.getByRole('button', { name: 'Delete my progress' }).click();
	await expect(saved(page)).toHaveText('All progress was reset.');
	await openReview(page);
	expect(await newCount(page)).toBe(20);

	// The real backup: a summary first, then it replaces the (empty) progress.
	await page.goto('/settings');
	await page.getByLabel('Import progress…').setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	const confirm = page.getByRole('region', { name: 'Confirm import' });
	await expect(confirm).toContainText('3 cards');
	await expectNoAxeViolations(page);
	await confirm.getByRole('button', { name: 'Replace my progress' }).click();
	await expect(confirm).toBeHidden();
	await openReview(page);
	expect(await newCount(page)).toBe(17);
});

test('typed answers: a setting kept after a reload; the answer is compared and a rating suggested', async ({
	page
}) => {
	await page.goto('/settings');
	await page.getByLabel('Type the answer before seeing it').check();
	await expect(saved(page)).toHaveText('Saved.');
	await page.reload();
	await expect(page.getByLabel('Type the answer before seeing it')).toBeChecked();

	await openReview(page);
	const answer = page.getByLabel('Your answer');
	await expect(answer).toBeFocused();
	await page.keyboard.type('something else entirely');
	await page.keyboard.press('Enter');
	await expect(page.getByText('you wrote “something else entirely”')).toBeVisible();
	// A wrong answer suggests Again; the student may still choose another rating.
	const again = page.getByRole('button', { name: /^Again, next in/ });
	await expect(again).toHaveClass(/suggested/);
	await expectNoAxeViolations(page);
	await page.keyboard.press('3');
	await expect.poll(() => newCount(page)).toBe(19);

	// Esc leaves the next card's field: Z then undoes, and Space shows the answer untyped.
	await expect(answer).toBeFocused();
	await expect(page.getByText('Esc leaves the field')).toBeVisible();
	await page.keyboard.press('Escape');
	await page.keyboard.press('z');
	await expect.poll(() => newCount(page)).toBe(20);
	await page.keyboard.press('Escape');
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^Good, next in/ })).toBeVisible();
});

test('a daily limit that is empty or not a whole number is refused, says why, and saves nothing', async ({
	page
}) => {
	await page.goto('/settings');
	const field = page.getByLabel('New cards a day');
	await expect(field).toHaveValue('20');
	for (const text of ['', '25.5', '-3']) {
		await field.fill(text);
		await field.press('Tab');
		await expect(field).toHaveAccessibleDescription(
			'New cards a day: enter a whole number from 0 to 9999.'
		);
		await expect(field).toHaveAttribute('aria-invalid', 'true');
	}
	await expectNoAxeViolations(page);
	await page.reload();
	await expect(field).toHaveValue('20');

	await field.fill('12');
	await field.press('Tab');
	await expect(saved(page)).toHaveText('Saved.');
	await expect(field).not.toHaveAttribute('aria-invalid');
	await page.reload();
	await expect(field).toHaveValue('12');
});
