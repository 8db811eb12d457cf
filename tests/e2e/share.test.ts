import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';

// Each test drives two or three browsers through whole rounds, with axe on every screen.
test.describe.configure({ timeout: 90_000 });

const HOSTILE = '<img src=x onerror=window.__pwned=1>';

/** The teacher's link, made through the quiz page: settings, Share, the dialog's text field. */
async function teacherQuizLink(page: Page): Promise<string> {
	await page.goto('/quiz/dates');
	await page.getByLabel('Questions').fill('5');
	await page.getByLabel('Time per question').selectOption('none');
	await page.getByRole('button', { name: 'Share with a class' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this round' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByText('Quiz round, 5 questions, no time limit')).toBeVisible();
	await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
	return dialog.getByLabel('Link to the round').inputValue();
}

/** Opens a shared link in a fresh browser context (its own storage), as a named student. */
async function student(browser: Browser, link: string, name: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByLabel(/Your name/).fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	return { context, page };
}

async function firstQuestion(page: Page) {
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	return {
		prompt: await page.locator('#quiz-prompt').textContent(),
		options: await page.locator('.options button').allTextContents()
	};
}

/** Everything this origin keeps: IndexedDB (every database and store) and localStorage. */
async function savedState(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const dump: Record<string, unknown> = { local: { ...localStorage } };
		for (const info of await indexedDB.databases()) {
			const name = info.name as string;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of Array.from(db.objectStoreNames)) {
				const all = db.transaction(store).objectStore(store).getAll();
				dump[`${name}/${store}`] = await new Promise((resolve) => {
					all.onsuccess = () => resolve(all.result);
				});
			}
			db.close();
		}
		return JSON.stringify(dump);
	});
}

