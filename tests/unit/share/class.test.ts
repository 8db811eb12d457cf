import { describe, expect, it } from 'vitest';
import { buildClassTable } from '$lib/share/class-table';
import { classTableToCsv, csvCell } from '$lib/share/csv';
import type { ShareResult } from '$lib/share/results';

const answer = (correct: boolean, elapsedMs: number) => ({ correct, given: 0, elapsedMs });

function result(name: string, rights: boolean[], ms = 1000, roundId = 'round1'): ShareResult {
	return {
		name,
		roundId,
		score: rights.filter(Boolean).length * 1000,
		correct: rights.filter(Boolean).length,
		total: rights.length,
		answers: rights.map((r) => answer(r, ms))
	};
}

/** Parses RFC 4180 CSV, independently of the writer, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i] as string;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

describe('the class table', () => {
	const results = [
		result('Bo', [true, false, false], 3000),
		result('Ada', [true, true, false], 1000),
		result('Cy', [true, true, false], 2000)
	];

	it('lists students best score first with right answers, total and average time', () => {
		const table = buildClassTable(results);
		expect(table.students.map((s) => [s.name, s.correct, s.total, s.averageMs])).toEqual([
			['Ada', 2, 3, 1000],
			['Cy', 2, 3, 2000],
			['Bo', 1, 3, 3000]
		]);
		expect(table.averageMs).toBe(2000);
	});

	it('ranks questions hardest first by their share of right answers', () => {
		const table = buildClassTable(results);
		expect(table.questions.map((q) => [q.index, q.correct, q.answered])).toEqual([
			[2, 0, 3],
			[1, 2, 3],
			[0, 3, 3]
		]);
		expect(table.questions[1]?.share).toBeCloseTo(2 / 3);
	});

	it('leaves out codes of another round without a warning, and says who is where', () => {
		const table = buildClassTable([...results, result('Dee', [true], 500, 'other')]);
		expect(table.students.map((s) => s.name)).not.toContain('Dee');
		expect(table.warnings).toEqual([]);
		expect(table.elsewhere).toEqual([{ roundId: 'other', names: ['Dee'] }]);
	});

	it('uses the round the teacher selects, not just the first code’s', () => {
		const table = buildClassTable([...results, result('Dee', [true], 500, 'other')], 'other');
		expect(table.students.map((s) => s.name)).toEqual(['Dee']);
		expect(table.warnings).toEqual([]);
		expect(table.elsewhere).toEqual([{ roundId: 'round1', names: ['Bo', 'Ada', 'Cy'] }]);
	});

	it('counts a code pasted twice once, but keeps two different results of one name', () => {
		const table = buildClassTable([
			...results,
			result('Ada', [true, true, false], 1000),
			result('ada', [true, true, false], 1000),
			result('Bo', [true, true, true], 900)
		]);
		expect(table.duplicates).toBe(2);
		expect(table.students.filter((s) => s.name === 'Ada')).toHaveLength(1);
		expect(table.students.filter((s) => s.name === 'Bo')).toHaveLength(2);
		expect(table.warnings).toEqual(['Bo sent 2 different results; all of them are shown.']);
		expect(table.questions.find((q) => q.index === 0)?.answered).toBe(4);
	});

	it('gives each row a key that tells it apart, for removing that one result', () => {
		const table = buildClassTable([...results, result('Bo', [true, true, true], 900)]);
		const keys = table.students.map((s) => s.key);
		expect(new Set(keys).size).toBe(4);
		const bos = table.students.filter((s) => s.name === 'Bo');
		expect(bos[0]?.key).not.toBe(bos[1]?.key);
	});

	it('names each question when the round’s questions are known, by their place in the round', () => {
		const questions = [
			{ prompt: 'When was the BRI announced?', answer: 'September 2013' },
			{ prompt: 'Who said it?', answer: 'Xi Jinping' },
			{ prompt: '<b>Hardest</b> question', answer: '2017' }
		];
		const table = buildClassTable(results, 'round1', questions);
		expect(table.questions.map((q) => [q.index, q.question?.prompt])).toEqual([
			[2, '<b>Hardest</b> question'],
			[1, 'Who said it?'],
			[0, 'When was the BRI announced?']
		]);
		expect(table.questions[0]?.question?.answer).toBe('2017');
		expect(buildClassTable(results).questions.every((q) => q.question === undefined)).toBe(true);
	});

	it('is empty, without errors, for no results', () => {
		const table = buildClassTable([]);
		expect(table).toMatchObject({
			students: [],
			questions: [],
			averageMs: null,
			warnings: [],
			elsewhere: []
		});
		expect(parseCsv(classTableToCsv(table))).toEqual([
			['Name', 'Score', 'Correct', 'Total', 'Average seconds']
		]);
	});
});

describe('CSV export', () => {
	it('quotes commas, quotes and line breaks the RFC 4180 way, and rows end in CRLF', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"');
		expect(csvCell('Jo "the pro"')).toBe('"Jo ""the pro"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(42)).toBe('42');
	});

	it('neutralises cells a spreadsheet would run as a formula', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			const cell = csvCell(`${start}HYPERLINK("http://evil.example")`);
			const text = cell.startsWith('"') ? (parseCsv(`${cell}\r\n`)[0]?.[0] ?? '') : cell;
			expect(text.startsWith(`'${start}`), JSON.stringify(start)).toBe(true);
		}
		expect(csvCell('Ada=Bo')).toBe('Ada=Bo');
	});

	it('writes one row per student with 1/0 per question that a CSV reader reads back', () => {
		const table = buildClassTable([
			result('=cmd|calc', [true, false], 1500),
			result('Smith, "Jo"\nthe second', [false], 2250)
		]);
		const csv = classTableToCsv(table);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(parseCsv(csv)).toEqual([
			['Name', 'Score', 'Correct', 'Total', 'Average seconds', 'Q1', 'Q2'],
			["'=cmd|calc", '1000', '1', '2', '1.5', '1', '0'],
			['Smith, "Jo"\nthe second', '0', '0', '1', '2.3', '0', '']
		]);
	});
});

describe('names that hide or reorder what a teacher sees', () => {
	it('strips direction controls from names in the table and the CSV', () => {
		// U+202E would show "Ada" + reversed text, so a row could read as another student's.
		const table = buildClassTable([result('Ada\u202e\u2066 Bo', [true]), result('Cy', [false])]);
		expect(table.students.map((s) => s.name)).toEqual(['Ada Bo', 'Cy']);
		expect(parseCsv(classTableToCsv(table))[1]?.[0]).toBe('Ada Bo');
	});
});
