// A daily limit as the student types it, checked before it is saved: only the settings page
// reads typed limits, so this stays out of the code every page loads.
import { LIMITS } from './settings';

/**
 * Reads a limit as typed in its field: the number, or what is wrong with the text (an empty
 * field is not 0: the student has not chosen yet).
 */
export function parseLimit(
	key: keyof typeof LIMITS,
	text: string
): { ok: true; value: number } | { ok: false; message: string } {
	const { label, min, max } = LIMITS[key];
	const value = Number(text.trim());
	if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max)
		return { ok: false, message: `${label}: enter a whole number from ${min} to ${max}.` };
	return { ok: true, value };
}
