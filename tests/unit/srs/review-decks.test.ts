import { describe, expect, it } from 'vitest';
import { toggleReviewDeck } from '$lib/srs/review-decks';

const all = ['dates', 'quotes', 'figures'];

describe('toggleReviewDeck', () => {
	it('turning one deck off from "all" keeps the others by name', () => {
		expect(toggleReviewDeck(null, all, 'quotes', false)).toEqual(['dates', 'figures']);
	});

	it('stores every deck chosen as all, so decks added later join the review', () => {
		expect(toggleReviewDeck(['dates', 'figures'], all, 'quotes', true)).toBeNull();
	});

	it('turning a deck on twice adds it once', () => {
		expect(toggleReviewDeck(['dates'], all, 'dates', true)).toEqual(['dates']);
	});

	it('can leave no deck at all', () => {
		expect(toggleReviewDeck(['dates'], all, 'dates', false)).toEqual([]);
	});
});
