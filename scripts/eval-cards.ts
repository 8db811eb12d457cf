// `npm run eval:cards`: automatic card-quality findings, one row per corpus text
// (tests/fixtures/corpus/*.txt, each generated alone) and one for the built-in decks, then the
// worst examples of each finding on the built-in decks and their match-board findings.
// Flags: --json (the full report as JSON), --examples N (examples per finding, default 3).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Card } from '../src/lib/decks/schema';
import { generateCards, generateDecks, type SourceDoc } from '../src/lib/generator/generate';
import { readEdits, readSources } from './build-decks';
import {
	CUES,
	DEFAULT_SEEDS,
	evaluateCards,
	evaluateDecks,
	evaluateMatch,
	FINDING_LABELS,
	FINDINGS,
	LENGTH_MIN_WORDS,
	LENGTH_RATIO,
	type CardsReport,
	type FindingExample,
	type FindingId,
	type MatchFindings
} from './eval/findings';

export const CORPUS_DIR = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));

export interface Row {
	name: string;
	bytes: number;
	report?: CardsReport;
	error?: string;
}

/** The corpus texts present now (another job may still be adding them). */
export function readCorpus(dir = CORPUS_DIR): SourceDoc[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');

const SHORT: Record<FindingId, string> = {
	reference: 'ref',
	giveaway: 'give',
	pronoun: 'pron',
	notQuestion: 'noQ',
	typeOutlier: 'type',
	lengthOutlier: 'len',
	duplicateOptions: 'dup',
	fewOptions: '<4'
};

function parseArgs(argv: string[]): { json: boolean; examples: number } {
	let json = false;
	let examples = 3;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (arg === '--json') json = true;
		else if (arg === '--examples' || arg.startsWith('--examples=')) {
			const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
			examples = Number(value);
			if (!Number.isInteger(examples) || examples < 0) throw new Error('--examples needs N ≥ 0');
		} else if (arg === '--help' || arg === '-h') {
			console.log('usage: npm run eval:cards [-- --json] [-- --examples N]');
			process.exit(0);
		} else throw new Error(`Unknown argument ${arg}`);
	}
	return { json, examples };
}

function table(rows: string[][], right: (col: number) => boolean): string {
	const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
	return rows
		.map((r) =>
			r
				.map((cell, c) => (right(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

const clip = (text: string, max: number) =>
	text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

function rowCells(row: Row): string[] {
	const kb = row.bytes / 1024;
	const name = clip(row.name.replace(/\.txt$/, ''), 32);
	if (!row.report) return [name, '', kb.toFixed(1), '', ...FINDINGS.map(() => ''), row.error ?? ''];
	const r = row.report;
	const g = r.guesser;
	return [
		name,
		String(r.cards),
		kb.toFixed(1),
		kb === 0 ? '' : (r.cards / kb).toFixed(1),
		...FINDINGS.map((f) => String(r.findings[f].count)),
		String(r.optionSets),
		g.accuracy.toFixed(1),
		g.chance.toFixed(1),
		`${g.edge >= 0 ? '+' : ''}${g.edge.toFixed(1)}`
	];
}

function formatExample(e: FindingExample): string {
	const lines = [`    ${clip(e.prompt, 150)} → ${clip(e.answer, 80)}`];
	if (e.options) lines.push(`      options: ${e.options.map((o) => clip(o, 60)).join(' | ')}`);
	lines.push(`      (${clip(e.detail, 140)})`);
	return lines.join('\n');
}

function matchTable(rows: MatchFindings[]): string {
	return table(
		[
			['deck', 'pairing', 'boards', 'pairs', 'giveaway', 'mixed cols', 'dup tiles', 'speakers'],
			...rows.map((m) => [
				m.deck,
				m.pairing,
				String(m.boards),
				String(m.pairs),
				String(m.giveaways),
				String(m.mixedColumns),
				String(m.duplicateTiles),
				m.speakers === undefined ? '' : `${m.speakers} for ${m.quotePairs} quotes`
			])
		],
		(c) => c >= 2 && c <= 6
	);
}

function main(): void {
	const { json, examples } = parseArgs(process.argv.slice(2));
	const started = performance.now();

	const sources = readSources();
	const decks = generateDecks(sources, readEdits());
	const builtinCards: Card[] = decks.flatMap((d) => d.cards);
	const builtin: Row = {
		name: 'built-in decks',
		bytes: sources.reduce((sum, s) => sum + bytesOf(s.text), 0),
		report: evaluateDecks(decks, builtinCards)
	};

	const corpus = readCorpus();
	const rows: Row[] = corpus.map((doc) => {
		const row: Row = { name: doc.name, bytes: bytesOf(doc.text) };
		try {
			const cards = generateCards(doc);
			row.report = evaluateCards(cards, [...builtinCards, ...cards]);
		} catch (error) {
			row.error = `error: ${error instanceof Error ? error.message : String(error)}`;
		}
		return row;
	});
	const match = evaluateMatch(decks);

	if (json) {
		console.log(JSON.stringify({ seeds: DEFAULT_SEEDS, corpus: rows, builtin, match }, null, 2));
		return;
	}

	const header = [
		'text',
		'cards',
		'KB',
		'c/KB',
		...FINDINGS.map((f) => SHORT[f]),
		'sets',
		'guess%',
		'chance%',
		'Δpts'
	];
	const body = [...rows, builtin].map(rowCells);
	console.log(table([header, ...body], (c) => c > 0));
	if (corpus.length === 0)
		console.log(`(no corpus texts in ${CORPUS_DIR} yet: only the built-in decks are evaluated)`);
	console.log(
		`\n${FINDINGS.map((f) => `${SHORT[f]}: ${FINDING_LABELS[f]}`).join('\n')}\n` +
			`ref/give/pron/noQ count cards; the rest count option sets, each question once per seed ` +
			`(${DEFAULT_SEEDS.length} seeds, every card asked, pool = built-in cards + the text's own).\n` +
			`len: answer is the unique longest/shortest option in words, > ${LENGTH_RATIO}x and ≥ ` +
			`${LENGTH_MIN_WORDS} words off the others' median. guess%: test-wise guesser; chance%: ` +
			`mean 1/options; Δpts = guess − chance.`
	);

	const report = builtin.report as CardsReport;
	if (examples > 0) {
		console.log(`\nWorst examples on the built-in decks (up to ${examples} per finding):`);
		for (const f of FINDINGS) {
			const finding = report.findings[f];
			if (finding.count === 0) continue;
			console.log(`  ${SHORT[f]} (${finding.count}): ${FINDING_LABELS[f]}`);
			for (const e of finding.examples.slice(0, examples)) console.log(formatExample(e));
		}
	}
	const cues = CUES.map((c) => {
		const u = report.guesser.cues[c];
		return `${c} ${u.correct}/${u.used}`;
	}).join(', ');
	console.log(`\nGuesser cues on the built-in decks (right/used): ${cues}`);
	if (report.unasked) console.log(`Cards never asked in multiple choice: ${report.unasked}`);

	console.log('\nMatch boards of the built-in decks (default 6 pairs, one board per seed):');
	console.log(matchTable(match));
	if (examples > 0) {
		for (const m of match) {
			for (const e of m.examples.slice(0, examples))
				console.log(`  ${m.deck}/${m.pairing}: ${clip(e, 200)}`);
		}
	}
	console.log(`\n${(performance.now() - started).toFixed(0)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	// Piped into `head`: stop quietly when the reader has had enough.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
	main();
}
