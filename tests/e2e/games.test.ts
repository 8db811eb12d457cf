import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';

test('a full quiz round by keyboard: the end screen matches the answers given', async ({
	page
}) => {
	await page.goto('/quiz/dates');
	await page.getByLabel('Time per question').selectOption('none');
	await page.getByLabel('Questions').fill('5');
	await page.getByLabel('Questions').press('Enter');

	let right = 0;
	let points = 0;
	for (let i = 0; i < 5; i++) {
		await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		await expectNoAxeViolationsOnce(page, i === 0);
		await page.keyboard.press(String((i % 4) + 1));
		const verdict = page.locator('.verdict');
		await expect(verdict).toBeVisible();
		const text = (await verdict.textContent()) ?? '';
		if (text.includes('Right')) {
			right++;
			points += Number(text.match(/\+(\d+)/)?.[1]);
		}
		await page.keyboard.press('Enter');
	}

	const end = page.getByRole('region', { name: 'Round over' });
	await expect(end).toBeVisible();
	await expect(end.getByText(`${right} / 5`)).toBeVisible();
	await expect(end.locator('dd').first()).toHaveText(String(points));
	await expect(end.locator('.misses li')).toHaveCount(5 - right);
	await expectNoAxeViolations(page);

	if (right < 5) {
		await end.locator('.misses li').first().getByRole('button').focus();
		await page.keyboard.press('a');
		await expect(end.getByRole('button', { name: 'In today’s review ✓' })).toHaveCount(1);
	}
});

async function expectNoAxeViolationsOnce(page: Page, run: boolean) {
	if (run) await expectNoAxeViolations(page);
}

/** A round of 5 questions with 5 s each, on a clock the test moves by hand. */
async function startTimedQuiz(page: Page) {
	await page.clock.install();
	await page.goto('/quiz/figures');
	await page.getByLabel('Questions').fill('5');
	await page.getByLabel('Time per question').selectOption('5');
	await page.getByRole('button', { name: 'Start the round' }).click();
	await expect(page.getByRole('progressbar', { name: 'Time left' })).toBeVisible();
}

test('time running out counts as a wrong answer', async ({ page }) => {
	await startTimedQuiz(page);
	await page.clock.runFor(6000);
	await expect(page.getByText('Time is up.')).toBeVisible();
	await expect(page.getByText('0 right')).toBeVisible();
});

test('a paused question never runs out of time, and resumes where it stopped (WCAG 2.2.1)', async ({
	page
}) => {
	await startTimedQuiz(page);
	await page.clock.runFor(2000);
	// P with an option focused: the option is disabled, and the Resume button takes the focus.
	await page.locator('.options button').first().focus();
	await page.keyboard.press('p');
	await expect(page.getByText('Paused. Press P')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Resume/ })).toBeFocused();
	await page.clock.runFor(60_000);
	await expect(page.getByText('Time is up.')).toHaveCount(0);
	await page.keyboard.press('p');
	await expect(page.getByRole('progressbar', { name: 'Time left' })).toBeVisible();
	// About 3 of the 5 seconds were left when the round was paused.
	await page.clock.runFor(2000);
	await expect(page.getByText('Time is up.')).toHaveCount(0);
	await page.clock.runFor(1500);
	await expect(page.getByText('Time is up.')).toBeVisible();
});

test('a reload does not give a timed question its time back', async ({ page }) => {
	await startTimedQuiz(page);
	const question = await page.locator('.question h2').textContent();
	await page.clock.runFor(3000);
	await page.reload();
	await expect(page.locator('.question h2')).toHaveText(question ?? '');
	// Read once, not waited for: the page's clock also runs on by itself.
	const timeLeft = page.getByRole('progressbar', { name: 'Time left' });
	await expect(timeLeft).toBeVisible();
	expect(Number(await timeLeft.getAttribute('aria-valuenow'))).toBeLessThanOrEqual(2);
	await page.clock.runFor(2500);
	await expect(page.getByText('Time is up.')).toBeVisible();
});

