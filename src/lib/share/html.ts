// Anki fields may hold HTML. Imported cards keep only the text: tags go, entities are decoded,
// and what a browser would never show (scripts, styles, comments, sound references) is dropped.

const NAMED: Record<string, string> = {
	nbsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”'
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const hex = name[1] === 'x' || name[1] === 'X';
			const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
			const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
			return valid ? String.fromCodePoint(code) : '\ufffd';
		}
		return NAMED[name.toLowerCase()] ?? whole;
	});
}

/** Whether a field looks like HTML (for files that do not say with `#html:`). */
export function looksLikeHtml(text: string): boolean {
	return /<\/?(b|i|u|s|br|div|p|span|img|a|ul|ol|li|sub|sup|font|strong|em|hr|table)\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\d+);/i.test(
		text
	);
}

/** Plain text from an HTML field: line breaks where blocks end, single spaces, no tags. */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
		.replace(/<!--[\s\S]*?(-->|$)/g, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
		.replace(/<\/?[a-z!][^>]*(>|$)/gi, '')
		.replace(/\[sound:[^\]]*\]/g, '');
	return decodeEntities(text)
		.replace(/[ \t\u00a0]+/g, ' ')
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
