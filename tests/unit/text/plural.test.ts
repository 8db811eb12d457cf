import { describe, expect, it } from 'vitest';
import { counted } from '$lib/text/plural';

describe('counted', () => {
	it('writes one thing in the singular and every other count in the plural', () => {
		expect(counted(1, 'card')).toBe('1 card');
		expect(counted(0, 'card')).toBe('0 cards');
		expect(counted(21, 'card')).toBe('21 cards');
	});

	it('takes an irregular plural', () => {
		expect(counted(2, 'person', 'people')).toBe('2 people');
		expect(counted(1, 'person', 'people')).toBe('1 person');
	});
});
