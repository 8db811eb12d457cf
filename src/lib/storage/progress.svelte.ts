// Reactive progress shared by every route, modelled on svelte.dev's Persisted.svelte.ts:
// private fields, getters, try/catch around storage, and changes from other tabs noticed.
// A facade: the jobs are in modules of their own (the store: progress-store.ts and db.ts;
// migration: migrate.ts; writes in order: write-queue.ts; undo: undo.ts; other tabs:
// tab-sync.ts; personal bests: personal-bests.ts; backups: backup.ts), and this class holds
// the state the pages show. Nothing touches IndexedDB until load() runs in the browser, so the
// shared instance is safe during prerendering. Over 300 lines for one reason: the reactive
// fields the pages read, and the operations that replace several of them at once in one task
// (a rating, an undo, a change heard from another tab), stay in one class so they stay in order.
import type { Deck } from '$lib/decks/schema';
import { isNewBest, type GameMode } from '$lib/games/scoring';
import {
	addToToday,
	bury,
	newCardState,
	ratingForAnswer,
	resetCard,
	suspend,
	type CardState,
	type Rating,
	type RatingPreview,
	type ReviewLogEntry,
	type ReviewSource
} from '$lib/srs/card';
import { dayKey, dayStart, dayStartOffset } from '$lib/srs/day';
import { buildQueue, type Queue } from '$lib/srs/queue';
import { DEFAULT_SETTINGS, mergeSettings, parseSettings, type Settings } from '$lib/srs/settings';
import { computeStats, type Stats } from '$lib/srs/stats';
import type { BackupCheck, BackupFile } from './backup';
import {
	sameState,
	stateMap,
	systemClock,
	withFreshStates,
	withoutState,
	withState,
	type StateMap
} from './collection';
import { openProgressStore } from './db';
import { MemoryProgressStore } from './memory-store';
import { migrate } from './migrate';
import { celebrated, markCelebrated, readBest, writeBest } from './personal-bests';
import {
	DEFAULT_DB_PREFIX,
	newLogKey,
	SETTINGS_KEY,
	type CardChange,
	type ProgressStore
} from './progress-store';
import { SCHEMA_VERSION } from './records';
import { errorMessage } from './saved';
import { TabSync, type TabMessage } from './tab-sync';
import { stepsStillStored, withStep, type UndoStep } from './undo';
import { WriteQueue } from './write-queue';

// The algorithm (ts-fsrs) loads when a page first rates or previews a card, so pages that only
// read progress, such as the dashboard, stay light.
type Scheduler = typeof import('$lib/srs/scheduler');

// Backups are read and written on the settings page only; their schemas load there.
const backups = () => import('./backup');

export interface ImportResult {
	ok: boolean;
	/** For the user: what was imported, or what is wrong with the file. */
	message: string;
}

export interface ProgressOptions {
	/** Database name prefix (tests and the bench use their own). */
	prefix?: string;
	/** Source of the current time (tests pass a fixed clock). */
	clock?: () => Date;
	/** Opens storage; defaults to IndexedDB with the in-memory fallback. */
	open?: (prefix: string) => Promise<{ store: ProgressStore; error: string | null }>;
}

