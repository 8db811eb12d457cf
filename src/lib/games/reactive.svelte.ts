// The one way a screen makes a pure game reactive. The games (quiz.ts, match.ts, timeline.ts)
// are plain classes that run in Node and in tests, like sverdle's `Game`; a screen wraps one here,
// reads it through `current`, and makes every move through `act`, so whatever read the game (a
// `$derived`, the markup) is worked out again after the move, and nothing else is.

export class ReactiveGame<G extends object> {
	readonly #game: G;
	/** Counts the moves: reading it is what ties a reader to the game. */
	#moves = $state(0);

	constructor(game: G) {
		this.#game = game;
	}

	/** The game, to read: a reader is brought up to date after each `act`. */
	get current(): G {
		void this.#moves;
		return this.#game;
	}

	/** Makes a move on the game (anything that changes it), then tells its readers. */
	act<R>(move: (game: G) => R): R {
		const result = move(this.#game);
		this.#moves++;
		return result;
	}

	/** The game serialized, to keep the round through a reload. */
	toString(): string {
		return this.#game.toString();
	}
}
