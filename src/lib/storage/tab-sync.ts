// Tabs of the app tell each other what they changed over a BroadcastChannel, so each re-reads
// just those records. A tab that misses a message is no reason to fail a rating: sending never
// throws, and where there is no BroadcastChannel (or nothing is persistent) nothing is sent.
export type TabMessage =
	{ kind: 'cards'; ids: string[]; log: boolean } | { kind: 'settings' } | { kind: 'all' };

export class TabSync {
	#channel: BroadcastChannel | null = null;

	/** Starts hearing the other tabs of the channel `name`. */
	listen(name: string, receive: (message: TabMessage) => void): void {
		if (typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(name);
		this.#channel.onmessage = (event: MessageEvent<TabMessage>) => receive(event.data);
	}

	post(message: TabMessage): void {
		try {
			this.#channel?.postMessage(message);
		} catch {
			// Another tab missing one message is not worth failing a rating for.
		}
	}

	close(): void {
		this.#channel?.close();
		this.#channel = null;
	}
}
