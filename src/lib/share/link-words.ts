// What a round link contains, in words, one line per fact: for the share dialog and the page
// a student opens, so both know what they are about to share or play.
import { counted } from '$lib/text/plural';
import type { Deck } from '$lib/decks/schema';
import type { SharePayload, ShareSource } from './link';

const PAIRING_WORDS: Record<string, string> = {
	'quote-speaker': 'quotes and who said them',
	'concept-meaning': 'concepts and what they mean',
	'country-event': 'countries and events',
	'date-event': 'dates and events'
};

/**
 * How big a round really is, when the caller has built it: the settings ask for at most so many
 * questions, pairs or events, and a small deck gives fewer.
 */
export interface RoundSize {
	questions?: number;
	pairs?: number;
	events?: number;
}

/** What a link contains, one line per fact, for the share dialog. */
export function describeShareLink(
	payload: SharePayload,
	deckTitles: Record<string, string>,
	size: RoundSize = {}
): string[] {
	const lines: string[] = [];
	switch (payload.mode) {
		case 'quiz': {
			const s = payload.settings;
			const time = s.seconds === null ? 'no time limit' : `${s.seconds} s each`;
			const answers = s.answerMode === 'choice' ? 'multiple choice' : 'typed answers';
			const questions = size.questions ?? s.questions;
			lines.push(`Quiz round, ${counted(questions, 'question')}, ${time}, ${answers}`);
			if (s.kinds) lines.push(`Only cards of kind: ${s.kinds.join(', ')}`);
			const bonuses = [s.speedBonus && 'speed', s.streakBonus && 'streaks'].filter(Boolean);
			lines.push(
				bonuses.length === 0 ? 'No bonus points' : `Bonus points for ${bonuses.join(' and ')}`
			);
			break;
		}
		case 'match': {
			const s = payload.settings;
			const pairing = PAIRING_WORDS[s.pairing] ?? s.pairing;
			const penalty = s.missPenaltyMs / 1000;
			lines.push(`Matching game, ${counted(size.pairs ?? s.pairs, 'pair')} of ${pairing}`);
			lines.push(penalty === 0 ? 'No time penalty' : `${penalty} s added for each wrong pair`);
			break;
		}
		case 'timeline':
			lines.push(
				`Timeline, ${counted(size.events ?? payload.settings.events, 'event')} to put in order`
			);
			break;
		case 'study': {
			const s = payload.settings;
			lines.push(`Study, cards ${s.order === 'deck' ? 'in deck order' : 'shuffled'}`);
			if (s.tag !== undefined) lines.push(`Only cards tagged “${s.tag}”`);
			break;
		}
	}
	lines.push(...describeSource(payload.source, deckTitles));
	// Lets a teacher check at a glance that two screens show the same round.
	lines.push(`Round code: ${payload.seed}`);
	return lines;
}

function describeSource(source: ShareSource, deckTitles: Record<string, string>): string[] {
	if (source.kind === 'custom') {
		const deck: Deck = source.deck;
		return [`Custom deck: ${deck.title} (${counted(deck.cards.length, 'card')})`];
	}
	const titles = source.deckIds.map((id) =>
		Object.hasOwn(deckTitles, id) ? (deckTitles[id] as string) : id
	);
	const lines = [`${titles.length === 1 ? 'Deck' : 'Decks'}: ${titles.join(', ')}`];
	if (source.cardIds) lines.push(`${counted(source.cardIds.length, 'chosen card')}`);
	return lines;
}
