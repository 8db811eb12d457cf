// The teacher's Class page with codes from more than one round: rounds named by what they are,
// the questions with their text, a paste of good and broken codes, and removing one result.
import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { decodeResult, encodeResult, type ShareResult } from '../../src/lib/share/results';
import { expectNoAxeViolations } from './axe';

test.describe.configure({ timeout: 90_000 });

const PHONE = { width: 360, height: 740 };

/** The teacher's link to a 5-question untimed quiz on a deck, from the quiz page's Share dialog. */
async function quizLink(page: Page, deck: string): Promise<string> {
	await page.goto(`/quiz/${deck}`);
	await page.getByLabel('Questions').fill('5');
	await page.getByLabel('Time per question').selectOption('none');
	await page.getByRole('button', { name: 'Share with a class' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this round' });
	const link = await dialog.getByLabel('Link to the round').inputValue();
	await page.keyboard.press('Escape');
	return link;
}

/** A student plays the round through, always taking the first option: prompts and their code. */
async function play(browser: Browser, link: string, name: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByLabel(/Your name/).fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	const prompts: string[] = [];
	for (let i = 0; i < 5; i++) {
		await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		prompts.push(((await page.locator('#quiz-prompt').textContent()) ?? '').trim());
		await page.keyboard.press('1');
		await expect(page.locator('.verdict')).toBeVisible();
		await page.keyboard.press('Enter');
	}
	const code = await page.getByLabel('Result code').inputValue();
	await context.close();
	return { prompts, code, result: decoded(code) };
}

function decoded(code: string): ShareResult {
	const read = decodeResult(code);
	if (!read.ok) throw new Error(read.message);
	return read.result;
}

/** Another student's code for the same round, as their app would make it. */
const codeFor = (base: ShareResult, name: string, rights: boolean[], roundId = base.roundId) =>
	encodeResult({
		name,
		roundId,
		score: rights.filter(Boolean).length * 1000,
		correct: rights.filter(Boolean).length,
		total: rights.length,
		answers: rights.map((correct, i) => ({ correct, given: 0, elapsedMs: 2000 + i * 100 }))
	});

async function paste(page: Page, text: string) {
	await page.getByLabel('Result codes or result links').fill(text);
	await page.getByRole('button', { name: 'Add' }).click();
}

const status = (page: Page) => page.locator('form').getByRole('status');
const roundMenu = (page: Page) => page.getByRole('combobox', { name: 'Round' });
const classRegion = (page: Page) => page.getByRole('region', { name: 'The class' });

async function expectNoSidewaysScroll(page: Page) {
	const wide = await page.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
	);
	expect(wide, 'elements wider than the screen').toEqual([]);
}

test('rounds are named by what they are, and a known quiz lists its questions with their text', async ({
	browser
}) => {
	// The link is made in another browser (the teacher's laptop, say): this one has not seen it.
	const makerContext = await browser.newContext();
	const link = await quizLink(await makerContext.newPage(), 'dates');
	await makerContext.close();
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const ana = await play(browser, link, 'Ana');
	const ben = codeFor(ana.result, 'Ben', [false, false, false, false, true]);
	const dee = codeFor(ana.result, 'Dee', [true, true], 'zz9otherround');

	await teacher.goto('/class');
	await paste(teacher, [ana.code, ben, dee].join('\n'));
	await expect(status(teacher)).toHaveText('Added 3 results.');
	// Codes alone do not say what the round was: a readable stand-in, never the round id.
	const menu = roundMenu(teacher);
	await expect(menu.locator('option')).toHaveText([
		'Round 1, 5 questions (2 students)',
		'Round 2, 2 questions (1 student)'
	]);
	await expect(menu).not.toContainText(ana.result.roundId);
	await expect(classRegion(teacher)).toContainText('paste the link of the round');
	// Dee is in the other round: the page says where, not that her code was left out.
	await expect(classRegion(teacher)).not.toContainText('different round');
	await expect(classRegion(teacher)).toContainText('In other rounds: Dee in “Round 2');
	const questions = teacher.getByRole('list', { name: 'Questions, hardest first' });
	await expect(questions.getByRole('listitem')).toHaveCount(5);

	// The round link names the round and gives each question its text.
	await paste(teacher, link);
	await expect(status(teacher)).toHaveText('Saved the round link of “Quiz · Dates and timeline”.');
	await expect(menu.locator('option')).toHaveText([
		'Quiz · Dates and timeline (2 students)',
		'Round 2, 2 questions (1 student)'
	]);
	await expect(classRegion(teacher)).toContainText('Dee in “Round 2, 2 questions”');
	await expect(classRegion(teacher)).not.toContainText('paste the link of the round');
	for (const [i, prompt] of ana.prompts.entries()) {
		const item = questions.getByRole('listitem').filter({ hasText: `Question ${i + 1}` });
		await expect(item).toContainText(prompt);
	}
	// Ben only got the last one right: the first four are harder and come first.
	await expect(questions.getByRole('listitem').last()).toContainText('Question 5');
	await expectNoAxeViolations(teacher);

	// Kept after a reload, and the other round is one choice away.
	await teacher.reload();
	await expect(menu).toHaveValue(ana.result.roundId);
	await expect(menu.locator('option').first()).toHaveText('Quiz · Dates and timeline (2 students)');
	await menu.selectOption({ label: 'Round 2, 2 questions (1 student)' });
	await expect(teacher.getByRole('row', { name: /Dee/ })).toBeVisible();
	await expect(teacher.getByRole('row', { name: /Ana/ })).toHaveCount(0);
	await expect(classRegion(teacher)).toContainText(
		'In other rounds: Ana and Ben in “Quiz · Dates and timeline”'
	);
	await teacherContext.close();
});

test('a paste of good, repeated and broken codes adds each result once and keeps only the broken ones', async ({
	page
}) => {
	const base: ShareResult = {
		name: 'Ana',
		roundId: 'round1',
		score: 0,
		correct: 0,
		total: 0,
		answers: []
	};
	const ana = codeFor(base, 'Ana', [true, false, true]);
	const ben = codeFor(base, 'Ben', [true, true, true]);
	const cy = codeFor(base, 'Cy', [false, false, true]);
	const brokenCy = cy.slice(0, 20) + cy.slice(21);

	await page.goto('/class');
	await paste(page, ana);
	await expect(status(page)).toHaveText('Added Ana’s result.');

	await paste(page, [ana, ben, ben, 'hello world', brokenCy].join('\n'));
	await expect(status(page)).toHaveText(
		'Added Ben’s result. 2 results were already in the list. 2 entries could not be read: they are left in the box to fix.'
	);
	const errors = page.getByRole('region', { name: 'Codes that could not be read' });
	await expect(errors.getByRole('listitem')).toHaveCount(2);
	await expect(errors.getByRole('listitem').first()).toContainText('hello world');
	const box = page.getByLabel('Result codes or result links');
	await expect(box).toHaveValue(`hello world\n${brokenCy}`);
	await expectNoAxeViolations(page);

	// The teacher fixes the code and drops the words: only Cy is added.
	await box.fill(cy);
	await page.getByRole('button', { name: 'Add' }).click();
	await expect(status(page)).toHaveText('Added Cy’s result.');
	await expect(box).toHaveValue('');
	await expect(errors).toHaveCount(0);
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);

	// The same code again adds nothing, and says so.
	await paste(page, ben);
	await expect(status(page)).toHaveText('Nothing was added. Ben’s result was already in the list.');

	// Nothing about repeats comes back after a reload.
	await page.reload();
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
	await expect(page.getByRole('main')).not.toContainText('twice');
	await expect(page.getByRole('main')).not.toContainText('more than once');
});

