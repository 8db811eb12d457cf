import { describe, expect, it } from 'vitest';
import { formatDuration, ReviewSession } from '$lib/review/session';
import { suggestRating } from '$lib/review/typed';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 5, 9, 0, seconds));

describe('ReviewSession', () => {
	it('counts reviews, accuracy (anything but Again is recalled) and time from the first card', () => {
		const session = new ReviewSession();
		session.start(at(0));
		session.record('good', at(10));
		session.record('again', at(20));
		session.record('hard', at(30));
		session.record('easy', at(45));
		expect(session.summary()).toEqual({ reviewed: 4, recalled: 3, accuracy: 0.75, seconds: 45 });
	});

	it('forgets an undone rating', () => {
		const session = new ReviewSession();
		session.record('again', at(5));
		session.record('good', at(9));
		session.undo();
		expect(session.summary().reviewed).toBe(1);
		expect(session.summary().accuracy).toBe(0);
	});

	it('has no accuracy before the first rating', () => {
		expect(new ReviewSession().summary().accuracy).toBeNull();
	});

	it('a reload continues the sitting: the summary counts the ratings from before it', () => {
		const before = new ReviewSession();
		before.start(at(0));
		before.record('good', at(10));
		before.record('again', at(20));
		const after = ReviewSession.resume(before.toString(), at(30))!;
		after.record('easy', at(40));
		expect(after.summary()).toEqual({ reviewed: 3, recalled: 2, accuracy: 2 / 3, seconds: 40 });
	});

	it('a sitting left for over an hour, or unreadable, is not resumed', () => {
		const session = new ReviewSession();
		session.record('good', at(0));
		expect(ReviewSession.resume(session.toString(), at(59 * 60))).not.toBeNull();
		expect(ReviewSession.resume(session.toString(), at(61 * 60))).toBeNull();
		expect(ReviewSession.resume('{"ratings":["great"]}', at(10))).toBeNull();
		expect(ReviewSession.resume('not json', at(10))).toBeNull();
	});
});

describe('formatDuration', () => {
	it('reads like a person would say it', () => {
		expect(formatDuration(45)).toBe('45 s');
		expect(formatDuration(200)).toBe('3 min 20 s');
		expect(formatDuration(120)).toBe('2 min');
		expect(formatDuration(3900)).toBe('1 h 5 min');
	});
});

describe('suggestRating', () => {
	it('suggests Good for a right answer, Hard for a typo and Again for a wrong one', () => {
		expect(suggestRating('correct')).toBe('good');
		expect(suggestRating('close')).toBe('hard');
		expect(suggestRating('wrong')).toBe('again');
	});
});
