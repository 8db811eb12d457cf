// The teacher's table of one round: one row per student (best first), how hard each question
// was (hardest first), the mean time, and results worth a second look.
import { nameKey, resultKey } from './class-results';
import { withoutBidiControls, type ResultAnswer, type ShareResult } from './results';

export interface StudentRow {
	/** Tells this result apart from every other one in the class list (see `resultKey`). */
	key: string;
	name: string;
	score: number;
	correct: number;
	total: number;
	/** Mean time per answer, or null when the result has no answers. */
	averageMs: number | null;
	answers: ResultAnswer[];
}

/** A question of a round, known when the teacher has given the round's link. */
export interface RoundQuestion {
	prompt: string;
	answer: string;
}

export interface QuestionStat {
	/** Position in the round, from 0. */
	index: number;
	answered: number;
	correct: number;
	/** Share of right answers among those who answered, 0 to 1. */
	share: number;
	/** The question's text and answer, when the round is known; result codes do not carry them. */
	question?: RoundQuestion;
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
	/** Results worth a second look, in words. */
	warnings: string[];
	/** Results pasted more than once (same name, same answers), counted once. */
	duplicates: number;
	/** Who is in the other rounds of the list, round by round, in list order. */
	elsewhere: { roundId: string; names: string[] }[];
}

const mean = (values: readonly number[]): number | null =>
	values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);

/**
 * Builds the table for one round from decoded results; the other rounds' results are counted in
 * `elsewhere`. With the round's questions (from its link), each question stat carries its text.
 */
export function buildClassTable(
	results: readonly ShareResult[],
	roundId: string | undefined = results[0]?.roundId,
	questions?: readonly RoundQuestion[]
): ClassTable {
	const warnings: string[] = [];
	const seen = new Set<string>();
	const names = new Map<string, number>();
	const students: StudentRow[] = [];
	const elsewhere = new Map<string, string[]>();
	let duplicates = 0;
	for (const result of results) {
		const key = resultKey(result);
		if (result.roundId !== roundId) {
			const others = elsewhere.get(result.roundId) ?? [];
			if (!seen.has(key)) others.push(withoutBidiControls(result.name));
			seen.add(key);
			elsewhere.set(result.roundId, others);
			continue;
		}
		if (seen.has(key)) {
			duplicates++;
			continue;
		}
		seen.add(key);
		names.set(nameKey(result.name), (names.get(nameKey(result.name)) ?? 0) + 1);
		students.push({
			key,
			// Codes read before direction controls were refused may still hold some.
			name: withoutBidiControls(result.name),
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
	students.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
	return {
		roundId,
		students,
		questions: questionStats(students, questions),
		averageMs: mean(students.flatMap((s) => s.answers.map((a) => a.elapsedMs))),
		warnings,
		duplicates,
		elsewhere: [...elsewhere].map(([id, list]) => ({ roundId: id, names: list }))
	};
}

function questionStats(
	students: readonly StudentRow[],
	questions: readonly RoundQuestion[] | undefined
): QuestionStat[] {
	const count = Math.max(0, ...students.map((s) => s.answers.length));
	const stats: QuestionStat[] = [];
	for (let index = 0; index < count; index++) {
		const answers = students.flatMap((s) => s.answers[index] ?? []);
		if (answers.length === 0) continue;
		const correct = answers.filter((a) => a.correct).length;
		const question = questions?.[index];
		stats.push({
			index,
			answered: answers.length,
			correct,
			share: correct / answers.length,
			...(question && { question: { prompt: question.prompt, answer: question.answer } })
		});
	}
	return stats.sort((a, b) => a.share - b.share || a.index - b.index);
}