export class Progress {
	#prefix: string;
	#clock: () => Date;
	#open: NonNullable<ProgressOptions['open']>;
	#store: ProgressStore = new MemoryProgressStore();
	#loading: Promise<void> | null = null;
	#tabs = new TabSync();
	#writes = new WriteQueue((failure) => {
		if (failure === null) {
			if (this.#persistent && this.#lastError?.startsWith('Not saved')) this.#lastError = null;
			return;
		}
		this.#lastError = `Not saved: ${errorMessage(failure.error)}`;
		console.error('Progress could not be saved', failure.error);
	});

	#states = $state.raw<StateMap>(stateMap([]));
	#todayLogs = $state.raw<readonly ReviewLogEntry[]>([]);
	#settings = $state.raw<Settings>(DEFAULT_SETTINGS);
	#decks = $state.raw<readonly Deck[]>([]);
	#now = $state.raw<Date>(systemClock());
	#undo = $state.raw<readonly UndoStep[]>([]);
	#loaded = $state(false);
	#persistent = $state(false);
	#lastError = $state<string | null>(null);
	#notice = $state<string | null>(null);
	#scheduler = $state.raw<Scheduler | null>(null);
	#schedulerLoading: Promise<Scheduler> | null = null;

	#dailyCards = $derived.by(() => {
		const chosen = this.#settings.reviewDecks;
		const decks = chosen ? this.#decks.filter((d) => chosen.includes(d.id)) : this.#decks;
		return decks.flatMap((d) => d.cards);
	});

	#queue = $derived<Queue>(
		buildQueue({
			cards: this.#dailyCards,
			states: this.#states,
			todayLogs: this.#todayLogs,
			settings: this.#settings,
			now: this.#now
		})
	);

	constructor(options: ProgressOptions = {}) {
		this.#prefix = options.prefix ?? DEFAULT_DB_PREFIX;
		this.#clock = options.clock ?? systemClock;
		this.#open = options.open ?? openProgressStore;
		this.#now = this.#clock();
	}

	#loadScheduler(): Promise<Scheduler> {
		this.#schedulerLoading ??= import('$lib/srs/scheduler').then((scheduler) => {
			this.#scheduler = scheduler;
			return scheduler;
		});
		return this.#schedulerLoading;
	}

	/**
	 * A change made before the saved progress has been read would be overwritten by it, so
	 * every change waits for load() first (at once when it is done).
	 */
	async #ready(): Promise<void> {
		if (!this.#loaded) await this.load();
	}

	/** Opens storage, migrates it and reads states, settings and today's log. Idempotent. */
	load(): Promise<void> {
		this.#loading ??= this.#load();
		return this.#loading;
	}

	get loaded(): boolean {
		return this.#loaded;
	}
	/** Card states by card id (cards never studied have none). Replaced, never mutated. */
	get states(): ReadonlyMap<string, CardState> {
		return this.#states;
	}
	get settings(): Settings {
		return this.#settings;
	}
	get persistent(): boolean {
		return this.#persistent;
	}
	/** Something the student should know that is no failure (a damaged card was reset). */
	get notice(): string | null {
		return this.#notice;
	}
	get lastError(): string | null {
		return this.#lastError;
	}
	/** Today's cards across the decks in the daily review, with counts. */
	get queue(): Queue {
		return this.#queue;
	}
	/** Entries logged since today's study day began. */
	get todayLogs(): readonly ReviewLogEntry[] {
		return this.#todayLogs;
	}
	get canUndo(): boolean {
		return this.#undo.length > 0;
	}
	/** The card the next undo() gives back, or null when there is nothing to undo. */
	get undoCardId(): string | null {
		return this.#undo.at(-1)?.cardId ?? null;
	}
	/** The time the queue was built for; advance it with tick(). */
	get now(): Date {
		return this.#now;
	}

	/** The decks the app offers; the daily review uses those chosen in the settings. */
	setDecks(decks: readonly Deck[]): void {
		this.#decks = decks;
	}

	/** Moves the clock on (e.g. every minute), so learning cards come due and days roll over. */
	async tick(): Promise<void> {
		const before = this.#now;
		this.#now = this.#clock();
		const start = dayStart(this.#now, this.#settings.dayStartHour);
		if (before < start && this.#loaded) await this.#reloadTodayLogs();
	}

	/** The stored state, or a new one for a card never studied. */
	stateOf(cardId: string): CardState {
		return this.#states.get(cardId) ?? newCardState(cardId, this.#now);
	}

	/**
	 * The next due time and button label of each rating; null for the moment it takes to load
	 * the scheduler the first time (the value then updates by itself).
	 */
	preview(cardId: string): Record<Rating, RatingPreview> | null {
		const scheduler = this.#scheduler;
		if (!scheduler) {
			void this.#loadScheduler();
			return null;
		}
		const now = this.#clock();
		try {
			return scheduler.preview(this.stateOf(cardId), now, this.#settings);
		} catch {
			// A damaged stored state: rating it resets the card (see #rate), so show that.
			return scheduler.preview(newCardState(cardId, now), now, this.#settings);
		}
	}

	/**
	 * Rates a card; a stored state the scheduler rejects (a damaged record, say stability -5)
	 * never blocks the review: the card starts again as new, with a notice.
	 */
	#rate(
		scheduler: Scheduler,
		state: CardState,
		rating: Rating,
		now: Date,
		settings: Settings,
		source: ReviewSource
	) {
		try {
			return scheduler.rate(state, rating, now, settings, source);
		} catch (error) {
			console.error('A stored card state was rejected by the scheduler', error);
			this.#notice = `The saved schedule of the card "${state.cardId}" was damaged, so it starts again as a new card. Its review history is kept.`;
			return scheduler.rate(newCardState(state.cardId, now), rating, now, settings, source);
		}
	}

	async rate(cardId: string, rating: Rating, source: ReviewSource = 'review'): Promise<void> {
		// Once loaded, no await comes before the new state and the write: the next card shows
		// at once, and the transaction starts in the keypress's own task, so a browser closed
		// right after the next card is painted keeps the rating.
		if (!this.#loaded) await this.load();
		const scheduler = this.#scheduler ?? (await this.#loadScheduler());
		const now = this.#clock();
		const settings = this.#settings;
		const mine = this.#states.get(cardId);
		const result = this.#rate(
			scheduler,
			mine ?? newCardState(cardId, now),
			rating,
			now,
			settings,
			source
		);
		const step: UndoStep = {
			cardId,
			before: mine,
			log: { key: newLogKey(result.log), entry: result.log },
			after: result.state
		};
		this.#now = now;
		this.#setState(result.state);
		this.#todayLogs = [...this.#todayLogs, result.log];
		this.#pushUndo(step);
		const key = step.log!.key;
		await this.#commit(
			cardId,
			(stored) => {
				step.before = stored;
				if (sameState(stored, mine)) return { state: result.state, log: step.log! };
				// Another tab changed the card since this one read it: rate what is stored, so
				// neither tab's rating is lost.
				const fresh = this.#rate(
					scheduler,
					stored ?? newCardState(cardId, now),
					rating,
					now,
					settings,
					source
				);
				step.log = { key, entry: fresh.log };
				step.after = fresh.state;
				return { state: fresh.state, log: step.log };
			},
			result.log
		);
		this.#broadcast({ kind: 'cards', ids: [cardId], log: true });
	}

	/**
	 * An auto-graded answer: wrong is Again, right is Good. Quiz answers only count as reviews
	 * when the setting says so; otherwise a missed quiz card is added to today's review.
	 */
	async grade(cardId: string, correct: boolean, source: ReviewSource = 'review'): Promise<void> {
		if (source === 'quiz' && !this.#settings.quizCountsAsReview) {
			if (!correct) await this.addToToday(cardId);
			return;
		}
		await this.rate(cardId, ratingForAnswer(correct), source);
	}

	/** Study mode "I know this": starts the card in FSRS as Good. */
	markKnown(cardId: string): Promise<void> {
		return this.rate(cardId, 'good', 'study');
	}

	/** Study "still learning", a missed quiz card: into today's review whatever the limits. */
	async addToToday(cardId: string): Promise<void> {
		await this.#ready();
		const now = this.#clock();
		const hour = this.#settings.dayStartHour;
		return this.#change(cardId, (state) => addToToday(state, now, hour));
	}

	async suspend(cardId: string, suspended = true): Promise<void> {
		await this.#ready();
		return this.#change(cardId, (state) => suspend(state, suspended));
	}

	/** Hidden until the next study day. */
	async bury(cardId: string): Promise<void> {
		await this.#ready();
		const now = this.#clock();
		const hour = this.#settings.dayStartHour;
		return this.#change(cardId, (state) => bury(state, now, hour));
	}

	/** Back to new; the review log keeps its history. */
	async reset(cardId: string): Promise<void> {
		await this.#ready();
		const now = this.#clock();
		return this.#change(cardId, (state) => resetCard(state, now));
	}

	/** Undoes the last change of this session; returns the card id that came back, or null. */
	async undo(): Promise<string | null> {
		await this.#ready();
		const step = this.#undo.at(-1);
		if (!step) return null;
		this.#undo = this.#undo.slice(0, -1);
		this.#states = step.before
			? withState(this.#states, step.before)
			: withoutState(this.#states, step.cardId);
		const entry = step.log?.entry;
		if (entry) {
			this.#todayLogs = this.#todayLogs.filter((l) => l !== entry);
			this.#writes.forget(entry);
		}
		// Read when the transaction runs, after the change it undoes has read the stored state.
		// If another tab has changed the card since, its work stays and this undo does nothing.
		await this.#commit(step.cardId, (stored) =>
			sameState(stored, step.after ?? undefined)
				? { state: step.before ?? null, ...(step.log ? { deleteLog: step.log.key } : {}) }
				: { state: stored ?? null }
		);
		this.#broadcast({ kind: 'cards', ids: [step.cardId], log: step.log !== null });
		return step.cardId;
	}

	async updateSettings(patch: Partial<Settings>): Promise<void> {
		await this.#ready();
		this.#settings = mergeSettings(this.#settings, patch);
		const settings = this.#settings;
		await this.#write(() => this.#store.setMeta(SETTINGS_KEY, settings));
		this.#broadcast({ kind: 'settings' });
	}

	/** All progress and settings as one JSON file, with a suggested file name. */
	async exportBackup(): Promise<BackupFile> {
		const [logs, { makeBackupFile }] = await Promise.all([this.#store.allLogs(), backups()]);
		return makeBackupFile(
			{ settings: this.#settings, states: [...this.#states.values()], logs },
			this.#clock()
		);
	}

	/** Validates a backup without writing anything: a summary to confirm, or what is wrong. */
	async checkBackup(text: string): Promise<BackupCheck> {
		return (await backups()).checkBackup(text);
	}

	/**
	 * Replaces all progress and settings with a backup's, after validating all of it. A bad
	 * file changes nothing. Offer exportBackup() as a download before calling this.
	 */
	async importBackup(text: string): Promise<ImportResult> {
		await this.#ready();
		const restored = await (await backups()).restoreBackup(this.#store, text);
		if (!restored.ok) return restored;
		this.#states = stateMap(restored.backup.states);
		this.#settings = restored.backup.settings;
		this.#undo = [];
		await this.#reloadTodayLogs();
		this.#broadcast({ kind: 'all' });
		return { ok: true, message: restored.message };
	}

	/** Forgets all progress and the review log; settings stay. */
	async resetAll(): Promise<void> {
		await this.#ready();
		this.#states = stateMap([]);
		this.#todayLogs = [];
		this.#undo = [];
		await this.#write(() => this.#store.replaceCollection({ states: [], logs: [] }));
		this.#broadcast({ kind: 'all' });
	}

	/**
	 * True only the first time in a study day that it is asked (finishing the daily review fires
	 * confetti once a day, even across tabs and reloads).
	 */
	async celebrateToday(): Promise<boolean> {
		await this.#ready();
		const today = dayKey(this.#clock(), this.#settings.dayStartHour);
		if (await celebrated(this.#store, today)) return false;
		await this.#writes.run(() => markCelebrated(this.#store, today));
		return true;
	}

	/** The personal best for a game and deck (a quiz score, a match time), if any. */
	async personalBest(key: string): Promise<number | undefined> {
		await this.#ready();
		return readBest(this.#store, key);
	}

	/** Saves a result if it beats the best; true when it is a new personal best. */
	async recordBest(mode: GameMode, key: string, result: number): Promise<boolean> {
		if (!isNewBest(mode, await this.personalBest(key), result)) return false;
		return this.#writes.run(() => writeBest(this.#store, key, result));
	}

	/** Statistics; loads the full review log, so call it when the stats page opens. */
	async stats(cardIds?: readonly string[]): Promise<Stats> {
		let logs: ReviewLogEntry[];
		try {
			logs = await this.#store.allLogs();
		} catch (error) {
			this.#lastError = `Could not read the review history: ${errorMessage(error)}`;
			logs = [...this.#todayLogs];
		}
		return computeStats({
			logs,
			states: this.#states,
			now: this.#clock(),
			dayStartHour: this.#settings.dayStartHour,
			...(cardIds ? { cardIds } : {})
		});
	}

	/** Stops listening to other tabs (tests; the app keeps one instance for its lifetime). */
	close(): void {
		this.#tabs.close();
	}

	async #load(): Promise<void> {
		const { store, error } = await this.#open(this.#prefix);
		this.#store = store;
		this.#persistent = store.persistent;
		this.#lastError = error;
		try {
			const { version, error: unread } = await migrate(store);
			if (unread) this.#lastError = unread;
			if (version > SCHEMA_VERSION) {
				// Written by a newer app (another tab after an update): reading it is safe,
				// writing it back in an older shape is not.
				this.#store = new MemoryProgressStore();
				this.#persistent = false;
				this.#lastError = 'Your progress was saved by a newer version of the app. Reload the page.';
				return;
			}
			this.#settings = parseSettings(await store.getMeta(SETTINGS_KEY));
			this.#now = this.#clock();
			const [states] = await Promise.all([store.loadStates(), this.#reloadTodayLogs()]);
			this.#states = states;
		} catch (caught) {
			this.#lastError = `Could not read saved progress: ${errorMessage(caught)}`;
		} finally {
			this.#loaded = true;
		}
		this.#listen();
		void this.#compactLog();
	}

	/** Packs old log entries in the background so the stats page reads a few large records. */
	async #compactLog(): Promise<void> {
		const yesterday = dayStartOffset(this.#clock(), this.#settings.dayStartHour, -1);
		await this.#write(() => this.#store.compactLog(yesterday));
	}

	async #reloadTodayLogs(): Promise<void> {
		const from = dayStart(this.#clock(), this.#settings.dayStartHour);
		try {
			const stored = await this.#store.logsSince(from);
			// A rating of this tab still being written is not stored yet, but it was made.
			const unsaved = this.#writes.unsaved;
			this.#todayLogs =
				unsaved.size === 0
					? stored
					: [...stored, ...unsaved].sort((a, b) => a.review.getTime() - b.review.getTime());
		} catch (error) {
			this.#lastError = `Could not read today's reviews: ${errorMessage(error)}`;
		}
	}

	#setState(state: CardState): void {
		this.#states = withState(this.#states, state);
	}

	/**
	 * Commits a change to one card and, when it is done, shows what was really written (which
	 * differs from the tab's guess when another tab had changed the card), unless this tab has
	 * changed the card again since. Call it synchronously after the change is shown.
	 */
	async #commit(
		cardId: string,
		change: (stored: CardState | undefined) => CardChange,
		shownLog?: ReviewLogEntry
	): Promise<void> {
		const saved = await this.#writes.commitCard(this.#store, cardId, change, shownLog);
		if (!saved) return;
		const written = saved.state;
		if (!sameState(written ?? undefined, this.#states.get(cardId))) {
			this.#states = written
				? withState(this.#states, written)
				: withoutState(this.#states, cardId);
		}
		const entry = saved.log?.entry;
		if (shownLog && entry && entry !== shownLog) {
			this.#todayLogs = this.#todayLogs.map((l) => (l === shownLog ? entry : l));
		}
	}

	#pushUndo(step: UndoStep): void {
		this.#undo = withStep(this.#undo, step);
	}

	/**
	 * A change without a log entry (suspend, bury, reset, add to today): undoable too, and
	 * applied to the stored state when another tab has changed the card.
	 */
	async #change(cardId: string, update: (state: CardState) => CardState): Promise<void> {
		const now = this.#clock();
		const mine = this.#states.get(cardId);
		const next = update(mine ?? newCardState(cardId, now));
		const step: UndoStep = { cardId, before: mine, log: null, after: next };
		this.#now = now;
		this.#setState(next);
		this.#pushUndo(step);
		await this.#commit(cardId, (stored) => {
			step.before = stored;
			step.after = sameState(stored, mine) ? next : update(stored ?? newCardState(cardId, now));
			return { state: step.after };
		});
		this.#broadcast({ kind: 'cards', ids: [cardId], log: false });
	}

	#write(write: () => Promise<unknown>): Promise<boolean> {
		return this.#writes.run(write);
	}

	#listen(): void {
		if (!this.#store.persistent) return;
		this.#tabs.listen(`${this.#prefix}-progress`, (message) => void this.#receive(message));
	}

	#broadcast(message: TabMessage): void {
		this.#tabs.post(message);
	}

	/** Another tab changed something: re-read just those records. */
	async #receive(message: TabMessage): Promise<void> {
		try {
			if (message.kind === 'settings') {
				this.#settings = parseSettings(await this.#store.getMeta(SETTINGS_KEY));
			} else if (message.kind === 'all') {
				this.#settings = parseSettings(await this.#store.getMeta(SETTINGS_KEY));
				this.#states = await this.#store.loadStates();
				this.#undo = [];
				await this.#reloadTodayLogs();
			} else {
				const fresh = await this.#store.getStates(message.ids);
				this.#states = withFreshStates(this.#states, message.ids, fresh);
				this.#undo = stepsStillStored(this.#undo, message.ids, fresh);
				this.#now = this.#clock();
				if (message.log) await this.#reloadTodayLogs();
			}
		} catch (error) {
			this.#lastError = `Could not read a change from another tab: ${errorMessage(error)}`;
		}
	}
}

/** The one instance the routes share. Call `progress.load()` in the browser (e.g. onMount). */
export const progress = new Progress();
