// The matching board: pairs of cards' texts (a quote and its speaker, a date and its event) in
// two shuffled columns. No two pairs share a left or a right text, so every board has exactly
// one solution.
import * as v from 'valibot';
import type { Card } from '$lib/decks/schema';
import { answerWords, normalizeAnswer } from './answer';
import { optionsOverlap } from './option-rules';
import { eventStatement } from './timeline';
import { cardDate, datesOverlap, formatDate, type PartialDate } from './dates';
import { Rng, SeedSchema } from './rng';
import {
	MATCH_PAIRINGS,
	MatchSettingsSchema,
	type MatchPairing,
	type MatchSettings
} from './settings';

const MatchPairSchema = v.object({ cardId: v.string(), left: v.string(), right: v.string() });
export type MatchPair = v.InferOutput<typeof MatchPairSchema>;

const MatchBoardSchema = v.pipe(
	v.object({
		seed: SeedSchema,
		settings: MatchSettingsSchema,
		pairs: v.array(MatchPairSchema),
		/** Pair index shown at each position of the left column. */
		left: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
		/** Pair index shown at each position of the right column. */
		right: v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))
	}),
	v.check(
		(b) => [b.left, b.right].every((col) => isPermutation(col, b.pairs.length)),
		'Columns must show every pair once'
	)
);
export type MatchBoard = v.InferOutput<typeof MatchBoardSchema>;

function isPermutation(order: readonly number[], n: number): boolean {
	return order.length === n && new Set(order).size === n && order.every((i) => i < n);
}

/** The text inside the longest quotation marks of a prompt ("Who said “…”?" → "…"), else the prompt. */
function quoted(prompt: string): string {
	// Single quotes are left out: they double as apostrophes ("China's").
	const parts = [...prompt.matchAll(/“([^”]{3,})”|"([^"]{3,})"/g)].map((m) =>
		(m[1] ?? m[2] ?? '').trim()
	);
	const longest = parts.sort((a, b) => b.length - a.length)[0];
	return longest ?? prompt;
}

/** The term a meaning question asks about ("What is meant by baseline thinking?"), if it names one. */
function termAsked(prompt: string): string | undefined {
	const m = /^What is meant by\s+["“]?(.+?)["”]?\?$/.exec(prompt.trim());
	if (m) return m[1];
	const term = quoted(prompt);
	return term === prompt ? undefined : term;
}

const TILE_STOPWORDS = new Set(
	'a an the and or of to in on at by for with from as is are was were be its it his her their that this'.split(
		' '
	)
);

