// What a typed answer suggests the student rate the card. The student can still pick another.
import type { AnswerVerdict } from '$lib/games/answer';
import type { Rating } from '$lib/srs/card';

const SUGGESTION: Record<AnswerVerdict, Rating> = {
	correct: 'good',
	close: 'hard',
	wrong: 'again'
};

export function suggestRating(verdict: AnswerVerdict): Rating {
	return SUGGESTION[verdict];
}

export const VERDICT_TEXT: Record<AnswerVerdict, string> = {
	correct: 'Correct',
	close: 'Almost: check the spelling',
	wrong: 'Not quite'
};
