import { describe, expect, it } from 'vitest';
import { activatesOnKey, isField } from '$lib/ui/keys';

const make = (html: string): Element => {
	document.body.innerHTML = html;
	return document.body.firstElementChild!;
};

describe('page shortcuts leave the focused element its own keys', () => {
	it('Space and Enter belong to links, buttons, summaries and fields', () => {
		expect(activatesOnKey(make('<a href="/settings">Settings</a>'))).toBe(true);
		expect(activatesOnKey(make('<button>Show answer</button>'))).toBe(true);
		expect(
			activatesOnKey(make('<details><summary>Source</summary></details>').firstElementChild)
		).toBe(true);
		expect(activatesOnKey(make('<input type="radio">'))).toBe(true);
		expect(activatesOnKey(make('<div role="button" tabindex="0">x</div>'))).toBe(true);
	});

	it('the page itself, a card or a link without href take the shortcut', () => {
		expect(activatesOnKey(document.body)).toBe(false);
		expect(activatesOnKey(make('<article tabindex="-1">A card</article>'))).toBe(false);
		expect(activatesOnKey(make('<a>no link</a>'))).toBe(false);
		expect(activatesOnKey(null)).toBe(false);
	});

	it('typing keys belong to inputs, text areas, selects and editable text', () => {
		expect(isField(make('<input>'))).toBe(true);
		expect(isField(make('<textarea></textarea>'))).toBe(true);
		expect(isField(make('<select></select>'))).toBe(true);
		expect(isField(make('<button>1</button>'))).toBe(false);
		expect(isField(document.body)).toBe(false);
	});
});