/** True when a tile repeats a word of its partner ("North Korea" ↔ "North Korea's tests"). */
function givesAway(pair: MatchPair): boolean {
	const words = (text: string) =>
		answerWords(text)
			.map((w) => w.replace(/'s$/, ''))
			.filter((w) => w.length > 1 && !TILE_STOPWORDS.has(w));
	const left = new Set(words(pair.left));
	return words(pair.right).some((w) => left.has(w));
}

/** An event tile reads as a statement, not as the answer to a question it no longer shows. */
const STATEMENT_LIKE = (text: string) => !/^(that|as|to|against|by|with)\b/i.test(text.trim());

/**
 * The pair a card gives a board, with one kind of text in each column (a speaker and a quotation,
 * a term and its meaning, a country and an event, a date and an event): never a question as a
 * tile, never a tile that repeats its partner.
 */
function pairOf(pairing: MatchPairing, card: Card): MatchPair | undefined {
	const pair = (left: string, right: string) => ({ cardId: card.id, left, right });
	let found: MatchPair | undefined;
	switch (pairing) {
		case 'quote-speaker':
			// The prompt's quotation, which the generator keeps short enough for a tile; the
			// card's full `quote` is for the flashcard.
			if (card.kind === 'quote-speaker') found = pair(quoted(card.prompt), card.answer);
			break;
		case 'concept-meaning': {
			const term = card.kind === 'doctrine' ? termAsked(card.prompt) : undefined;
			if (term) found = pair(term, card.answer);
			break;
		}
		case 'country-event':
			if (card.kind === 'event' && card.country && STATEMENT_LIKE(card.answer))
				found = pair(card.country, card.answer);
			break;
		case 'date-event': {
			if (card.kind === 'date') {
				const statement = eventStatement(card);
				if (statement) found = pair(card.answer, statement);
			} else {
				const date = card.kind === 'event' ? cardDate(card) : undefined;
				if (date) found = pair(formatDate(date), card.answer);
			}
			break;
		}
	}
	return found && !givesAway(found) && !found.left.endsWith('?') && !found.right.endsWith('?')
		? found
		: undefined;
}

/**
 * Cards whose texts read as statements (an event's description, a doctrine's meaning) make a
 * better board than those whose texts are questions; lower is preferred among cards of one fact.
 */
function preference(card: Card): number {
	return card.kind === 'doctrine-name' || card.kind === 'country' || card.kind === 'date' ? 1 : 0;
}

/** Every pair the cards offer for a pairing (before the one-text-per-board rule). */
export function matchPairs(pairing: MatchPairing, cards: readonly Card[]): MatchPair[] {
	return cards.flatMap((card) => pairOf(pairing, card) ?? []);
}

/** A board needs at least this many pairs to be a game. */
export const MIN_MATCH_PAIRS = 3;

/** Whether the cards make a match board of any pairing (a deck of numbers does not). */
export function canMatch(cards: readonly Card[]): boolean {
	const pairing = defaultPairing(cards);
	const settings = { pairing, pairs: 6, missPenaltyMs: 0 };
	return createMatchBoard({ seed: 'size', settings }, cards).pairs.length >= MIN_MATCH_PAIRS;
}

/** The pairing that gives the biggest board for these cards (quote-speaker wins ties). */
export function defaultPairing(cards: readonly Card[], pairs = 6): MatchPairing {
	let best: MatchPairing = MATCH_PAIRINGS[0];
	let bestSize = -1;
	for (const pairing of MATCH_PAIRINGS) {
		const size = createMatchBoard(
			{ seed: 'size', settings: { pairing, pairs, missPenaltyMs: 0 } },
			cards
		).pairs.length;
		if (size > bestSize) [best, bestSize] = [pairing, size];
	}
	return best;
}

export interface MatchSpec {
	seed: string;
	settings: MatchSettings;
}

/**
 * A board of up to `settings.pairs` pairs, chosen and laid out by the seed. Fewer when the cards
 * do not offer enough distinct texts (one Xi quote per board, since Xi would match them all).
 */
export function createMatchBoard(spec: MatchSpec, cards: readonly Card[]): MatchBoard {
	const { seed, settings } = spec;
	const rng = new Rng(seed);
	const sorted = [...cards].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	// Cards about one fact (same sibling key) form one group: a board shows each fact once,
	// through the group's most readable card.
	const groups = new Map<string, { card: Card; pair: MatchPair }[]>();
	for (const card of sorted) {
		const pair = pairOf(settings.pairing, card);
		if (!pair) continue;
		const key = card.sibling ?? card.id;
		groups.set(key, [...(groups.get(key) ?? []), { card, pair }]);
	}
	const pairs: MatchPair[] = [];
	const dates: (PartialDate | undefined)[] = [];
	const lefts = new Set<string>();
	const rights = new Set<string>();
	const fits = (pair: MatchPair, date: PartialDate | undefined) =>
		!lefts.has(normalizeAnswer(pair.left)) &&
		!rights.has(normalizeAnswer(pair.right)) &&
		// "Xi Jinping" and "Xi Jinping and Nguyễn Phú Trọng" would each fit the other's quotation.
		!pairs.some((p) => optionsOverlap(p.left, pair.left) || optionsOverlap(p.right, pair.right)) &&
		// "2016" and "March 2016" on one board would each fit the other's event.
		!dates.some((d) => date !== undefined && d !== undefined && datesOverlap(date, d));
	for (const group of rng.shuffle([...groups.values()])) {
		if (pairs.length >= settings.pairs) break;
		group.sort((a, b) => preference(a.card) - preference(b.card));
		for (const { card, pair } of group) {
			const date = settings.pairing === 'date-event' ? cardDate(card) : undefined;
			if (!fits(pair, date)) continue;
			lefts.add(normalizeAnswer(pair.left));
			rights.add(normalizeAnswer(pair.right));
			dates.push(date);
			pairs.push(pair);
			break;
		}
	}
	const indices = pairs.map((_, i) => i);
	return { seed, settings, pairs, left: rng.shuffle(indices), right: rng.shuffle(indices) };
}

export type MatchSide = 'left' | 'right';
export type MatchResult = 'pair' | 'miss' | 'selected' | 'deselected' | 'ignored';

const SelectionSchema = v.object({
	side: v.picklist(['left', 'right']),
	index: v.pipe(v.number(), v.integer(), v.minValue(0))
});
export type MatchSelection = v.InferOutput<typeof SelectionSchema>;

const MatchGameStateSchema = v.pipe(
	v.object({
		version: v.literal(1),
		board: MatchBoardSchema,
		matched: v.array(v.boolean()),
		selected: v.nullable(SelectionSchema),
		misses: v.pipe(v.number(), v.integer(), v.minValue(0)),
		elapsedMs: v.pipe(v.number(), v.minValue(0)),
		finishedMs: v.nullable(v.pipe(v.number(), v.minValue(0)))
	}),
	v.check((s) => s.matched.length === s.board.pairs.length, 'One flag per pair')
);
export type MatchGameState = v.InferOutput<typeof MatchGameStateSchema>;

export class MatchGame {
	readonly board: MatchBoard;
	#matched: boolean[];
	#selected: MatchSelection | null = null;
	#misses = 0;
	#elapsedMs = 0;
	#finishedMs: number | null = null;

	/** Starts a game on a board, or restores one from `toString()` (throws if invalid). */
	constructor(source: MatchBoard | string) {
		if (typeof source === 'string') {
			const state = v.parse(MatchGameStateSchema, JSON.parse(source));
			this.board = state.board;
			this.#matched = state.matched;
			this.#selected = state.selected;
			this.#misses = state.misses;
			this.#elapsedMs = state.elapsedMs;
			this.#finishedMs = state.finishedMs;
		} else {
			this.board = source;
			this.#matched = source.pairs.map(() => false);
		}
	}

	/** The pair shown at a position of a column. */
	pairAt(side: MatchSide, index: number): MatchPair {
		const pair = this.board.pairs[this.board[side][index] ?? -1];
		if (!pair) throw new RangeError(`No ${side} item ${index}`);
		return pair;
	}

	/** Whether the item at a position has been matched already. */
	isMatched(side: MatchSide, index: number): boolean {
		return this.#matched[this.board[side][index] ?? -1] === true;
	}

	get selected(): MatchSelection | null {
		return this.#selected;
	}

	get misses(): number {
		return this.#misses;
	}

	get matchedCount(): number {
		return this.#matched.filter(Boolean).length;
	}

	get done(): boolean {
		return this.#finishedMs !== null;
	}

	/** The time to show: time played plus the penalties for misses so far. */
	timeMs(elapsedMs: number = this.#elapsedMs): number {
		const played = this.#finishedMs ?? Math.max(elapsedMs, this.#elapsedMs);
		return played + this.#misses * this.board.settings.missPenaltyMs;
	}

	/** The result once the board is cleared (lower is better), else null. */
	get finalTimeMs(): number | null {
		return this.done ? this.timeMs() : null;
	}

	/**
	 * Picks the item at `index` of a column, `elapsedMs` into the game. Picking one item of each
	 * column makes a 'pair' or a 'miss' (which costs the penalty); picking on the same side moves
	 * the selection; picking the selected item again clears it.
	 */
	select(side: MatchSide, index: number, elapsedMs: number): MatchResult {
		const pairIndex = this.board[side][index];
		if (pairIndex === undefined) throw new RangeError(`No ${side} item ${index}`);
		if (this.done || this.#matched[pairIndex]) return 'ignored';
		this.#elapsedMs = Math.max(this.#elapsedMs, elapsedMs);
		const previous = this.#selected;
		if (previous === null || previous.side === side) {
			if (previous?.index === index) {
				this.#selected = null;
				return 'deselected';
			}
			this.#selected = { side, index };
			return 'selected';
		}
		this.#selected = null;
		if (this.board[previous.side][previous.index] !== pairIndex) {
			this.#misses++;
			return 'miss';
		}
		this.#matched[pairIndex] = true;
		if (this.#matched.every(Boolean)) this.#finishedMs = this.#elapsedMs;
		return 'pair';
	}

	toJSON(): MatchGameState {
		return {
			version: 1,
			board: this.board,
			matched: [...this.#matched],
			selected: this.#selected,
			misses: this.#misses,
			elapsedMs: this.#elapsedMs,
			finishedMs: this.#finishedMs
		};
	}

	toString(): string {
		return JSON.stringify(this);
	}
}
