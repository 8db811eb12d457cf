// The teacher's view of shared rounds: reading a paste of result codes and round links, the
// class list without repeats, a name for each round, one row per student, how hard each
// question was, and a CSV export that a spreadsheet opens safely.
import { decodeShareLink, encodeShareLink, roundId as roundIdOf, type SharePayload } from './link';
import {
	decodeResult,
	MAX_CODE_LENGTH,
	RESULT_MESSAGES,
	type ResultAnswer,
	type ShareResult,
	withoutBidiControls
} from './results';

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

const nameKey = (name: string) => name.trim().toLowerCase();

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A possessive that reads well after any name: “Ana’s”, “James’s”. */
const whose = (name: string) => `${name}’s`;

/** “Ana”, “Ana and Bo”, “Ana, Bo and Cy”. */
function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The same result twice (a code pasted again, or the same code as a code and as a link) gives
 * the same key; two different results of one student give different keys.
 */
export function resultKey(result: ShareResult): string {
	return JSON.stringify([
		result.roundId,
		nameKey(result.name),
		result.score,
		result.correct,
		result.total,
		result.answers.map((a) => [a.correct, a.given, a.elapsedMs])
	]);
}

export interface MergedResults {
	/** The list with the new results at the end, and never one result twice. */
	list: ShareResult[];
	/** The results that were new. */
	added: ShareResult[];
	/** The results that were in the list already, or came twice in what was pasted. */
	already: ShareResult[];
}

/** Adds results to a class list, leaving out those it holds already. */
export function mergeResults(
	existing: readonly ShareResult[],
	incoming: readonly ShareResult[]
): MergedResults {
	const seen = new Set<string>();
	const list: ShareResult[] = [];
	for (const result of existing) {
		const key = resultKey(result);
		if (seen.has(key)) continue;
		seen.add(key);
		list.push(result);
	}
	const added: ShareResult[] = [];
	const already: ShareResult[] = [];
	for (const result of incoming) {
		const key = resultKey(result);
		if (seen.has(key)) {
			already.push(result);
			continue;
		}
		seen.add(key);
		list.push(result);
		added.push(result);
	}
	return { list, added, already };
}

/** A round link the teacher gave the class page: it names the round and holds its questions. */
export interface KnownRound {
	/** The round id result codes carry. */
	id: string;
	/** The link's fragment, without '#', as the app writes it. */
	link: string;
	payload: SharePayload;
}

export type RoundLinkRead = { ok: true; round: KnownRound } | { ok: false; message: string };

/** Reads a round link (whole, or its fragment). Never throws. */
export function readRoundLink(text: string): RoundLinkRead {
	const decoded = decodeShareLink(text);
	if (!decoded.ok) return decoded;
	try {
		const payload = decoded.payload;
		return { ok: true, round: { id: roundIdOf(payload), link: encodeShareLink(payload), payload } };
	} catch {
		return { ok: false, message: 'This link cannot start a round.' };
	}
}

export interface PasteError {
	/** The text as it was pasted (line breaks and all), to put back in the box. */
	input: string;
	message: string;
}

export interface PasteReading {
	results: ShareResult[];
	rounds: KnownRound[];
	errors: PasteError[];
}

// How many pieces a code broken over lines may be glued back from.
const MAX_PIECES = 40;

/**
 * A code or link without the quotes, brackets or full stop a message put around it
 * (“<https://…>”, “(R1-…).”): no code or link of this app starts or ends with one of those.
 */