test('one result is removed with the keyboard, stays removed, and can be put back', async ({
	page
}) => {
	const base: ShareResult = {
		name: '',
		roundId: 'round1',
		score: 0,
		correct: 0,
		total: 0,
		answers: []
	};
	const codes = [
		codeFor(base, 'Ana', [true, true, true]),
		codeFor(base, 'Ben', [true, true, false]),
		codeFor(base, '<img src=x onerror=window.__pwned=1>', [true, false, false])
	];
	await page.setViewportSize(PHONE);
	await page.goto('/class');
	await paste(page, codes.join(' '));
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
	await expectNoSidewaysScroll(page);

	const removeAna = page.getByRole('button', { name: 'Remove Ana’s result' });
	await removeAna.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('row', { name: /Ana/ })).toHaveCount(0);
	await expect(page.getByText('Removed Ana’s result.')).toBeVisible();
	// Focus moves on to the next student's button, so the teacher can go on with the keyboard.
	await expect(page.getByRole('button', { name: 'Remove Ben’s result' })).toBeFocused();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('row', { name: /Ana/ })).toBeVisible();
	await expect(removeAna).toBeFocused();

	await removeAna.press('Enter');
	await expect(page.getByRole('row', { name: /Ana/ })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('row', { name: /Ben/ })).toBeVisible();
	await expect(page.getByRole('row', { name: /Ana/ })).toHaveCount(0);

	// A hostile name is text, in the row and in its button's name.
	const hostile = '<img src=x onerror=window.__pwned=1>';
	await expect(page.getByRole('rowheader', { name: hostile })).toBeVisible();
	await page.getByRole('button', { name: `Remove ${hostile}’s result` }).click();
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
	await expect(page.getByRole('main').locator('img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

	// The last one removed: the table goes, and focus lands on Undo, not on nothing.
	await page.getByRole('button', { name: 'Remove Ben’s result' }).press('Enter');
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await expectNoSidewaysScroll(page);
});

test('a round shared from this browser is named on the class page without pasting its link', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const link = await quizLink(teacher, 'quotes');
	const ana = await play(browser, link, 'Ana');
	await teacher.goto('/class');
	await paste(teacher, ana.code);
	await expect(classRegion(teacher).getByText('Round:')).toHaveText('Round: Quiz · Quotes');
	await teacherContext.close();
});
