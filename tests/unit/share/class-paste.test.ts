// What the teacher pastes into the Class page, and what the page makes of it: which results are
// new, what the status line says, what the box keeps, and how each round is named.
import { describe, expect, it } from 'vitest';
import { encodeShareLink, roundId, shareUrl } from '$lib/share/link';
import { encodeResult, RESULT_MESSAGES, resultLink, type ShareResult } from '$lib/share/results';
import { readPaste, readRoundLink, type KnownRound } from '$lib/share/class-paste';
import { mergeResults, pasteSummary } from '$lib/share/class-results';
import { elsewhereNote, roundName, roundOptions, roundOptionText } from '$lib/share/class-rounds';
import { buildClassTable } from '$lib/share/class-table';
import { builtInPayloads, customPayloads, HOSTILE_STRINGS } from './fixtures';

const [quizPayload, matchPayload, timelinePayload] = builtInPayloads as [
	(typeof builtInPayloads)[number],
	(typeof builtInPayloads)[number],
	(typeof builtInPayloads)[number]
];
const QUIZ = roundId(quizPayload);
const TIMELINE = roundId(timelinePayload);
const ORIGIN = 'https://cards.example.org';
const TITLES = {
	dates: 'Dates and timeline',
	quotes: 'Quotes',
	doctrines: 'Doctrines and concepts'
};

function result(name: string, rights: boolean[], round = QUIZ): ShareResult {
	const correct = rights.filter(Boolean).length;
	return {
		name,
		roundId: round,
		score: correct * 1000,
		correct,
		total: rights.length,
		answers: rights.map((r, i) => ({ correct: r, given: i % 4, elapsedMs: 1000 + i }))
	};
}

const ana = result('Ana', [true, false, true]);
const ben = result('Ben', [false, false, true]);
const cy = result('Cy', [true, true, true]);

/** A round link as the teacher has it: the whole URL of the play page. */
const roundUrl = (payload: (typeof builtInPayloads)[number]) => shareUrl(ORIGIN, payload);

function known(payload: (typeof builtInPayloads)[number]): KnownRound {
	const read = readRoundLink(roundUrl(payload));
	if (!read.ok) throw new Error(read.message);
	return read.round;
}

