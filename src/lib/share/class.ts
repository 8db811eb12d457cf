// The teacher's view of a shared round: one row per student, how hard each question was, and a
// CSV export that a spreadsheet opens safely.
import type { ResultAnswer, ShareResult } from './results';

export interface StudentRow {
	name: string;
	score: number;
	correct: number;
	total: number;
	/** Mean time per answer, or null when the result has no answers. */
	averageMs: number | null;
	answers: ResultAnswer[];
}

export interface QuestionStat {
	/** Position in the round, from 0. */
	index: number;
	answered: number;
	correct: number;
	/** Share of right answers among those who answered, 0 to 1. */
	share: number;
}

export interface ClassTable {
	/** The round the table is about: the one chosen, else the first result's. */
	roundId: string | undefined;
	/** Best score first. */
	students: StudentRow[];
	/** Hardest first. */
	questions: QuestionStat[];
	/** Mean time over every answer in the table, or null when there are none. */
	averageMs: number | null;
	/** Codes left out or worth a second look, in words. */
	warnings: string[];
	/** Codes pasted more than once (same name, same answers), counted once. */
	duplicates: number;
}

const mean = (values: readonly number[]): number | null =>
	values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);

const nameKey = (name: string) => name.trim().toLowerCase();

/** Builds the table for one round from decoded results (codes of other rounds are left out). */
export function buildClassTable(
	results: readonly ShareResult[],
	roundId: string | undefined = results[0]?.roundId
): ClassTable {
	const warnings: string[] = [];
	const seen = new Set<string>();
	const names = new Map<string, number>();
	const students: StudentRow[] = [];
	let duplicates = 0;
	for (const result of results) {
		if (result.roundId !== roundId) {
			warnings.push(`${result.name}’s code belongs to a different round, so it is left out.`);
			continue;
		}
		const key = JSON.stringify([nameKey(result.name), result.score, result.answers]);
		if (seen.has(key)) {
			duplicates++;
			continue;
		}
		seen.add(key);
		names.set(nameKey(result.name), (names.get(nameKey(result.name)) ?? 0) + 1);
		students.push({
			name: result.name,
			score: result.score,
			correct: result.correct,
			total: result.total,
			averageMs: mean(result.answers.map((a) => a.elapsedMs)),
			answers: result.answers
		});
	}
	for (const [key, count] of names) {
		if (count < 2) continue;
		const name = students.find((s) => nameKey(s.name) === key)?.name ?? key;
		warnings.push(`${name} sent ${count} different results; all of them are shown.`);
	}
	if (duplicates > 0) {
		warnings.push(
			duplicates === 1
				? 'One code was pasted twice; it is counted once.'
				: `${duplicates} codes were pasted more than once; each is counted once.`
		);
	}
	students.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
	return {
		roundId,
		students,
		questions: questionStats(students),
		averageMs: mean(students.flatMap((s) => s.answers.map((a) => a.elapsedMs))),
		warnings,
		duplicates
	};
}

function questionStats(students: readonly StudentRow[]): QuestionStat[] {
	const count = Math.max(0, ...students.map((s) => s.answers.length));
	const stats: QuestionStat[] = [];
	for (let index = 0; index < count; index++) {
		const answers = students.flatMap((s) => s.answers[index] ?? []);
		if (answers.length === 0) continue;
		const correct = answers.filter((a) => a.correct).length;
		stats.push({ index, answered: answers.length, correct, share: correct / answers.length });
	}
	return stats.sort((a, b) => a.share - b.share || a.index - b.index);
}

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
