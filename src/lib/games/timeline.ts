// The timeline: put 5 to 8 dated events in order. Events are chosen so the true order is
// unambiguous (no two in the same month, distinct years when the deck allows) and spread out.
import * as v from 'valibot';
import type { Card, CardKind } from '$lib/decks/schema';
import { normalizeAnswer } from './answer';
import { cardDate, dayNumber, formatDate, type PartialDate } from './dates';
import { Rng, SeedSchema } from './rng';
import { TimelineSettingsSchema, type TimelineSettings } from './settings';

/** Kinds whose text reads as an event: an event card's answer, a date card's question. */
const TIMELINE_KINDS: readonly CardKind[] = ['event', 'date'];

const TimelineEventSchema = v.object({
	cardId: v.string(),
	/** What happened. */
	text: v.string(),
	/** When, for the reveal ("March 2016"). */
	date: v.string()
});
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;

const orderSchema = v.array(v.pipe(v.number(), v.integer(), v.minValue(0)));

const TimelineRoundSchema = v.pipe(
	v.object({
		seed: SeedSchema,
		settings: TimelineSettingsSchema,
		/** In true chronological order: an event's index is its rank. */
		events: v.array(TimelineEventSchema),
		/** The shuffled order the events are first shown in (indices into `events`). */
		start: orderSchema
	}),
	v.check((r) => isPermutation(r.start, r.events.length), 'start must show every event once')
);
export type TimelineRound = v.InferOutput<typeof TimelineRoundSchema>;

function isPermutation(order: readonly number[], n: number): boolean {
	return order.length === n && new Set(order).size === n && order.every((i) => i < n);
}

export interface TimelineSpec {
	seed: string;
	settings: TimelineSettings;
}

/** Too close to order for sure: the same year with the same (or an unknown) month. */
function tooClose(a: PartialDate, b: PartialDate): boolean {
	return (
		a.year === b.year && (a.month === undefined || b.month === undefined || a.month === b.month)
	);
}

/**
 * A date card's note states the event ("Xi met Ma Ying-jeou"), which reads better on a timeline
 * than its question, but only when the note does not give the date away.
 */
function eventText(card: Card): string {
	const givesDateAway = card.note !== undefined && /\b(1[89]|20)\d\d\b/.test(card.note);
	return card.note && !givesDateAway ? card.note : card.prompt;
}

interface Dated {
	card: Card;
	date: PartialDate;
	text: string;
}

/**
 * Picks the events: with enough distinct years, one event from each of n equal slices of the
 * sorted years (spread over the whole period); otherwise any events no two of which are too close.
 */
export function createTimelineRound(spec: TimelineSpec, cards: readonly Card[]): TimelineRound {
	const { seed, settings } = spec;
	const n = settings.events;
	const rng = new Rng(seed);
	const dated: Dated[] = [...cards]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.flatMap((card) => {
			const date = TIMELINE_KINDS.includes(card.kind) ? cardDate(card) : undefined;
			const text = card.kind === 'event' ? card.answer : eventText(card);
			return date ? [{ card, date, text }] : [];
		});
	const years = [...new Set(dated.map((d) => d.date.year))].sort((a, b) => a - b);
	const chosen: Dated[] = [];
	const fits = (d: Dated) =>
		!chosen.some(
			(c) =>
				tooClose(c.date, d.date) ||
				normalizeAnswer(c.text) === normalizeAnswer(d.text) ||
				(c.card.sibling !== undefined && c.card.sibling === d.card.sibling)
		);
	if (years.length >= n) {
		for (let k = 0; k < n; k++) {
			const slice = years.slice(
				Math.floor((k * years.length) / n),
				Math.floor(((k + 1) * years.length) / n)
			);
			const inSlice = rng.shuffle(dated.filter((d) => slice.includes(d.date.year)));
			const pick = inSlice.find(fits);
			if (pick) chosen.push(pick);
		}
	}
	// Too few years, or a slice held only clashing texts: fill with whatever does not clash.
	for (const d of rng.shuffle(dated)) {
		if (chosen.length >= n) break;
		if (fits(d)) chosen.push(d);
	}
	chosen.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
	const events = chosen.map((d) => ({
		cardId: d.card.id,
		text: d.text,
		date: d.card.kind === 'date' ? d.card.answer : formatDate(d.date)
	}));
	return { seed, settings, events, start: shuffledOrder(rng, events.length) };
}

