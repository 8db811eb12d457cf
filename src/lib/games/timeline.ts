// The timeline: put 5 to 8 dated events in order. Events are chosen so the true order is
// unambiguous (no two in the same month, distinct years when the deck allows) and spread out.
import * as v from 'valibot';
import type { Card, CardKind } from '$lib/decks/schema';
import { normalizeAnswer } from './answer';
import { cardDate, dayNumber, formatDate, type PartialDate } from './dates';
import { Rng, SeedSchema } from './rng';
import { TimelineSettingsSchema, type TimelineSettings } from './settings';

/** Kinds that make timeline events: an event card's answer, what a date card's question asks about. */
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

// A date card asks "In which year did Donald Trump become president?"; a timeline shows the event
// itself, "Donald Trump became president". The question is turned back into the statement it was
// made from: the verb after "did" goes into the past, "was … signed" becomes "… was signed".

/** Past tenses of the irregular verbs these questions use ("become" → "became"). */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
	(
		'become:became begin:began bring:brought build:built buy:bought catch:caught ' +
		'choose:chose come:came cut:cut deal:dealt do:did draw:drew fall:fell feel:felt ' +
		'fight:fought find:found fly:flew freeze:froze get:got give:gave go:went grow:grew ' +
		'have:had hear:heard hold:held keep:kept know:knew lead:led leave:left lend:lent let:let ' +
		'lose:lost make:made mean:meant meet:met oversee:oversaw pay:paid put:put read:read ' +
		'rise:rose run:ran say:said see:saw seek:sought sell:sold send:sent set:set shake:shook ' +
		'shut:shut speak:spoke spend:spent spread:spread stand:stood strike:struck take:took ' +
		'teach:taught tell:told think:thought understand:understood undertake:undertook ' +
		'uphold:upheld win:won withdraw:withdrew write:wrote'
	)
		.split(' ')
		.map((pair) => pair.split(':') as [string, string])
);

/** Past participles that do not end in -ed or -en. */
const PARTICIPLES = new Set(
	(
		'become made held sold brought led left said told gone come sent spent built kept felt found ' +
		'got heard lost meant paid run stood struck thought understood sought fought caught taught ' +
		'bought upheld been done set put cut hit let cast spread dealt lent shut read won met had born'
	).split(' ')
);

/** Words that never are the verb of these questions. */
const NOT_A_VERB = new Set(
	(
		'the a an its their his her this that these those of in on at by for from with to into and or ' +
		'nor but between among during after before since until within without through across over ' +
		'under about against as both each all some many several other another such own no not ' +
		'major minor new old large small big official general first second third last next former ' +
		'current deputy prime vice foreign domestic military political economic diplomatic national ' +
		'international regional global bilateral joint special senior top key main few more most ' +
		'late early great ruling one two three four five six seven eight nine ten eleven twelve ' +
		'twenty hundred thousand million billion'
	).split(' ')
);

const ADVERB =
	/^(?:also|not|never|again|already|still|now|further|later|then|once|soon|even|just|only|first|[a-z]{2,}ly)$/;

/** Endings of nouns and adjectives ("hackers", "government", "relationship", "official"). */
const NOUN_ENDING =
	/(?:[^s]s|tion|sion|ment|ent|ant|ity|ship|ness|ism|ist|ance|ence|ery|ary|al|ic|ive|ous|ful|less|ing|er|or)$/;

/** "In which year", "On what date", "Since when", "When" … then did / was / have. */
const DATE_QUESTION =
	/^(?:(?:in|on|since|from|by|until|till)\s+)?(?:(?:which|what)\s+(?:(?:month|day)\s+and\s+)?(?:year|month|date|dates|day|time)|when)\s+(did|was|were|has|have|had)\s+(.+?)\s*\?$/i;

function pastOf(verb: string): string {
	const irregular = IRREGULAR_PAST.get(verb);
	if (irregular !== undefined) return irregular;
	if (verb.endsWith('e')) return `${verb}d`;
	if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
	// One short syllable doubles its last consonant: "stop", "ban" → "stopped", "banned".
	if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
	return `${verb}ed`;
}

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The statement a date question asks about: "In which year did Donald Trump become president?"
 * → "Donald Trump became president"; "In which year was the programme later signed?" → "The
 * programme was later signed". The card's note (the sentence the card was made from), when given,
 * confirms which word is the verb ("compromise" is, "hackers" is not). Undefined for anything
 * that is not such a question.
 */
