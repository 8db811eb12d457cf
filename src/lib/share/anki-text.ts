// Anki's "Notes in Plain Text" as text: the `#key:value` file headers, the separator, and rows
// of fields split the way Anki splits them (quoted fields may hold separators and line breaks).

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

export interface Headers {
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
export function readHeaders(text: string): { headers: Headers; body: string } {
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

export interface Row {
	fields: string[];
	/** Line of the file the note starts on, from 1 (after the headers). */
	line: number;
}

/**
 * Splits delimited text into rows the way Anki does: a field that starts with a quote runs to the
 * closing quote ("" inside is one quote, line breaks included); lines starting with # are
 * comments; blank lines are skipped.
 */
export function parseRows(body: string, separator: string, firstLine: number): Row[] {
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

export function guessSeparator(body: string): string | undefined {
	const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
	return ['\t', '|', ';', ','].find((sep) => firstLine.includes(sep));
}