/** A random order that is never already solved (when there is anything to solve). */
function shuffledOrder(rng: Rng, n: number): number[] {
	const identity = Array.from({ length: n }, (_, i) => i);
	for (let attempt = 0; attempt < 10; attempt++) {
		const order = rng.shuffle(identity);
		if (n < 2 || kendallScore(order).correct < kendallScore(identity).correct) return order;
	}
	return [...identity].reverse();
}

/**
 * How well an order is sorted: the number of pairs of events in the right order relative to each
 * other (Kendall), out of n(n−1)/2. `order` lists event ranks as the player placed them.
 */
export function kendallScore(order: readonly number[]): { correct: number; total: number } {
	let correct = 0;
	for (let i = 0; i < order.length; i++) {
		for (let j = i + 1; j < order.length; j++) {
			if ((order[i] as number) < (order[j] as number)) correct++;
		}
	}
	return { correct, total: (order.length * (order.length - 1)) / 2 };
}

/** A copy of `order` with the item at `from` moved to position `to` (clamped to the list). */
export function moveItem<T>(order: readonly T[], from: number, to: number): T[] {
	const out = [...order];
	if (from < 0 || from >= out.length) return out;
	const [item] = out.splice(from, 1);
	out.splice(Math.max(0, Math.min(to, out.length)), 0, item as T);
	return out;
}

/** Keyboard helpers: one place earlier / later. */
export const moveUp = <T>(order: readonly T[], index: number): T[] =>
	index <= 0 ? [...order] : moveItem(order, index, index - 1);
export const moveDown = <T>(order: readonly T[], index: number): T[] =>
	moveItem(order, index, index + 1);

const TimelineGameStateSchema = v.pipe(
	v.object({
		version: v.literal(1),
		round: TimelineRoundSchema,
		order: orderSchema,
		/** Set once the player checks their order. */
		elapsedMs: v.nullable(v.pipe(v.number(), v.minValue(0)))
	}),
	v.check((s) => isPermutation(s.order, s.round.events.length), 'order must show every event once')
);
export type TimelineGameState = v.InferOutput<typeof TimelineGameStateSchema>;

export class TimelineGame {
	readonly round: TimelineRound;
	#order: number[];
	#elapsedMs: number | null = null;

	/** Starts a game from a round, or restores one from `toString()` (throws if invalid). */
	constructor(source: TimelineRound | string) {
		if (typeof source === 'string') {
			const state = v.parse(TimelineGameStateSchema, JSON.parse(source));
			this.round = state.round;
			this.#order = state.order;
			this.#elapsedMs = state.elapsedMs;
		} else {
			this.round = source;
			this.#order = [...source.start];
		}
	}

	/** The events in the order the player has them now. */
	get events(): TimelineEvent[] {
		return this.#order.map((i) => this.round.events[i] as TimelineEvent);
	}

	get order(): readonly number[] {
		return this.#order;
	}

	get done(): boolean {
		return this.#elapsedMs !== null;
	}

	get elapsedMs(): number | null {
		return this.#elapsedMs;
	}

	/** Pairs in the right order so far, out of n(n−1)/2. */
	get score(): { correct: number; total: number } {
		return kendallScore(this.#order);
	}

	move(from: number, to: number): void {
		if (!this.done) this.#order = moveItem(this.#order, from, to);
	}

	moveUp(index: number): void {
		if (!this.done) this.#order = moveUp(this.#order, index);
	}

	moveDown(index: number): void {
		if (!this.done) this.#order = moveDown(this.#order, index);
	}

	/** Locks the order in and returns its score. */
	submit(elapsedMs: number): { correct: number; total: number } {
		if (!this.done) this.#elapsedMs = Math.max(0, elapsedMs);
		return this.score;
	}

	toJSON(): TimelineGameState {
		return { version: 1, round: this.round, order: [...this.#order], elapsedMs: this.#elapsedMs };
	}

	toString(): string {
		return JSON.stringify(this);
	}
}
