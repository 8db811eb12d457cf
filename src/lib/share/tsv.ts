// Decks in and out as text: Anki's "Notes in Plain Text" (with its `#key:value` file headers),
// Quizlet's export (term TAB definition), and the app's own JSON deck format.
import * as v from 'valibot';
import { DeckSchema, type Card, type Deck } from '$lib/decks/schema';
import { hash53 } from './checksum';
import { htmlToText, looksLikeHtml } from './html';
import { describeIssue } from './issues';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_CARDS = 2000;
const MAX_TEXT = 2000;
const MAX_EXCERPT = 4000;

export type DeckImport =
	{ ok: true; deck: Deck; warnings: string[] } | { ok: false; message: string };

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

/** The deck in the app's own format, as a file a teacher can share or re-import. */
export function exportDeckAsJson(deck: Deck): string {
	return JSON.stringify(deck, null, '\t') + '\n';
}

// ---------------------------------------------------------------- parsing

const SEPARATOR_NAMES: Record<string, string> = {
	tab: '\t',
	comma: ',',
	semicolon: ';',
	space: ' ',
	pipe: '|',
	colon: ':'
};

function separatorFrom(value: string): string | undefined {
	const named = SEPARATOR_NAMES[value.trim().toLowerCase()];
	if (named !== undefined) return named;
	return value.length === 1 && Object.values(SEPARATOR_NAMES).includes(value) ? value : undefined;
}

interface Headers {
	separator?: string;
	html?: boolean;
	deck?: string;
	tags: string[];
	columns?: string;
	tagsColumn?: number;
	guidColumn?: number;
	notetypeColumn?: number;
	deckColumn?: number;
}

/** Reads the `#key:value` lines at the top of the file; returns them and where the notes start. */
function readHeaders(text: string): { headers: Headers; body: string } {
	const headers: Headers = { tags: [] };
	let at = 0;
	while (at < text.length && text[at] === '#') {
		const end = text.indexOf('\n', at);
		const line = text.slice(at + 1, end === -1 ? text.length : end).replace(/\r$/, '');
		at = end === -1 ? text.length : end + 1;
		const colon = line.indexOf(':');
		if (colon === -1) continue;
		const key = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1);
		const column = () => {
			const n = Number(value.trim());
			return Number.isInteger(n) && n > 0 ? n : undefined;
		};
		switch (key) {
			case 'separator':
				headers.separator = separatorFrom(value) ?? headers.separator;
				break;
			case 'html':
				if (/^\s*(true|false)\s*$/i.test(value)) headers.html = /true/i.test(value);
				break;
			case 'deck':
				headers.deck = value.trim();
				break;
			case 'tags':
				headers.tags = value.split(/\s+/).filter(Boolean);
				break;
			case 'columns':
				headers.columns = value;
				break;
			case 'tags column':
				headers.tagsColumn = column();
				break;
			case 'guid column':
				headers.guidColumn = column();
				break;
			case 'notetype column':
				headers.notetypeColumn = column();
				break;
			case 'deck column':
				headers.deckColumn = column();
				break;
		}
	}
	return { headers, body: text.slice(at) };
}

interface Row {
	fields: string[];
	/** Line of the file the note starts on, from 1 (after the headers). */
	line: number;
}

/**
 * Splits delimited text into rows the way Anki does: a field that starts with a quote runs to the
 * closing quote ("" inside is one quote, line breaks included); lines starting with # are
 * comments; blank lines are skipped.
 */
