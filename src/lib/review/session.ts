// One sitting of the daily review: what the summary screen reports when the queue is empty.
import type { Rating } from '$lib/srs';

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
