// A name for each round of a class list a teacher can read ("Quiz · Dates and timeline",
// "Round 2, 10 questions"), the Round menu, and where the students missing from a table are.
import { counted } from '$lib/text/plural';
import type { KnownRound } from './class-paste';
import { mergeResults } from './class-results';
import type { ClassTable } from './class-table';
import type { SharePayload } from './link';
import type { ShareResult } from './results';

/** “Ana”, “Ana and Bo”, “Ana, Bo and Cy”. */
function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
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
		const questions = quiz ? `, ${counted(group[0]?.total ?? 0, 'question')}` : '';
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
	`${option.label} (${counted(option.count, 'student')})`;

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
		const who = names.length <= 3 ? listNames(names) : counted(names.length, 'student');
		return `${who} in “${label}”`;
	});
	return `In other rounds: ${parts.join('; ')}. Choose a round above to see them.`;
}