describe('reading a paste', () => {
	it('reads codes, result links and round links, one per line or between spaces, commas or semicolons', () => {
		const text = `${encodeResult(ana)}, ${resultLink(ben, ORIGIN)};${encodeResult(cy)}\n\n  ${roundUrl(quizPayload)}  `;
		const read = readPaste(text);
		expect(read.results).toEqual([ana, ben, cy]);
		expect(read.rounds.map((r) => r.id)).toEqual([QUIZ]);
		expect(read.errors).toEqual([]);
	});

	it('reads a code or link with the brackets, quotes or full stop a message put around it', () => {
		const text = `My code is ${encodeResult(ana)}. Ben’s: <${resultLink(ben, ORIGIN)}>\n(${roundUrl(quizPayload)})`;
		const read = readPaste(text);
		expect(read.results).toEqual([ana, ben]);
		expect(read.rounds.map((r) => r.id)).toEqual([QUIZ]);
		expect(read.errors.map((e) => e.input)).toEqual(['My code is', 'Ben’s:']);
	});

	it('reports “hello world” as one entry that is not a code, and each line of words as its own', () => {
		expect(readPaste('hello world').errors).toEqual([
			{ input: 'hello world', message: RESULT_MESSAGES.notACode }
		]);
		const read = readPaste(`Thanks, here they are:\n${encodeResult(ana)}\nfrom Mrs Li`);
		expect(read.results).toEqual([ana]);
		expect(read.errors.map((e) => e.input)).toEqual(['Thanks, here they are:', 'from Mrs Li']);
	});

	it('glues back a code and a round link an email client broke over lines', () => {
		const code = encodeResult(ana);
		const link = roundUrl(timelinePayload);
		const text = `${code.slice(0, 30)}\n${code.slice(30, 70)}\n${code.slice(70)}\n${link.slice(0, 50)}\n${link.slice(50)}`;
		const read = readPaste(text);
		expect(read.errors).toEqual([]);
		expect(read.results).toEqual([ana]);
		expect(read.rounds.map((r) => r.id)).toEqual([TIMELINE]);
	});

	it('gives back a code that cannot be read exactly as pasted, with why', () => {
		const code = encodeResult(ana);
		const typo = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
		const cut = `${encodeResult(ben).slice(0, 25)}\n${encodeResult(ben).slice(25, 50)}`;
		const read = readPaste(`${encodeResult(cy)}\n${typo}\n${cut}\n`);
		expect(read.results).toEqual([cy]);
		expect(read.errors).toEqual([
			{ input: typo, message: RESULT_MESSAGES.typo },
			{ input: cut, message: RESULT_MESSAGES.typo }
		]);
	});

	it('says what is wrong with a damaged round link', () => {
		const link = roundUrl(quizPayload);
		const read = readPaste(link.slice(0, -3));
		expect(read.rounds).toEqual([]);
		expect(read.errors).toHaveLength(1);
		expect(read.errors[0]?.message).toMatch(/link/);
	});

	it('reads nothing, and reports nothing, from an empty paste', () => {
		expect(readPaste(' \n\t, ;')).toEqual({ results: [], rounds: [], errors: [] });
	});

	it('refuses an oversized paste as a whole', () => {
		const read = readPaste('x '.repeat(2_100_000));
		expect(read.results).toEqual([]);
		expect(read.errors).toHaveLength(1);
		expect(read.errors[0]?.message).toBe(RESULT_MESSAGES.tooLong);
	});

	it('after a fix, pasting back what could not be read adds only the fixed code', () => {
		const good = encodeResult(ana);
		const bad = encodeResult(ben).slice(0, -2);
		const first = readPaste(`${good}\n${bad}`);
		const list = mergeResults([], first.results);
		expect(list.added).toEqual([ana]);
		// The box keeps the bad code; the teacher replaces it with the whole one.
		const box = first.errors.map((e) => e.input).join('\n');
		expect(box).toBe(bad);
		const second = readPaste(box.replace(bad, encodeResult(ben)));
		const again = mergeResults(list.list, second.results);
		expect(again.added).toEqual([ben]);
		expect(again.already).toEqual([]);
		expect(again.list).toEqual([ana, ben]);
	});
});

describe('the class list keeps each result once', () => {
	it('adds what is new and counts what was there, or came twice in one paste', () => {
		const merged = mergeResults([ana], [ana, ben, ben, { ...cy }]);
		expect(merged.list).toEqual([ana, ben, cy]);
		expect(merged.added).toEqual([ben, cy]);
		expect(merged.already).toEqual([ana, ben]);
	});

	it('takes a code and the link of the same result as one result, whatever the name’s case', () => {
		const read = readPaste(`${encodeResult(ana)} ${resultLink(ana, ORIGIN)}`);
		expect(mergeResults([{ ...ana, name: 'ana' }], read.results).added).toEqual([]);
	});

	it('keeps two different results of one student', () => {
		const retry = result('Ana', [true, true, true]);
		expect(mergeResults([ana], [retry]).added).toEqual([retry]);
	});

	it('clears repeats out of a list saved by an older version', () => {
		expect(mergeResults([ana, ben, ana], []).list).toEqual([ana, ben]);
	});
});

