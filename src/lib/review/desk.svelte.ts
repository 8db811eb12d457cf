// The two screens where a student turns cards over: the daily review and cramming. Each desk
// holds what its page shows (the card on top, face down or up, what was just said to a screen
// reader) over a pure core: the review over today's queue (in `progress`) and its
// `ReviewSession` (session.ts), cramming over a `CramSession` (study.ts). The pages lay them out,
// bind the keys and move the focus.
import type { Card } from '$lib/decks/schema';
import type { AnswerVerdict } from '$lib/games/answer';
import { ReactiveGame } from '$lib/games/reactive.svelte';
import { randomSeed } from '$lib/games/rng';
import { formatInterval, type Rating } from '$lib/srs/card';
import type { Progress } from '$lib/storage/progress.svelte';
import { loadRound, saveRound } from '$lib/storage/rounds';
import { emptyQueueReason } from './empty-queue';
import { ReviewSession, type SessionSummary } from './session';
import { CramSession, studyCards } from './study';
import { suggestRating } from './typed';
import { RATING_LABELS, spokenInterval } from './words';

/** Where a desk finds the cards: the app's decks (`deckLibrary`), or a fake in tests. */
export interface CardSource {
	readonly loaded: boolean;
	card(id: string): Card | undefined;
}

/** What the review desk uses of the progress store. */
export type ReviewProgress = Pick<
	Progress,
	'loaded' | 'queue' | 'now' | 'settings' | 'undoCardId' | 'preview' | 'rate' | 'undo' | 'stats'
>;

/** The whole answer as a screen reader hears it once it shows. */
export function spokenAnswer(card: Card): string {
	return `Answer: ${card.kind === 'list' ? (card.items ?? []).join('; ') : card.answer}`;
}

/** The time of a step of the sitting: a moment, not state (nothing reads it reactively). */
const now = (): Date => new Date();

// A reload of the tab continues the sitting, so the summary still counts every card of it.
const SESSION_KEY = 'review-session';

export class ReviewDesk {
	readonly #progress: ReviewProgress;
	readonly #cards: CardSource;
	readonly #session: ReviewSession;
	/**
	 * The cards rated on this page, so that Z undoes those and not a change made elsewhere (a
	 * study page's "still learning", say).
	 */
	#rated: string[] = $state([]);
	/**
	 * A card is rated once: a second key press while its first rating is applied must not rate
	 * it again (the first rating of a visit waits for the scheduler to load). The next card can
	 * be rated at once, while the previous one is still being saved.
	 */
	#ratingId: string | null = null;
	/** The card last turned face down by `follow()`. */
	#shownId: string | undefined;

	revealed = $state(false);
	/** List cards show one item per press before the whole answer. */
	itemsShown = $state(0);
	/** The rating a typed answer suggests. */
	suggested: Rating | undefined = $state();
	/** Said to screen readers (the page puts it in a live region). */
	announcement = $state('');
	summary: (SessionSummary & { streak: number }) | null = $state(null);
	reviewedThisVisit = $state(0);

