// Valibot issues in plain words: which card and which field, and what is wrong with it,
// for messages a teacher reads ("Card 3 (“dates-1992”): the field “answer” is empty.").
import type * as v from 'valibot';

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	object: 'a group of fields',
	array: 'a list',
	null: 'empty'
};

/** Where the issue is: "card 4 (“q-xi-1”), field “answer”", "the setting “questions”". */
export function issuePlace(issue: v.BaseIssue<unknown>): string {
	const parts: string[] = [];
	const path = issue.path ?? [];
	for (let i = 0; i < path.length; i++) {
		const item = path[i];
		if (item === undefined) continue;
		const key = item.key;
		const parent = i > 0 ? path[i - 1]?.key : undefined;
		if (typeof key === 'number' && parent === 'cards') {
			const id = (item.value as { id?: unknown } | null)?.id;
			parts.push(
				typeof id === 'string' && id.length <= 120 ? `card ${key + 1} (“${id}”)` : `card ${key + 1}`
			);
		} else if (typeof key === 'number') {
			parts.push(`item ${key + 1}`);
		} else if (key === 'cards' || (i === 0 && (key === 'source' || key === 'settings'))) {
			// Containers a teacher never sees: the card or the setting inside names the place.
			continue;
		} else if (key === 'deck' && parent === 'source') {
			continue;
		} else if (parent === 'settings') {
			parts.push(`the setting “${String(key)}”`);
		} else {
			parts.push(`field “${String(key)}”`);
		}
	}
	return parts.join(', ');
}

/** What is wrong, as the end of a sentence: "is missing", "is empty", "is too long". */
export function issueProblem(issue: v.BaseIssue<unknown>): string {
	const limit = typeof issue.requirement === 'number' ? issue.requirement : undefined;
	const list = Array.isArray(issue.input);
	if (issue.received === 'undefined') return 'is missing';
	// A strict object or tuple names what it does not know: a key, or an item past the end.
	if (issue.expected === 'never') return 'is not something this app knows';
	switch (issue.type) {
		case 'min_length':
			if (list) return `needs at least ${limit ?? 1}`;
			return limit === 1 || issue.input === '' ? 'is empty' : `is shorter than ${limit}`;
		case 'max_length':
			return list ? `has more than ${limit} items` : `is too long (at most ${limit} characters)`;
		case 'regex':
			return 'has characters that are not allowed';
		case 'min_value':
			return `must be at least ${String(issue.requirement)}`;
		case 'max_value':
			return `must be at most ${String(issue.requirement)}`;
		case 'integer':
			return 'must be a whole number';
		case 'picklist':
		case 'literal':
		case 'variant':
		case 'union':
			return 'has a value this app does not know';
		case 'check':
			return issue.message;
	}
	const expected = TYPE_NAMES[issue.type];
	if (issue.kind === 'schema' && expected !== undefined) return `should be ${expected}`;
	return 'is not valid';
}

/** The whole sentence, capitalised: "Card 2 (“x”), field “answer” is empty." */
export function describeIssue(issue: v.BaseIssue<unknown>, subject = 'It'): string {
	const place = issuePlace(issue);
	const sentence = `${place === '' ? subject : place} ${issueProblem(issue)}.`;
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
