// Decks in and out as Anki's "Notes in Plain Text" (with its `#key:value` file headers) and
// Quizlet's export (term TAB definition). The text itself is split in anki-text.ts; here rows
// become cards, in named steps: the layout of the file, the cards of its rows, what was left out,
// and the deck.
import * as v from 'valibot';
import { DeckSchema, type Card, type Deck } from '$lib/decks/schema';
import { counted } from '$lib/text/plural';
import { guessSeparator, parseRows, readHeaders, type Headers, type Row } from './anki-text';
import { hash53 } from './checksum';
import {
	EMPTY_FILE,
	isBlank,
	isTooBig,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_CARDS,
	type DeckImport,
	type ImportOptions
} from './deck-file';
import { htmlToText, looksLikeHtml } from './html';
import { describeIssue } from './issues';

const MAX_TEXT = 2000;
const MAX_EXCERPT = 4000;

const CARD_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

// ---------------------------------------------------------------- export

/** A field as Anki reads it: quoted when it holds the separator, a quote or a line break. */
function quoteField(field: string, separator: string): string {
	const needsQuotes = field.includes(separator) || /["\r\n]/.test(field) || field.startsWith('#');
	return needsQuotes ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Header values are one line each. */
const headerValue = (text: string) => text.replace(/[\r\n\t]+/g, ' ').trim();

/**
 * The deck as Anki "Notes in Plain Text": front, back, tags, guid (the card id) per note. HTML
 * is off, so text that looks like markup is shown as typed, not run.
 */
export function exportDeckAsTsv(deck: Deck): string {
	const lines = [
		'#separator:tab',
		'#html:false',
		'#notetype:Basic',
		`#deck:${headerValue(deck.title)}`,
		'#columns:Front\tBack\tTags\tGUID',
		'#tags column:3',
		'#guid column:4'
	];
	for (const card of deck.cards) {
		const fields = [card.prompt, card.answer, (card.tags ?? []).join(' '), card.id];
		lines.push(fields.map((field) => quoteField(field, '\t')).join('\t'));
	}
	return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- building cards

function toTag(raw: string): string | undefined {
	const tag = raw
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return tag === '' ? undefined : tag;
}

function slug(text: string, max: number): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+/, '')
		.slice(0, max)
		.replace(/-+$/, '');
}

const clipText = (text: string, max: number) =>
	text.length <= max ? text : text.slice(0, max).trim();

const stripExtension = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, '').trim();

// Column names, as Anki's `#columns:` line or a first line of a Quizlet or spreadsheet export
// ("Term,Definition", "Question\tAnswer") gives them.
const FRONT_LABELS = ['front', 'question', 'term', 'text', 'word', 'prompt'];
const BACK_LABELS = ['back', 'answer', 'definition', 'extra', 'meaning'];

function fieldIndex(labels: string[], names: string[], taken: Set<number>): number | undefined {
	const index = labels.findIndex((l, i) => !taken.has(i) && names.includes(l.trim().toLowerCase()));
	return index === -1 ? undefined : index;
}

type Failure = { ok: false; message: string };
const fail = (message: string): Failure => ({ ok: false, message });

/** Where a file keeps what: its headers, its notes, and which field is the front and the back. */
interface Layout {
	headers: Headers;
	/** The notes, without a first line that only names the columns. */
	rows: Row[];
	front: number;
	back: number;
	/** Fields beyond front and back (tags, guid and the like are not counted). */
	extraFields: number;
	/** Anki's headers say whether fields are HTML; a file without them is looked at. */
	html: boolean;
}

/** Step 1: the file's layout, or why it cannot be read as notes. */
function readLayout(text: string): Layout | Failure {
	const file = text.replace(/^\uFEFF/, '');
	const { headers, body } = readHeaders(file);
	const separator = headers.separator ?? guessSeparator(body);
	if (separator === undefined) {
		return fail(
			'Each line needs a front and a back separated by a tab (or the separator named on a “#separator:” line).'
		);
	}
	const headerLines = text.slice(0, text.length - body.length).split('\n').length;
	let rows = parseRows(body, separator, headerLines);
	if (rows.length === 0) return fail('This file has no notes in it.');

	const width = rows[0]?.fields.length ?? 0;
	const meta = new Set(
		[headers.tagsColumn, headers.guidColumn, headers.notetypeColumn, headers.deckColumn]
			.filter((n): n is number => n !== undefined)
			.map((n) => n - 1)
	);
	const fieldColumns = Array.from({ length: width }, (_, i) => i).filter((i) => !meta.has(i));
	let front = fieldColumns[0];
	let back = fieldColumns[1];
	const named = (labels: string[] = []): [number, number] | undefined => {
		const f = fieldIndex(labels, FRONT_LABELS, meta);
		const b = fieldIndex(labels, BACK_LABELS, meta);
		return f !== undefined && b !== undefined && f !== b ? [f, b] : undefined;
	};
	// Anki names the columns on a #columns line. A file without Anki's # lines (a spreadsheet, a
	// Quizlet set) may name them on its first line instead: that line is not a card.
	const anki = body.length < file.length;
	const firstLine = !anki && named(rows[0]?.fields);
	const columns =
		headers.columns !== undefined
			? named(parseRows(headers.columns, separator, 0)[0]?.fields)
			: firstLine || undefined;
	if (columns) [front, back] = columns;
	if (firstLine) {
		rows = rows.slice(1);
		if (rows.length === 0) return fail('This file names its columns but has no notes under them.');
	}
	if (front === undefined || back === undefined) {
		return fail(
			'Each note needs a front and a back, but this file has only one field per line. Is it separated by tabs?'
		);
	}
	const html = headers.html ?? rows.some((row) => row.fields.some(looksLikeHtml));
	return { headers, rows, front, back, extraFields: Math.max(0, fieldColumns.length - 2), html };
}