export function questionAsStatement(prompt: string, note = ''): string | undefined {
	const match = DATE_QUESTION.exec(prompt.trim());
	if (!match) return undefined;
	const aux = (match[1] as string).toLowerCase();
	const words = (match[2] as string).split(/\s+/);
	// Words inside a quotation are never the verb.
	let quoted = false;
	const open = words.map((word) => {
		const inside = quoted || /^["“]/.test(word);
		if ((word.match(/["“”]/g) ?? []).length % 2 === 1) quoted = !quoted;
		return !inside;
	});
	const noteWords = new Set(note.toLowerCase().split(/[^\p{L}\p{N}'-]+/u));
	const candidates = words.flatMap((word, i) => {
		const w = bare(word);
		const plain = i > 0 && open[i] && /^[a-z-]+$/.test(w) && !NOT_A_VERB.has(w);
		return plain ? [{ i, w }] : [];
	});
	let at: number | undefined;
	if (aux === 'did') {
		// A verb follows its subject: a name, a noun, a quotation or an adverb, not "the" or "new".
		const afterSubject = (i: number) => {
			const previous = words[i - 1] as string;
			const w = bare(previous);
			return (
				/^\p{Lu}/u.test(w) ||
				/["”)]$/.test(previous) ||
				ADVERB.test(w) ||
				(NOUN_ENDING.test(w) && !NOT_A_VERB.has(w))
			);
		};
		// The first word whose past tense the note has; else a known irregular verb, or a word
		// that looks like neither a noun nor an adjective, right after what can end a subject.
		const inNote = (w: string) =>
			[pastOf(w), `${w}ed`, `${w}d`, `${w}${w.at(-1)}ed`].some((p) => noteWords.has(p));
		const verbs = candidates.filter(({ w }) => !ADVERB.test(w));
		at =
			verbs.find(({ w }) => inNote(w))?.i ??
			verbs.find(({ i, w }) => afterSubject(i) && (IRREGULAR_PAST.has(w) || !NOUN_ENDING.test(w)))
				?.i;
	} else {
		at = candidates.find(({ w }) => PARTICIPLES.has(w) || /[a-z]{2}(?:ed|en)$/.test(w))?.i;
	}
	if (at === undefined) return undefined;
	let out: string[];
	if (aux === 'did') {
		const verb = bare(words[at] as string);
		out = [
			...words.slice(0, at),
			(words[at] as string).replace(verb, pastOf(verb)),
			...words.slice(at + 1)
		];
	} else {
		// "was" goes before the adverbs that lead to the participle: "was later signed".
		let start = at;
		while (start > 1 && open[start - 1] && ADVERB.test(bare(words[start - 1] as string))) start--;
		out = [...words.slice(0, start), aux, ...words.slice(start)];
	}
	const text = out.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The event a card dates, as a statement: an event card's answer; for a date card the statement
 * its question asks about, else its note (the sentence it was made from) when that does not give
 * the date away. Undefined when neither reads as one.
 */
export function eventStatement(card: Card): string | undefined {
	if (card.kind === 'event') return card.answer;
	const statement = questionAsStatement(card.prompt, card.note);
	if (statement !== undefined) return statement;
	const givesDateAway = card.note !== undefined && /\b(1[89]|20)\d\d\b/.test(card.note);
	return card.note && !givesDateAway ? card.note : undefined;
}

/**
 * What a timeline shows for a card: its event as a statement, else a prompt that names the event
 * ("The treaty of Sylvania"); a question or a sentence with a blank is no event, and is left out.
 */
function eventText(card: Card): string | undefined {
	const statement = eventStatement(card);
	if (statement !== undefined) return statement;
	return /\?$|…|^(?:Fill in|Complete)\b/.test(card.prompt.trim()) ? undefined : card.prompt;
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
			const text = eventText(card);
			return date && text ? [{ card, date, text }] : [];
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