function parseRows(body: string, separator: string, firstLine: number): Row[] {
	const rows: Row[] = [];
	let fields: string[] = [];
	let field = '';
	let line = firstLine;
	let rowLine = firstLine;
	let i = 0;
	let atFieldStart = true;
	const endRow = () => {
		fields.push(field);
		const blank = fields.length === 1 && fields[0] === '';
		if (!blank) rows.push({ fields, line: rowLine });
		fields = [];
		field = '';
		atFieldStart = true;
	};
	while (i < body.length) {
		const ch = body[i] as string;
		if (atFieldStart && fields.length === 0 && field === '' && ch === '#') {
			// A comment line.
			const end = body.indexOf('\n', i);
			i = end === -1 ? body.length : end + 1;
			line++;
			rowLine = line;
			continue;
		}
		if (atFieldStart && ch === '"') {
			atFieldStart = false;
			i++;
			while (i < body.length) {
				const c = body[i] as string;
				if (c === '"') {
					if (body[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (c === '\n') line++;
				field += c;
				i++;
			}
			continue;
		}
		atFieldStart = false;
		if (ch === separator) {
			fields.push(field);
			field = '';
			atFieldStart = true;
			i++;
		} else if (ch === '\n' || ch === '\r') {
			i += ch === '\r' && body[i + 1] === '\n' ? 2 : 1;
			endRow();
			line++;
			rowLine = line;
		} else {
			field += ch;
			i++;
		}
	}
	if (field !== '' || fields.length > 0) endRow();
	return rows;
}

function guessSeparator(body: string): string | undefined {
	const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
	return ['\t', '|', ';', ','].find((sep) => firstLine.includes(sep));
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

const EMPTY_FILE = 'The file is empty.';

/** Nothing but white space (and perhaps a byte-order mark). */
const isBlank = (text: string) => text.replace(/^\uFEFF/, '').trim() === '';

export interface ImportOptions {
	/** The file's name: the deck title when the file names none, and each card's source. */
	fileName?: string;
}

/**
 * Imports an Anki plain-text export or a Quizlet export (with or without Anki's file headers).
 * Every card gets kind 'custom', an id that stays the same on re-import, and the file as source.
 */
export function importTextDeck(text: string, options: ImportOptions = {}): DeckImport {
	const fail = (message: string): DeckImport => ({ ok: false, message });
	if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
		return fail(
			`This file is too big to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Split it into smaller files.`
		);
	}
	if (isBlank(text)) return fail(EMPTY_FILE);
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

	const warnings: string[] = [];
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
	if (fieldColumns.length > 2) {
		warnings.push(
			`Only two fields of each note are used (front and back); ${fieldColumns.length - 2} more were left out.`
		);
	}

	const html = headers.html ?? rows.some((row) => row.fields.some(looksLikeHtml));
	const clean = (raw: string | undefined) => {
		const text = html ? htmlToText(raw ?? '') : (raw ?? '').trim();
		return text;
	};
	const doc = clipText(options.fileName?.trim() || 'Imported deck', 200);
	const globalTags = headers.tags.map(toTag).filter((t): t is string => t !== undefined);

	if (rows.length > MAX_IMPORT_CARDS) {
		warnings.push(
			`This file has ${rows.length} notes; a deck holds at most ${MAX_IMPORT_CARDS}, so only the first ${MAX_IMPORT_CARDS} were imported.`
		);
	}
	const cards: Card[] = [];
	const ids = new Set<string>();
	const skipped: number[] = [];
	const repeated: number[] = [];
	const clipped: number[] = [];
	for (const row of rows.slice(0, MAX_IMPORT_CARDS)) {
		const prompt = clean(row.fields[front]);
		const answer = clean(row.fields[back]);
		if (prompt === '' || answer === '') {
			skipped.push(row.line);
			continue;
		}
		if (prompt.length > MAX_TEXT || answer.length > MAX_TEXT) clipped.push(row.line);
		const guid =
			headers.guidColumn === undefined ? '' : (row.fields[headers.guidColumn - 1] ?? '').trim();
		const id = CARD_ID.test(guid)
			? guid
			: guid !== ''
				? `anki-${hash53(guid)}`
				: `card-${hash53(`${prompt}\u001f${answer}`)}`;
		if (ids.has(id)) {
			repeated.push(row.line);
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
		cards.push({
			id,
			kind: 'custom',
			prompt: clipText(prompt, MAX_TEXT),
			answer: clipText(answer, MAX_TEXT),
			...(tags.length > 0 && { tags }),
			source: { doc, section: '', excerpt: clipText(answer || prompt, MAX_EXCERPT) }
		});
	}
	const listLines = (lines: number[]) =>
		lines.length > 5
			? `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more`
			: lines.join(', ');
	if (skipped.length > 0) {
		warnings.push(`Notes without a front or a back were left out (line ${listLines(skipped)}).`);
	}
	if (repeated.length > 0) {
		warnings.push(`Notes that repeat an earlier note were left out (line ${listLines(repeated)}).`);
	}
	if (clipped.length > 0) {
		warnings.push(
			`Very long fields were cut to ${MAX_TEXT} characters (line ${listLines(clipped)}).`
		);
	}
	if (cards.length === 0) return fail('No note in this file has both a front and a back.');

	const title = clipText(
		headers.deck || (options.fileName ? stripExtension(options.fileName) : '') || 'Imported deck',
		200
	);
	const deck = {
		id: `import-${slug(title, 50) || 'deck'}`.replace(/-+$/, ''),
		title,
		description: `Imported from ${doc}: ${cards.length} ${cards.length === 1 ? 'card' : 'cards'}.`,
		cards
	};
	const parsed = v.safeParse(DeckSchema, deck);
	if (!parsed.success) {
		return fail(`This file could not be imported. ${describeIssue(parsed.issues[0], 'The deck')}`);
	}
	return { ok: true, deck: parsed.output, warnings };
}

/** Imports a deck in the app's own JSON format, saying which card and field is wrong if any. */
export function importJsonDeck(text: string): DeckImport {
	const fail = (message: string): DeckImport => ({ ok: false, message });
	if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
		return fail(`This file is too big to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
	}
	if (isBlank(text)) return fail(EMPTY_FILE);
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return fail(
			'This file is not a deck: it is not valid JSON. Was it cut short or edited by hand?'
		);
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return fail(
			'This file is not a deck: a deck file holds one object with an id, a title and cards.'
		);
	}
	const parsed = v.safeParse(DeckSchema, raw);
	if (!parsed.success) {
		return fail(`This deck file has a problem. ${describeIssue(parsed.issues[0], 'The deck')}`);
	}
	const deck = parsed.output;
	if (deck.cards.length === 0) return fail('This deck has no cards.');
	if (deck.cards.length > MAX_IMPORT_CARDS) {
		return fail(
			`This deck has ${deck.cards.length} cards; a deck may hold at most ${MAX_IMPORT_CARDS}.`
		);
	}
	const seen = new Set<string>();
	for (const [i, card] of deck.cards.entries()) {
		if (seen.has(card.id))
			return fail(`Card ${i + 1} has the same id as an earlier card (“${card.id}”).`);
		seen.add(card.id);
	}
	return { ok: true, deck, warnings: [] };
}

/** Imports a deck file of any supported kind: JSON when it looks like JSON, else Anki/Quizlet text. */
export function importDeckFile(text: string, options: ImportOptions = {}): DeckImport {
	const json = /\.json$/i.test(options.fileName ?? '') || /^\uFEFF?\s*\{/.test(text);
	return json ? importJsonDeck(text) : importTextDeck(text, options);
}