test('a question paused before a reload is still paused after it, with its time left', async ({
	page
}) => {
	await startTimedQuiz(page);
	await page.clock.runFor(1000);
	await page.keyboard.press('p');
	await expect(page.getByText('Paused. Press P')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Paused. Press P')).toBeVisible();
	await page.clock.runFor(60_000);
	await page.getByRole('button', { name: /^Resume/ }).click();
	await expect(page.getByRole('progressbar', { name: 'Time left' })).toHaveAttribute(
		'aria-valuenow',
		'4'
	);
});

test('a match board’s clock goes on through a reload', async ({ page }) => {
	await page.clock.install();
	await page.goto('/match/quotes');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.runFor(12_000);
	await expect(page.locator('.time')).toHaveText('0:12');
	await page.reload();
	await expect(page.locator('.time')).toHaveText(/^0:1[2-3]$/);
});

test('a match board is finished with the keyboard alone', async ({ page }) => {
	await page.goto('/match/quotes');
	await page.getByRole('button', { name: 'Start' }).click();
	const left = page.getByRole('list', { name: 'Match these' }).getByRole('button');
	const right = page.getByRole('list', { name: 'with these' }).getByRole('button');
	await expect(left.first()).toBeFocused();
	const pairs = await left.count();
	expect(pairs).toBeGreaterThanOrEqual(3);
	await expectNoAxeViolations(page);

	for (let done = 0; done < pairs; done++) {
		// Try the first left item against each right item until it pairs.
		for (let r = 0; r < pairs - done; r++) {
			await left.first().focus();
			await page.keyboard.press('Enter');
			await right.nth(r).focus();
			await page.keyboard.press('Enter');
			if ((await left.count()) === pairs - done - 1) break;
		}
	}
	await expect(page.getByRole('heading', { name: /Board cleared in/ })).toBeVisible();
	await expect(page.getByRole('region', { name: /Board cleared in/ })).toBeFocused();
	await expectNoAxeViolations(page);
});

test('a timeline is put in order with the keyboard and scores every pair', async ({ page }) => {
	await page.goto('/timeline');
	await page.getByRole('button', { name: 'Start' }).click();
	const events = page.locator('[aria-roledescription="movable event"]');
	await expect(events).toHaveCount(6);
	await expect(events.first()).toBeFocused();
	await expectNoAxeViolations(page);

	// The saved round lists its events in their true order (the texts are statements made from
	// the cards' questions, so they are read from the round, not looked up among the cards).
	const saved = await page.evaluate(() => sessionStorage.getItem('xi-cards:round:timeline'));
	const target = (
		JSON.parse(saved ?? '{}') as { round: { events: { text: string }[] } }
	).round.events.map((e) => e.text);
	expect(target).toHaveLength(6);
	expect(target.every((t) => !t.endsWith('?'))).toBe(true);

	// Selection sort with Alt+↑: bring each event up to its place.
	for (let place = 0; place < target.length; place++) {
		const current = (await events.allTextContents()).map((t) => t.trim());
		let at = current.indexOf(target[place]!);
		await events.nth(at).focus();
		while (at > place) {
			await page.keyboard.press('Alt+ArrowUp');
			at--;
		}
	}
	await page.getByRole('button', { name: 'Check my order' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'pairs in the right order' })).toHaveText(
		/15 of 15 pairs/
	);
	// The score takes the focus from the button that went away; a new round is one Tab on.
	await expect(
		page.getByRole('status').filter({ hasText: 'pairs in the right order' })
	).toBeFocused();
	await expect(page.getByText('New personal best!')).toBeVisible();
	await page.getByRole('button', { name: 'New timeline' }).click();
	await expect(page.getByRole('button', { name: 'Check my order' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('Escape in an untimed quiz leaves the question playable (there is no clock to pause)', async ({
	page
}) => {
	await page.goto('/quiz/figures');
	await page.getByLabel('Time per question').selectOption('none');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of')).toBeVisible();
	// The question has the focus once Start is gone, so the keys answer at once.
	await expect(
		page.getByRole('article').filter({ has: page.locator('#quiz-prompt') })
	).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('.options button').first()).toBeEnabled();
	await page.keyboard.press('1');
	await expect(page.locator('.verdict')).toBeVisible();
});