	readonly ready = $derived.by(() => this.#progress.loaded && this.#cards.loaded);
	readonly card = $derived(this.#top());
	readonly canUndo = $derived.by(
		() => this.#rated.length > 0 && this.#progress.undoCardId === this.#rated.at(-1)
	);
	readonly intervals = $derived(this.#intervals());
	readonly itemCount = $derived(this.card?.kind === 'list' ? (this.card.items?.length ?? 0) : 0);
	/**
	 * Typed answers (a setting): the field shows until the answer does, and after a check stays
	 * to show what was written.
	 */
	readonly typedAnswer = $derived.by(
		() =>
			this.#progress.settings.typedAnswers &&
			this.card?.kind !== 'list' &&
			(!this.revealed || this.suggested !== undefined)
	);
	readonly typing = $derived(this.typedAnswer && !this.revealed);
	readonly emptyReason = $derived.by(() =>
		emptyQueueReason(this.#progress.settings, this.#progress.queue)
	);
	readonly nextDueText = $derived(this.#nextDueText());
	/** The queue is empty after ratings of this visit and no summary shows yet. */
	readonly finished = $derived(
		this.ready && !this.card && this.reviewedThisVisit > 0 && !this.summary
	);

	constructor(progress: ReviewProgress, cards: CardSource) {
		this.#progress = progress;
		this.#cards = cards;
		this.#session =
			loadRound(SESSION_KEY, (saved) => ReviewSession.resume(saved, now())) ?? new ReviewSession();
		this.reviewedThisVisit = this.#session.reviewed;
	}

	#top(): Card | undefined {
		const id = this.#progress.queue.ids[0];
		return id ? this.#cards.card(id) : undefined;
	}

	#intervals(): Record<Rating, string> | undefined {
		if (!this.card) return undefined;
		const p = this.#progress.preview(this.card.id);
		// The scheduler is still loading: the buttons work, their times follow in a moment.
		if (!p) return { again: '…', hard: '…', good: '…', easy: '…' };
		return { again: p.again.label, hard: p.hard.label, good: p.good.label, easy: p.easy.label };
	}

	#nextDueText(): string {
		const due = this.#progress.queue.nextDue;
		if (!due) return 'No more cards are due today.';
		return `The next card is due in ${formatInterval(due.getTime() - this.#progress.now.getTime())}.`;
	}

	#save(): void {
		saveRound(SESSION_KEY, this.#session.toString());
	}

	/**
	 * Run before each update (`$effect.pre`): a new card on top starts face down. True when it
	 * took the place of another card, whose rating bar had the focus.
	 */
	follow(): boolean {
		const card = this.card;
		if (card?.id === this.#shownId) return false;
		const replaced = this.#shownId !== undefined && card !== undefined;
		this.#shownId = card?.id;
		this.revealed = false;
		this.itemsShown = 0;
		this.suggested = undefined;
		if (card) this.#session.start(now());
		return replaced;
	}

	/** Shows the next item of a list card, or the answer; true when the answer now shows. */
	reveal(): boolean {
		const card = this.card;
		if (!card || this.revealed) return false;
		if (this.itemsShown < this.itemCount - 1) {
			this.itemsShown++;
			this.announcement = card.items?.[this.itemsShown - 1] ?? '';
			return false;
		}
		this.revealed = true;
		this.announcement = spokenAnswer(card);
		return true;
	}

	/** A typed answer was checked: the answer shows, with the rating it suggests. */
	check(verdict: AnswerVerdict): void {
		this.suggested = suggestRating(verdict);
		this.revealed = true;
		this.itemsShown = this.itemCount;
		this.announcement = `${verdict === 'correct' ? 'Correct' : verdict === 'close' ? 'Almost' : 'Not quite'}. Answer: ${this.card?.answer}`;
	}

	/**
	 * Rates the card on top. The rating's write is issued before the first `await`, so a key
	 * press starts it in its own task.
	 */
	async rate(choice: Rating): Promise<void> {
		const card = this.card;
		const intervals = this.intervals;
		if (!card || !this.revealed || !intervals || this.#ratingId === card.id) return;
		const id = card.id;
		this.#ratingId = id;
		try {
			this.#session.record(choice, now());
			this.reviewedThisVisit++;
			this.#rated = [...this.#rated, id];
			this.announcement = `Rated ${RATING_LABELS[choice]}. Back in ${spokenInterval(intervals[choice])}.`;
			await this.#progress.rate(id, choice);
			this.#save();
		} finally {
			if (this.#ratingId === id) this.#ratingId = null;
		}
	}

	/** Takes back the last rating made on this page, if it is still the latest change. */
	async undo(): Promise<void> {
		if (!this.canUndo) return;
		this.#rated = this.#rated.slice(0, -1);
		const id = await this.#progress.undo();
		if (!id) return;
		this.#session.undo();
		this.#save();
		this.reviewedThisVisit = Math.max(0, this.reviewedThisVisit - 1);
		this.summary = null;
		this.announcement = `Undone. ${this.#cards.card(id)?.prompt ?? 'The card'} is back.`;
	}

	/** The queue is done: the sitting's summary, with the streak. */
	async finish(): Promise<void> {
		const stats = await this.#progress.stats();
		const summary = { ...this.#session.summary(), streak: stats.streak };
		this.summary = summary;
		this.announcement = `Review finished: ${summary.reviewed} cards.`;
	}
}

/** Cramming a deck: every card until each is known, with no effect on the schedule. */
export class CramDesk {
	readonly #cards: () => readonly Card[] | undefined;
	/** Bumped to cram again: a new shuffle of the same deck. */
	#round = $state(0);

	revealed = $state(false);
	announcement = $state('');

	/** Rebuilt when the deck arrives or the student starts over. */
	readonly cram = $derived(this.#deal());
	readonly card = $derived.by(() => {
		const id = this.cram?.current.current;
		return id === undefined ? undefined : this.#cardOf(id);
	});
	readonly total = $derived.by(() => this.#cards()?.length ?? 0);

	readonly #cardOf: (id: string) => Card | undefined;

	/** `cards` is read again when it changes (the deck arrives after the page). */
	constructor(cards: () => readonly Card[] | undefined, cardOf: (id: string) => Card | undefined) {
		this.#cards = cards;
		this.#cardOf = cardOf;
	}

	#deal(): ReactiveGame<CramSession> | null {
		void this.#round;
		const cards = this.#cards();
		if (!cards) return null;
		const order = studyCards(cards, { seed: randomSeed(Math.random()), tag: '' });
		return new ReactiveGame(new CramSession(order.map((c) => c.id)));
	}

	reveal(): void {
		if (!this.card) return;
		this.revealed = true;
		this.announcement = spokenAnswer(this.card);
	}

	/** The student knew the card or not; a missed one comes back later. */
	answer(known: boolean): boolean {
		const cram = this.cram;
		if (!cram || !this.revealed) return false;
		cram.act((session) => session.answer(known));
		this.revealed = false;
		const { remaining, done } = cram.current;
		this.announcement = done
			? `All ${this.total} cards known.`
			: `${known ? 'Got it' : 'Missed: it comes back later'}. ${remaining} to go.`;
		return true;
	}

	again(): void {
		this.#round++;
	}
}
