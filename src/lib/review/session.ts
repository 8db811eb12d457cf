// One sitting of the daily review: what the summary screen reports when the queue is empty.
// Like the games, it serializes, so a reload of the tab continues the sitting.
import * as v from 'valibot';
import { RATINGS, type Rating } from '$lib/srs/card';

/** A sitting left this long is over: coming back starts a new one. */
export const SITTING_GAP_MS = 60 * 60_000;

const SessionSchema = v.object({
	ratings: v.array(v.picklist(RATINGS)),
	startedAt: v.nullable(v.number()),
	lastAt: v.nullable(v.number())
});

export interface SessionSummary {
	reviewed: number;
	/** Ratings other than Again. */
	recalled: number;
	/** recalled / reviewed, or null before the first rating. */
	accuracy: number | null;
	/** From the first card shown to the last rating. */
	seconds: number;
}

export class ReviewSession {
	#ratings: Rating[] = [];
	#startedAt: number | null = null;
	#lastAt: number | null = null;

	/**
	 * The sitting saved by `toString()`, if it is still going at `now` (its last step was less
	 * than an hour ago); null for a finished, stale or unreadable one.
	 */
	static resume(saved: string, now: Date): ReviewSession | null {
		let parsed: v.InferOutput<typeof SessionSchema>;
		try {
			parsed = v.parse(SessionSchema, JSON.parse(saved));
		} catch {
			return null;
		}
		const last = parsed.lastAt ?? parsed.startedAt;
		if (last === null || now.getTime() - last > SITTING_GAP_MS || last > now.getTime()) return null;
		const session = new ReviewSession();
		session.#ratings = [...parsed.ratings];
		session.#startedAt = parsed.startedAt;
		session.#lastAt = parsed.lastAt;
		return session;
	}

	toString(): string {
		return JSON.stringify({
			ratings: this.#ratings,
			startedAt: this.#startedAt,
			lastAt: this.#lastAt
		});
	}

	/** The first card of the sitting is on screen. */
	start(now: Date): void {
		this.#startedAt ??= now.getTime();
	}

	record(rating: Rating, now: Date): void {
		this.start(now);
		this.#ratings.push(rating);
		this.#lastAt = now.getTime();
	}

	/** The last rating was undone. */
	undo(): void {
		this.#ratings.pop();
	}

	get reviewed(): number {
		return this.#ratings.length;
	}

	summary(): SessionSummary {
		const reviewed = this.#ratings.length;
		const recalled = this.#ratings.filter((r) => r !== 'again').length;
		const seconds =
			this.#startedAt !== null && this.#lastAt !== null
				? Math.round((this.#lastAt - this.#startedAt) / 1000)
				: 0;
		return { reviewed, recalled, accuracy: reviewed ? recalled / reviewed : null, seconds };
	}
}

/** "45 s", "3 min 20 s", "1 h 5 min". */
export function formatDuration(seconds: number): string {
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
