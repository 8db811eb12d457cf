// The quiz page's state: the setup, the round being played (kept through a reload), the best
// score for the settings chosen, and what the page says when a round ends. The quiz itself is
// the pure `QuizGame` (quiz.ts); this holds it reactively and saves it.
import * as v from 'valibot';
import { deckLibrary } from '$lib/app/decks.svelte';
import { summarize } from '$lib/decks/summary';
import {
	createQuizRound,
	quizBestKey,
	quizRoundLength,
	QuizGame,
	type QuizAnswer,
	type QuizQuestion,
	type QuizSummary
} from '$lib/games/quiz';
import { ReactiveGame } from '$lib/games/reactive.svelte';
import { randomSeed } from '$lib/games/rng';
import { QuizSettingsSchema, type QuizSettings } from '$lib/games/settings';
import type { SharePayloadInput } from '$lib/share/link';
import { progress } from '$lib/storage/progress.svelte';
import { clearRound, loadRound, saveRound } from '$lib/storage/rounds';
import { celebrate } from '$lib/ui/celebrate';
import { playAnswerSound } from '$lib/ui/sound';

export class QuizScreen {
	readonly #deckId: () => string;
	game: ReactiveGame<QuizGame> | null = $state(null);
	summary: QuizSummary | null = $state(null);
	/** The round on screen was brought back after a reload. */
	resumed = $state(false);
	best: number | undefined = $state();
	newBest = $state(false);
	settings: QuizSettings = $state(v.parse(QuizSettingsSchema, {}));
	message = $state('');
	sharing: SharePayloadInput | null = $state(null);
	/** Answers of this round saved as reviews ("Quiz answers count as reviews"). */
	reviewed = $state(0);

	readonly deck = $derived(deckLibrary.deck(this.deckId));
	readonly kinds = $derived(this.deck ? summarize(this.deck).kinds : []);
	readonly roundKey = $derived(`quiz:${this.deckId}`);
	// A best is kept per kind of round (length, clock, answer mode …): the one shown is for the
	// settings of the round played last, or about to be played again.
	readonly bestSettings = $derived(this.#forBest(this.settings));
	readonly bestKey = $derived(quizBestKey(this.deckId, this.bestSettings));

	/** `deckId` is read again when it changes (the page's data). */
	constructor(deckId: () => string) {
		this.#deckId = deckId;
	}

	get deckId(): string {
		return this.#deckId();
	}

	/** A round's length is what the deck gives: a 20-question round of an 11-card deck has 11. */
	#forBest(s: QuizSettings): QuizSettings {
		return this.deck ? { ...s, questions: quizRoundLength(s, this.deck.cards) } : s;
	}

	/** Brings back a round left unfinished in this tab (in the browser, once). */
	resume(): void {
		const saved = loadRound(this.roundKey, (s) => new QuizGame(s));
		if (!saved || saved.done) return;
		this.game = new ReactiveGame(saved);
		this.settings = saved.round.settings;
		this.resumed = true;
		// Answered before the reload, under the setting as it is now (as far as can be known).
		this.reviewed = progress.settings.quizCountsAsReview ? saved.answers.length : 0;
	}

	/** Looks up the best for the settings shown; run again whenever they change. */
	async loadBest(): Promise<void> {
		const key = this.bestKey;
		this.best = undefined;
		if (!this.deck) return;
		const best = await progress.personalBest(key);
		if (key === this.bestKey) this.best = best;
	}

	share(chosen: QuizSettings): void {
		this.settings = chosen;
		const seed = randomSeed(Math.random());
		const source = { kind: 'decks' as const, deckIds: [this.deckId] };
		this.sharing = { mode: 'quiz', source, seed, settings: chosen };
	}

	start(chosen: QuizSettings): void {
		if (!this.deck) return;
		this.settings = chosen;
		const pool = deckLibrary.list.flatMap((d) => d.cards);
		const seed = randomSeed(Math.random());
		const round = createQuizRound({ seed, settings: chosen }, this.deck.cards, pool);
		if (round.questions.length === 0) {
			this.message = 'This deck has no questions of the kinds chosen. Choose other kinds.';
			return;
		}
		this.message = '';
		this.summary = null;
		this.newBest = false;
		this.resumed = false;
		this.reviewed = 0;
		this.game = new ReactiveGame(new QuizGame(round));
		clearRound(this.roundKey);
		saveRound(this.roundKey, this.game.toString());
	}

	answered(answer: QuizAnswer, question: QuizQuestion): void {
		if (!this.game) return;
		saveRound(this.roundKey, this.game.toString());
		playAnswerSound(progress.settings.sound, answer.correct);
		if (progress.settings.quizCountsAsReview) {
			this.reviewed++;
			void progress.grade(question.cardId, answer.correct, 'quiz');
		}
	}

	async finish(): Promise<void> {
		if (!this.game) return;
		const game = this.game.current;
		const summary = game.summary();
		this.summary = summary;
		const key = quizBestKey(this.deckId, this.#forBest(game.round.settings));
		clearRound(this.roundKey);
		this.game = null;
		this.newBest = summary.score > 0 && (await progress.recordBest('quiz', key, summary.score));
		if (this.newBest) {
			this.best = summary.score;
			await celebrate(progress.settings.confetti);
		}
	}

	quit(): void {
		const answered = this.game?.current.answers.length ?? 0;
		const reviewed = this.reviewed;
		clearRound(this.roundKey);
		this.game = null;
		this.summary = null;
		if (reviewed === 0) this.message = 'Round ended. Nothing from it was saved to your progress.';
		else if (reviewed >= answered)
			this.message = `Round ended. ${reviewed === 1 ? 'Your answer was saved as a review' : `Your ${reviewed} answers were saved as reviews`} (“Quiz answers count as reviews” is on in Settings); nothing else from the round was saved.`;
		else
			this.message = `Round ended. Some of your answers (${reviewed} of ${answered}) were saved as reviews; nothing else from the round was saved.`;
	}

	/** Undoes adding a card to today's review, if that add is still the latest change. */
	async takeBack(cardId: string): Promise<boolean> {
		if (progress.undoCardId !== cardId) return false;
		return (await progress.undo()) === cardId;
	}
}