describe('what Add says', () => {
	const none = { added: [], already: [], rounds: [], roundsAlready: 0, unreadable: 0 };

	it('does not say a result was added when it was already in the list', () => {
		const text = pasteSummary({ ...none, already: [ana] });
		expect(text).toBe('Nothing was added. Ana’s result was already in the list.');
		expect(text).not.toMatch(/Added/);
	});

	it('counts what was added, what was there and what is left in the box to fix', () => {
		expect(pasteSummary({ ...none, added: [ana], already: [ben], unreadable: 1 })).toBe(
			'Added Ana’s result. Ben’s result was already in the list. One entry could not be read: it is left in the box to fix.'
		);
		expect(pasteSummary({ ...none, added: [ana, ben], already: [cy, ana], unreadable: 3 })).toBe(
			'Added 2 results. 2 results were already in the list. 3 entries could not be read: they are left in the box to fix.'
		);
	});

	it('names a round whose link was saved', () => {
		expect(pasteSummary({ ...none, rounds: ['Quiz · Dates and timeline'] })).toBe(
			'Saved the round link of “Quiz · Dates and timeline”.'
		);
		expect(pasteSummary({ ...none, roundsAlready: 1 })).toBe(
			'Nothing was added. That round link was saved already.'
		);
	});

	it('asks for a code when nothing was pasted', () => {
		expect(pasteSummary(none)).toBe('Paste at least one result code or result link.');
	});
});

describe('naming the rounds of a class list', () => {
	it('names a round by its mode and decks, with its number of students, never its id', () => {
		const options = roundOptions(
			[ana, ben, result('Dee', [true], TIMELINE)],
			[known(quizPayload), known(timelinePayload)],
			TITLES
		);
		expect(options.map(roundOptionText)).toEqual([
			'Quiz · Dates and timeline, Quotes (2 students)',
			'Timeline · Dates and timeline (1 student)'
		]);
		for (const option of options) expect(roundOptionText(option)).not.toContain(option.id);
	});

	it('calls a round whose link is not known “Round 2”, with its questions when the codes agree', () => {
		const options = roundOptions(
			[ana, result('Dee', [], 'abc'), ben, result('Eve', [true, false], 'def')],
			[],
			TITLES
		);
		expect(options.map(roundOptionText)).toEqual([
			'Round 1, 3 questions (2 students)',
			'Round 2 (1 student)',
			'Round 3, 2 questions (1 student)'
		]);
		expect(options.every((o) => !o.known)).toBe(true);
	});

	it('tells apart two rounds of the same mode and decks by their place in the list', () => {
		const other = { ...quizPayload, seed: 'other-seed' };
		const options = roundOptions(
			[ana, result('Dee', [true], roundId(other))],
			[known(quizPayload), known(other)],
			TITLES
		);
		expect(options.map((o) => o.label)).toEqual([
			'Quiz · Dates and timeline, Quotes, round 1',
			'Quiz · Dates and timeline, Quotes, round 2'
		]);
	});

	it('uses a custom deck’s title, and deck ids while the titles are not loaded', () => {
		const custom = readRoundLink(encodeShareLink(customPayloads[1] as (typeof customPayloads)[1]));
		if (!custom.ok) throw new Error(custom.message);
		expect(roundName(custom.round.payload, {})).toBe('Match · Class 3B: <b>Belt</b> & Road');
		expect(roundName(known(matchPayload).payload, {})).toBe('Match · quotes');
	});

	it('says which round the students missing from the table are in', () => {
		const many = ['Eve', 'Fay', 'Gus', 'Hal'].map((n) => result(n, [true], 'abc'));
		const list = [ana, result('Dee', [true], TIMELINE), ...many];
		const options = roundOptions(list, [known(quizPayload), known(timelinePayload)], TITLES);
		const table = buildClassTable(list, QUIZ);
		expect(elsewhereNote(table, options)).toBe(
			'In other rounds: Dee in “Timeline · Dates and timeline”; 4 students in “Round 3, 1 question”. Choose a round above to see them.'
		);
		expect(elsewhereNote(buildClassTable([ana, ben], QUIZ), options)).toBeNull();
	});

	it('keeps hostile text in a name as it is: it is shown as text', () => {
		const names = HOSTILE_STRINGS.slice(0, 2).map((n) => result(n, [true], TIMELINE));
		const options = roundOptions([ana, ...names], [], TITLES);
		expect(elsewhereNote(buildClassTable([ana, ...names], QUIZ), options)).toContain(
			`${HOSTILE_STRINGS[0]} and ${HOSTILE_STRINGS[1]} in “Round 2, 1 question”`
		);
	});
});
