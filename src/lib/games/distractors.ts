// Wrong options for multiple choice. They come from answers of the same kind (a date for a date,
// a speaker for a quote), are never a right answer, and are picked to be plausible: a quantity is
// offered beside other amounts of the same thing ("three weeks" beside "five weeks", never beside
// "five continents"), and no option contains another ("Xi Jinping" beside "Xi Jinping and
// Nguyễn Phú Trọng" would give the answer away or make two options right).
//
// Options are picked in two steps, so that a share link made before a rule was added still gives
// the same round: first the seeded draw (draw.ts), whose use of the random stream must never
// change, then today's rules (option-rules.ts), which only replace the options that break them,
// in the same place, from a stream of their own. Amounts are read and written in quantities.ts.
import type { Card } from '$lib/decks/schema';
import { candidateTexts, draw, rightCheck, type Candidate } from './draw';
import { allowedBeside, spares, type Picking } from './option-rules';
import type { Rng } from './rng';

/**
 * Step 1's options in their places, each kept only when today's rules allow it (null where one
 * was dropped), plus replacements: first into the dropped places, then after them up to `count`.
 */
function pickSlots(
	card: Card,
	pool: readonly Card[],
	rng: Rng,
	spare: Rng,
	count: number
): { slots: (string | null)[]; extra: string[] } {
	const p: Picking = {
		card,
		pool,
		candidates: candidateTexts(card, pool),
		judge: rightCheck(card),
		allowed: allowedBeside(card)
	};
	const kept: Candidate[] = [];
	const slots = draw(card, p.candidates, rng, count, p.judge).map((candidate) => {
		const texts = kept.map((k) => k.text);
		if (!p.allowed(candidate.text, texts)) return null;
		kept.push(candidate);
		return candidate.text;
	});
	const replacements = spares(p, spare, count - kept.length, kept).map((c) => c.text);
	for (let i = 0; i < slots.length && replacements.length > 0; i++) {
		if (slots[i] === null) slots[i] = replacements.shift() as string;
	}
	return { slots, extra: replacements };
}

/**
 * Up to `count` wrong options for `card`, drawn from `pool` (which may be wider than the round's
 * deck, so a small deck still gets full questions). Fewer are returned rather than invented,
 * except for an amount: a deck with too few amounts of the same thing gets other numbers of it
 * ("four weeks" for "three weeks"). The most plausible tier is used first; within it a random
 * pick among the nearest 2 × needed keeps rounds varied.
 */
export function pickDistractors(card: Card, pool: readonly Card[], rng: Rng, count = 3): string[] {
	const { slots, extra } = pickSlots(card, pool, rng, rng, count);
	return [...slots.filter((s): s is string => s !== null), ...extra];
}

/**
 * A multiple-choice question: the answer among up to `count` wrong options, in display order,
 * and where the answer is. `rng` is the round's stream; `spare` gives what today's rules add, so
 * they change nothing else in the round: an option that was fine when a link was made keeps its
 * place, and the later questions keep theirs.
 */
export function chooseOptions(
	card: Card,
	pool: readonly Card[],
	rng: Rng,
	spare: Rng,
	count = 3
): { options: string[]; correct: number } {
	// A generated card's options come from its deck, never from other cards' answers, which may be
	// of another type or form; dates and amounts are still made from the answer itself.
	const fromItsDeck =
		card.distractors !== undefined ||
		(card.answerType !== undefined && card.answerType !== 'date' && card.answerType !== 'number');
	if (fromItsDeck) return fromDeck(card, rng, count);
	const { slots, extra } = pickSlots(card, pool, rng, spare, count);
	// The answer and step 1's places are shuffled as they always were (index 0 is the answer).
	const order = rng.shuffle(Array.from({ length: slots.length + 1 }, (_, i) => i));
	const options: string[] = [];
	let correct = -1;
	for (const i of order) {
		if (i === 0) correct = options.push(card.answer) - 1;
		else if (slots[i - 1] !== null) options.push(slots[i - 1] as string);
	}
	for (const text of extra) {
		const at = spare.int(options.length + 1);
		options.splice(at, 0, text);
		if (at <= correct) correct++;
	}
	return { options, correct };
}

/**
 * The deck's wrong options are stored most plausible first (a list's own other items, people of
 * the asked role, countries of the asked region); a round takes the first and `count - 1` of the
 * next `count`, so rounds vary a little and never reach for the weaker ones further down.
 */
export const DECK_OPTION_WINDOW = 1;

/**
 * Options from the wrong answers the deck was made with (chosen from everything its texts name,
 * of the answer's type and form): `count` of the most plausible, and the answer among them.
 */
function fromDeck(card: Card, rng: Rng, count: number): { options: string[]; correct: number } {
	const judge = rightCheck(card);
	const wrong = (card.distractors ?? [])
		.filter((text) => !judge(text))
		.slice(0, count + DECK_OPTION_WINDOW);
	// The most plausible is always asked (another of Taiwan's presidents for Tsai Ing-wen); the
	// rest vary from round to round.
	const [best, ...rest] = wrong;
	const chosen = best === undefined ? [] : [best, ...rng.sample(rest, count - 1)];
	const options = rng.shuffle([card.answer, ...chosen]);
	return { options, correct: options.indexOf(card.answer) };
}