/** The cards made from the notes, and the lines of the notes left out or cut, by reason. */
interface CardsRead {
	cards: Card[];
	skipped: number[];
	repeated: number[];
	clipped: number[];
}

/**
 * Step 2: one card per note with a front and a back, with an id that stays the same on
 * re-import (the note's guid, else a hash of its text), the file's tags and the note's own.
 */
function readCards(layout: Layout, doc: string): CardsRead {
	const { headers, front, back } = layout;
	const clean = (raw: string | undefined) =>
		layout.html ? htmlToText(raw ?? '') : (raw ?? '').trim();
	const globalTags = headers.tags.map(toTag).filter((t): t is string => t !== undefined);
	const read: CardsRead = { cards: [], skipped: [], repeated: [], clipped: [] };
	const ids = new Set<string>();
	for (const row of layout.rows.slice(0, MAX_IMPORT_CARDS)) {
		const prompt = clean(row.fields[front]);
		const answer = clean(row.fields[back]);
		if (prompt === '' || answer === '') {
			read.skipped.push(row.line);
			continue;
		}
		if (prompt.length > MAX_TEXT || answer.length > MAX_TEXT) read.clipped.push(row.line);
		const guid =
			headers.guidColumn === undefined ? '' : (row.fields[headers.guidColumn - 1] ?? '').trim();
		const id = CARD_ID.test(guid)
			? guid
			: guid !== ''
				? `anki-${hash53(guid)}`
				: `card-${hash53(`${prompt}\u001f${answer}`)}`;
		if (ids.has(id)) {
			read.repeated.push(row.line);
			continue;
		}
		ids.add(id);
		const rawTags =
			headers.tagsColumn === undefined ? '' : (row.fields[headers.tagsColumn - 1] ?? '');
		const tags = [
			...new Set([
				...globalTags,
				...rawTags
					.split(/\s+/)
					.map(toTag)
					.filter((t): t is string => t !== undefined)
			])
		];
		read.cards.push({
			id,
			kind: 'custom',
			prompt: clipText(prompt, MAX_TEXT),
			answer: clipText(answer, MAX_TEXT),
			...(tags.length > 0 && { tags }),
			source: { doc, section: '', excerpt: clipText(answer || prompt, MAX_EXCERPT) }
		});
	}
	return read;
}

/** Step 3: what was left out or changed, in words, in the order a teacher would check it. */
function importWarnings(layout: Layout, read: CardsRead): string[] {
	const warnings: string[] = [];
	if (layout.extraFields > 0) {
		warnings.push(
			`Only two fields of each note are used (front and back); ${layout.extraFields} more were left out.`
		);
	}
	if (layout.rows.length > MAX_IMPORT_CARDS) {
		warnings.push(
			`This file has ${layout.rows.length} notes; a deck holds at most ${MAX_IMPORT_CARDS}, so only the first ${MAX_IMPORT_CARDS} were imported.`
		);
	}
	const listLines = (lines: number[]) =>
		lines.length > 5
			? `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more`
			: lines.join(', ');
	if (read.skipped.length > 0) {
		warnings.push(
			`Notes without a front or a back were left out (line ${listLines(read.skipped)}).`
		);
	}
	if (read.repeated.length > 0) {
		warnings.push(
			`Notes that repeat an earlier note were left out (line ${listLines(read.repeated)}).`
		);
	}
	if (read.clipped.length > 0) {
		warnings.push(
			`Very long fields were cut to ${MAX_TEXT} characters (line ${listLines(read.clipped)}).`
		);
	}
	return warnings;
}

/** Step 4: the deck, titled by the file's `#deck:` header, else its name, and validated. */
function deckOf(cards: Card[], headers: Headers, doc: string, options: ImportOptions) {
	const title = clipText(
		headers.deck || (options.fileName ? stripExtension(options.fileName) : '') || 'Imported deck',
		200
	);
	const deck = {
		id: `import-${slug(title, 50) || 'deck'}`.replace(/-+$/, ''),
		title,
		description: `Imported from ${doc}: ${counted(cards.length, 'card')}.`,
		cards
	};
	return v.safeParse(DeckSchema, deck);
}

/**
 * Imports an Anki plain-text export or a Quizlet export (with or without Anki's file headers).
 * Every card gets kind 'custom', an id that stays the same on re-import, and the file as source.
 */
export function importTextDeck(text: string, options: ImportOptions = {}): DeckImport {
	if (isTooBig(text)) {
		return fail(
			`This file is too big to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Split it into smaller files.`
		);
	}
	if (isBlank(text)) return fail(EMPTY_FILE);
	const layout = readLayout(text);
	if ('ok' in layout) return layout;
	const doc = clipText(options.fileName?.trim() || 'Imported deck', 200);
	const read = readCards(layout, doc);
	const warnings = importWarnings(layout, read);
	if (read.cards.length === 0) return fail('No note in this file has both a front and a back.');
	const parsed = deckOf(read.cards, layout.headers, doc, options);
	if (!parsed.success) {
		return fail(`This file could not be imported. ${describeIssue(parsed.issues[0], 'The deck')}`);
	}
	return { ok: true, deck: parsed.output, warnings };
}
