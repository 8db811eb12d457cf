// The class table as CSV that a spreadsheet opens safely.
import type { ClassTable } from './class-table';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, inner quotes
 * doubled. A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe, so a student named "=HYPERLINK(…)" stays a name.
 */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The students table as CSV: name, score, right answers, total, average seconds, then 1/0 per question. */
export function classTableToCsv(table: ClassTable): string {
	const count = Math.max(0, ...table.students.map((s) => s.answers.length));
	const questions = Array.from({ length: count }, (_, i) => `Q${i + 1}`);
	const rows: (string | number)[][] = [
		['Name', 'Score', 'Correct', 'Total', 'Average seconds', ...questions],
		...table.students.map((s) => [
			s.name,
			s.score,
			s.correct,
			s.total,
			s.averageMs === null ? '' : (s.averageMs / 1000).toFixed(1),
			...questions.map((_, i) => {
				const answer = s.answers[i];
				return answer === undefined ? '' : answer.correct ? 1 : 0;
			})
		])
	];
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
