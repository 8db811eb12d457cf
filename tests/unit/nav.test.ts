import { describe, expect, it } from 'vitest';
import { currentSection } from '$lib/app/nav';

describe('currentSection', () => {
	it('marks the section a page belongs to', () => {
		expect(currentSection('/')?.label).toBe('Home');
		expect(currentSection('/decks/dates')?.label).toBe('Home');
		expect(currentSection('/quiz/dates')?.label).toBe('Home');
		expect(currentSection('/review')?.label).toBe('Review');
		expect(currentSection('/class')?.label).toBe('Class');
	});

	it('marks no section for pages outside the menu: the sources, a shared round', () => {
		expect(currentSection('/about')).toBeUndefined();
		expect(currentSection('/play')).toBeUndefined();
	});

	it('puts making a deck under My decks, not under the built-in decks (regression)', () => {
		expect(currentSection('/decks/new')?.label).toBe('My decks');
		expect(currentSection('/my-decks')?.label).toBe('My decks');
	});
});
