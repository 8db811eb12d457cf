// Locating a card's excerpt inside the passage it came from, so the UI can highlight it.

export interface ExcerptSplit {
	before: string;
	excerpt: string;
	after: string;
}

/** Splits `passage` around the first verbatim occurrence of `excerpt`; undefined if absent. */
export function splitAroundExcerpt(passage: string, excerpt: string): ExcerptSplit | undefined {
	const at = passage.indexOf(excerpt);
	if (at < 0 || excerpt.length === 0) return undefined;
	return {
		before: passage.slice(0, at),
		excerpt,
		after: passage.slice(at + excerpt.length)
	};
}

/** Cards from the same section share one passage. */
export function passageKey(source: { doc: string; section: string }): string {
	return `${source.doc}#${source.section}`;
}
