// How ratings and intervals are put into words for the student: only the review page needs
// them, so they stay out of the scheduler code every page loads.
import type { Rating } from '$lib/srs/card';

/** The buttons' words, as the student sees and hears them. */
export const RATING_LABELS: Record<Rating, string> = {
	again: 'Again',
	hard: 'Hard',
	good: 'Good',
	easy: 'Easy'
};

const UNITS: Record<string, [string, string]> = {
	m: ['minute', 'minutes'],
	h: ['hour', 'hours'],
	d: ['day', 'days'],
	mo: ['month', 'months'],
	y: ['year', 'years']
};

/**
 * An interval label as words ("10m" → "10 minutes"), for screen readers, which would read
 * "10m" as metres.
 */
export function spokenInterval(label: string): string {
	if (label === '<1m') return 'less than a minute';
	const match = /^(\d+(?:\.\d+)?)(mo|m|h|d|y)$/.exec(label);
	const units = match ? UNITS[match[2]!] : undefined;
	if (!match || !units) return label;
	return `${match[1]} ${match[1] === '1' ? units[0] : units[1]}`;
}