test('a student opens the teacher’s quiz link, gets the same round, and the teacher sees the result', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const link = await teacherQuizLink(teacher);
	expect(link).toMatch(/\/play#v1\.quiz\./);
	await expectNoAxeViolations(teacher);

	const ana = await student(browser, link, 'Ana');
	const ben = await student(browser, link, 'Ben');
	const anaFirst = await firstQuestion(ana.page);
	expect(anaFirst.options).toHaveLength(4);
	expect(await firstQuestion(ben.page)).toEqual(anaFirst);
	await expectNoAxeViolations(ana.page);

	for (let i = 0; i < 5; i++) {
		await expect(ana.page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		await ana.page.keyboard.press(String((i % 4) + 1));
		await expect(ana.page.locator('.verdict')).toBeVisible();
		await ana.page.keyboard.press('Enter');
	}
	const end = ana.page.getByRole('region', { name: 'Round over' });
	await expect(end).toBeVisible();
	const correct = (await end.locator('dd').nth(1).textContent())?.trim();
	const code = await end.getByLabel('Result code').inputValue();
	expect(code).toMatch(/^R1-/);
	await expect(end.getByLabel('Result link')).toHaveValue(/\/class#r=R1-/);
	await expectNoAxeViolations(ana.page);

	await teacher.goto('/class');
	await teacher.getByLabel('Result codes or result links').fill(code);
	await teacher.getByRole('button', { name: 'Add' }).click();
	const row = teacher.getByRole('row', { name: /Ana/ });
	await expect(row).toBeVisible();
	await expect(row).toContainText(correct ?? 'missing');
	await expectNoAxeViolations(teacher);

	// The class list is kept until the teacher clears it.
	await teacher.reload();
	await expect(teacher.getByRole('row', { name: /Ana/ })).toBeVisible();
	await teacher.getByRole('button', { name: 'Clear the class list' }).click();
	await teacher.getByRole('button', { name: 'Clear them' }).click();
	await expect(teacher.getByRole('row', { name: /Ana/ })).toHaveCount(0);
	await teacher.reload();
	await expect(teacher.getByLabel('Result codes or result links')).toBeVisible();
	await expect(teacher.getByRole('row', { name: /Ana/ })).toHaveCount(0);

	for (const c of [teacherContext, ana.context, ben.context]) await c.close();
});

test('a result link opens the class page with the student in it; a mistyped code is caught', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const link = await teacherQuizLink(teacher);
	const ana = await student(browser, link, 'Ana');
	for (let i = 0; i < 5; i++) {
		// Each key waits for what it answers: the player loads after Start, on a busy machine later.
		await expect(ana.page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		await ana.page.keyboard.press('1');
		await expect(ana.page.locator('.verdict')).toBeVisible();
		await ana.page.keyboard.press('Enter');
	}
	const resultLink = await ana.page.getByLabel('Result link').inputValue();
	const code = await ana.page.getByLabel('Result code').inputValue();

	await teacher.goto(resultLink);
	await expect(teacher.getByRole('row', { name: /Ana/ })).toBeVisible();
	await expect(teacher).toHaveURL(/\/class$/);

	const last = code.at(-1) === '0' ? '1' : '0';
	await teacher.getByLabel('Result codes or result links').fill(code.slice(0, -1) + last);
	await teacher.getByRole('button', { name: 'Add' }).click();
	const errors = teacher.getByRole('region', { name: 'Codes that could not be read' });
	await expect(errors).toContainText('typo');
	await expect(errors).toContainText('check characters');
	await expect(teacher.getByRole('row', { name: /Ana/ })).toHaveCount(1);

	await teacherContext.close();
	await ana.context.close();
});

test('a broken link shows why and changes nothing saved; a second link in the same tab opens', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const link = await teacherQuizLink(await teacherContext.newPage());
	await teacherContext.close();

	const context = await browser.newContext();
	const page = await context.newPage();
	// Some saved state first: a custom deck and a remembered name.
	await page.goto('/decks/new');
	await page.getByLabel('Title of the deck').fill('Kept deck');
	await page.getByText('Pick cards from the app’s decks', { exact: true }).click();
	await page.getByLabel('Search the app’s cards').fill('Taiwan');
	await page.getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Save the deck' }).click();
	await expect(page.getByText('Saved “Kept deck”')).toBeVisible();
	await page.goto(link);
	await page.getByLabel(/Your name/).fill('Ana');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Decks' })).toBeVisible();
	const before = await savedState(page);
	expect(before).toContain('Kept deck');

	for (const [bad, message] of [
		[link.slice(0, -12), 'cut short'],
		[link.replace('#v1.', '#v9.'), 'newer version'],
		[link.slice(0, -1) + (link.endsWith('0') ? '1' : '0'), 'damaged']
	] as [string, string][]) {
		await page.goto('/');
		await page.goto(bad);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
	}
	await expectNoAxeViolations(page);
	expect(await savedState(page)).toBe(before);

	// Another link pasted into the same tab replaces the error with the round.
	await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
	await expect(page.getByLabel(/Your name/)).toHaveValue('Ana');
	await expectNoAxeViolations(page);
	await context.close();
});

test('hostile text in a custom deck link is shown as text, never run', async ({ browser }) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	await teacher.goto('/decks/new');
	await teacher.getByLabel('Title of the deck').fill(HOSTILE);
	await teacher.getByText('Write a card').click();
	for (const [prompt, answer] of [
		[HOSTILE, 'Answer one'],
		['Second question', HOSTILE]
	] as [string, string][]) {
		await teacher.getByLabel('Question', { exact: true }).fill(prompt);
		await teacher.getByLabel('Answer', { exact: true }).fill(answer);
		await teacher.getByRole('button', { name: 'Add the card' }).click();
	}
	await expect(teacher.getByRole('heading', { name: 'Your deck: 2 cards' })).toBeVisible();
	await expectNoAxeViolations(teacher);
	await teacher.getByRole('button', { name: 'Share with a class' }).click();
	const dialog = teacher.getByRole('dialog', { name: 'Share this round' });
	await expect(dialog.getByText(`Custom deck: ${HOSTILE} (2 cards)`)).toBeVisible();
	await expectNoAxeViolations(teacher);
	const link = await dialog.getByLabel('Link to the round').inputValue();
	expect(link).toMatch(/#v1\.quiz\.z\./);

	const ana = await student(browser, link, 'Ana');
	await expect(ana.page.getByText('Question 1 of 2')).toBeVisible();
	const main = ana.page.locator('main');
	await expect(main.locator('img')).toHaveCount(0);
	// Two cards of one kind give each other a wrong option; fewer would mean typed answers.
	if ((await ana.page.locator('.options button').count()) > 0) await ana.page.keyboard.press('1');
	else await ana.page.getByLabel('Your answer').fill('Answer one');
	if (await ana.page.getByLabel('Your answer').count()) await ana.page.keyboard.press('Enter');
	await expect(ana.page.locator('.verdict')).toBeVisible();
	await expect(main).toContainText(HOSTILE);
	await expect(main.locator('img')).toHaveCount(0);
	expect(await ana.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await teacher.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	await teacherContext.close();
	await ana.context.close();
});

for (const [route, mode, ready] of [
	['/match/quotes', 'match', (page: Page) => page.getByRole('list', { name: 'Match these' })],
	[
		'/timeline',
		'timeline',
		(page: Page) => page.getByRole('list', { name: 'Events, earliest first' })
	],
	['/study/quotes', 'study', (page: Page) => page.getByRole('article', { name: 'Flashcard' })]
] as const) {
	test(`a shared ${mode} link opens its round for a student`, async ({ browser }) => {
		const teacherContext = await browser.newContext();
		const teacher = await teacherContext.newPage();
		await teacher.goto(route);
		await teacher.getByRole('button', { name: 'Share with a class' }).click();
		const link = await teacher
			.getByRole('dialog', { name: 'Share this round' })
			.getByLabel('Link to the round')
			.inputValue();
		expect(link).toContain(`/play#v1.${mode}.`);

		const ana = await student(browser, link, 'Ana');
		await expect(ana.page.getByText('Playing as Ana')).toBeVisible();
		await expect(ready(ana.page)).toBeVisible();
		await ana.context.close();
		await teacherContext.close();
	});
}

test('when the share dialog cannot load, the teacher is told so and can go on', async ({
	browser
}) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto('/quiz/dates');
	await page.getByRole('button', { name: 'Share with a class' }).waitFor();
	await page.waitForLoadState('networkidle');
	// The connection drops: no script that is not loaded yet can arrive.
	await page.route('**/_app/immutable/**', (route) => route.abort());
	await page.getByRole('button', { name: 'Share with a class' }).click();
	await expect(page.getByRole('alert')).toHaveText(/The share dialog could not load/);
	await page.getByRole('button', { name: 'Close' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Start the round' })).toBeEnabled();
	await context.close();
});

test('a student who reloads mid-round carries on where they were, and after the end still has their result', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const link = await teacherQuizLink(await teacherContext.newPage());
	const ana = await student(browser, link, 'Ana');
	const startAgain = async () => {
		await ana.page.reload();
		await expect(ana.page.getByLabel(/Your name/)).toHaveValue('Ana');
		await ana.page.getByRole('button', { name: 'Start' }).click();
	};

	const first = await firstQuestion(ana.page);
	for (let i = 0; i < 2; i++) {
		await ana.page.keyboard.press('1');
		await expect(ana.page.locator('.verdict')).toBeVisible();
		await ana.page.keyboard.press('Enter');
	}
	await expect(ana.page.getByText('Question 3 of 5')).toBeVisible();
	await startAgain();
	await expect(ana.page.getByRole('status').filter({ hasText: 'Resumed' })).toBeVisible();
	await expect(ana.page.getByText('Question 3 of 5')).toBeVisible();
	expect(await ana.page.locator('#quiz-prompt').textContent()).not.toBe(first.prompt);

	for (let i = 2; i < 5; i++) {
		await ana.page.keyboard.press('1');
		await expect(ana.page.locator('.verdict')).toBeVisible();
		await ana.page.keyboard.press('Enter');
	}
	const end = ana.page.getByRole('region', { name: 'Round over' });
	const code = await end.getByLabel('Result code').inputValue();
	await startAgain();
	await expect(end).toBeVisible();
	await expect(end.getByLabel('Result code')).toHaveValue(code);

	// Another name in the same tab is another player: a round of their own.
	await ana.page.reload();
	await ana.page.getByLabel(/Your name/).fill('Ben');
	await ana.page.getByRole('button', { name: 'Start' }).click();
	await expect(ana.page.getByText('Question 1 of 5')).toBeVisible();

	for (const c of [teacherContext, ana.context]) await c.close();
});

test('a shared timeline keeps the student’s order through a reload', async ({ browser }) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	await teacher.goto('/timeline');
	await teacher.getByRole('button', { name: 'Share with a class' }).click();
	const link = await teacher
		.getByRole('dialog', { name: 'Share this round' })
		.getByLabel('Link to the round')
		.inputValue();

	const ana = await student(browser, link, 'Ana');
	const events = ana.page.locator('[aria-roledescription="movable event"]');
	await expect(events).toHaveCount(6);
	const before = await events.allTextContents();
	await events.nth(0).focus();
	await ana.page.keyboard.press('Alt+ArrowDown');
	await ana.page.keyboard.press('Alt+ArrowDown');
	const moved = await events.allTextContents();
	expect(moved).not.toEqual(before);

	await ana.page.reload();
	await ana.page.getByRole('button', { name: 'Start' }).click();
	await expect(ana.page.getByRole('status').filter({ hasText: 'Resumed' })).toBeVisible();
	await expect(events).toHaveText(moved);
	await ana.context.close();
	await teacherContext.close();
});