const bare = (text: string) => text.replace(/^[<(["'“‘]+/, '').replace(/[>)\]"'”’.,;:!?]+$/, '');

/** Where a code or a link starts: a result code, a round fragment, or anything with a '#'. */
function startsCode(raw: string): boolean {
	const token = bare(raw);
	return (
		/^R\d/.test(token) ||
		/^v\d+\./.test(token) ||
		/^https?:\/\//i.test(token) ||
		token.includes('#')
	);
}

/** What the rest of a code or link broken over lines looks like. */
const continuesCode = (token: string) => /^[A-Za-z0-9_.~%&=/:+-]+$/.test(token);

const isRoundLink = (text: string) => /(?:^|#)v\d+\./.test(text.replace(/\s+/g, ''));

type Decoded =
	| { ok: true; result: ShareResult }
	| { ok: true; round: KnownRound }
	| { ok: false; message: string };

function decodeAny(pasted: string): Decoded {
	const text = bare(pasted);
	if (isRoundLink(text)) return readRoundLink(text);
	return decodeResult(text);
}

/**
 * Reads what a teacher pastes: result codes, result links and round links, one per line or
 * separated by spaces, commas or semicolons. A code an email client broke over several lines
 * is glued back together. What cannot be read comes back as it was pasted, one entry per code
 * tried, or per run of plain words on a line (“hello world” is one entry, not two).
 */
export function readPaste(text: string): PasteReading {
	const out: PasteReading = { results: [], rounds: [], errors: [] };
	if (text.length > MAX_CODE_LENGTH * 100) {
		out.errors.push({ input: text, message: RESULT_MESSAGES.tooLong });
		return out;
	}
	const tokens = [...text.matchAll(/[^\s,;]+/g)].map((m) => ({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
	const span = (from: number, to: number) =>
		text.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0);
	const keep = (decoded: Decoded & { ok: true }) => {
		if ('result' in decoded) out.results.push(decoded.result);
		else out.rounds.push(decoded.round);
	};
	let i = 0;
	while (i < tokens.length) {
		const first = (tokens[i] as { text: string }).text;
		if (!startsCode(first)) {
			// Plain words: one entry for the run of them on this line.
			let last = i;
			while (
				last + 1 < tokens.length &&
				!startsCode((tokens[last + 1] as { text: string }).text) &&
				!span(last, last + 1).includes('\n')
			) {
				last++;
			}
			const words = decodeResult(span(i, last));
			out.errors.push({
				input: span(i, last),
				message: words.ok ? RESULT_MESSAGES.notACode : words.message
			});
			i = last + 1;
			continue;
		}
		const alone = decodeAny(first);
		if (alone.ok) {
			keep(alone);
			i++;
			continue;
		}
		let joined = first;
		let last = i;
		let found = false;
		for (let j = i + 1; j < tokens.length && j - i < MAX_PIECES; j++) {
			const next = (tokens[j] as { text: string }).text;
			if (startsCode(next) || !continuesCode(next)) break;
			joined += next;
			last = j;
			const attempt = decodeAny(joined);
			if (attempt.ok) {
				keep(attempt);
				found = true;
				break;
			}
		}
		if (!found) {
			const tried = decodeAny(joined);
			out.errors.push({
				input: span(i, last),
				message: tried.ok ? alone.message : tried.message
			});
		}
		i = last + 1;
	}
	return out;
}

/** What one Add did, in words, for the status line. */
export function pasteSummary(outcome: {
	added: readonly ShareResult[];
	already: readonly ShareResult[];
	/** Names of rounds whose link was new. */
	rounds: readonly string[];
	/** Round links that were known already. */
	roundsAlready: number;
	unreadable: number;
}): string {
	const { added, already, rounds, roundsAlready, unreadable } = outcome;
	const nothing = added.length + already.length + rounds.length + roundsAlready + unreadable === 0;
	if (nothing) return 'Paste at least one result code or result link.';
	const parts: string[] = [];
	if (added.length === 1) parts.push(`Added ${whose((added[0] as ShareResult).name)} result.`);
	else if (added.length > 1) parts.push(`Added ${plural(added.length, 'result')}.`);
	else if (rounds.length === 0) parts.push('Nothing was added.');
	if (already.length === 1) {
		parts.push(`${whose((already[0] as ShareResult).name)} result was already in the list.`);
	} else if (already.length > 1) {
		parts.push(`${already.length} results were already in the list.`);
	}
	for (const name of rounds) parts.push(`Saved the round link of “${name}”.`);
	if (roundsAlready === 1) parts.push('That round link was saved already.');
	else if (roundsAlready > 1) parts.push(`${roundsAlready} round links were saved already.`);
	if (unreadable === 1) parts.push('One entry could not be read: it is left in the box to fix.');
	else if (unreadable > 1) {
		parts.push(`${unreadable} entries could not be read: they are left in the box to fix.`);
	}
	return parts.join(' ');
}

const MODE_NAMES: Record<SharePayload['mode'], string> = {
	quiz: 'Quiz',
	match: 'Match',
	timeline: 'Timeline',
	study: 'Study'
};

/** What a round is, from its link: “Quiz · Dates and timeline”, “Match · Quotes, People”. */
export function roundName(payload: SharePayload, deckTitles: Readonly<Record<string, string>>) {
	const source = payload.source;
	let decks: string;
	if (source.kind === 'custom') decks = source.deck.title;
	else {
		const titles = source.deckIds.map((id) =>
			Object.hasOwn(deckTitles, id) ? (deckTitles[id] as string) : id
		);
		decks =
			titles.length > 3
				? `${titles.slice(0, 2).join(', ')} and ${titles.length - 2} more decks`
				: titles.join(', ');
	}
	return `${MODE_NAMES[payload.mode]} · ${decks}`;
}

export interface RoundOption {
	id: string;
	/** What the round is when its link is known, else “Round 2” (its place in the list). */
	label: string;
	/** Rows in its table: one per result. */
	count: number;
	/** Whether its link is known, so its label says what it is. */
	known: boolean;
}

/**
 * The rounds of a class list, in the order they first appear, each with a name a teacher can
 * read. Codes carry only a round id: a round whose link the teacher has given is named after
 * its mode and decks; another one is “Round 2”, with its number of questions when that is plain.
 * Two rounds that would read the same are told apart by their place in the list.
 */
export function roundOptions(
	results: readonly ShareResult[],
	known: readonly KnownRound[],
	deckTitles: Readonly<Record<string, string>> = {}
): RoundOption[] {
	const groups = new Map<string, ShareResult[]>();
	for (const result of results) {
		const group = groups.get(result.roundId);
		if (group) group.push(result);
		else groups.set(result.roundId, [result]);
	}
	const options = [...groups].map(([id, group], i): RoundOption => {
		const round = known.find((k) => k.id === id);
		const count = mergeResults([], group).list.length;
		if (round) return { id, label: roundName(round.payload, deckTitles), count, known: true };
		const totals = new Set(group.map((r) => r.total));
		const quiz = group.every((r) => r.answers.length > 0) && totals.size === 1;
		const questions = quiz ? `, ${plural(group[0]?.total ?? 0, 'question')}` : '';
		return { id, label: `Round ${i + 1}${questions}`, count, known: false };
	});
	const labels = options.map((o) => o.label);
	return options.map((option, i) =>
		option.known && labels.some((label, j) => j !== i && label === option.label)
			? { ...option, label: `${option.label}, round ${i + 1}` }
			: option
	);
}

/** A round in the Round menu: its name and how many students it has. */
export const roundOptionText = (option: RoundOption) =>
	`${option.label} (${plural(option.count, 'student')})`;

/**
 * Where the students missing from the table are: “Also in this list: Ana in “Timeline ·
 * Dates and timeline”, 12 students in “Round 3”.”, or null when everyone is in the table.
 */
export function elsewhereNote(
	table: Pick<ClassTable, 'elsewhere'>,
	options: readonly RoundOption[]
): string | null {
	if (table.elsewhere.length === 0) return null;
	const parts = table.elsewhere.map(({ roundId, names }) => {
		const label = options.find((o) => o.id === roundId)?.label ?? 'another round';
		const who = names.length <= 3 ? listNames(names) : plural(names.length, 'student');
		return `${who} in “${label}”`;
	});
	return `In other rounds: ${parts.join('; ')}. Choose a round above to see them.`;
}

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
