// Compression for custom decks in links. Inflating is capped as it goes, so a tiny hostile
// payload that would expand to gigabytes (a zip bomb) stops at the cap instead of filling memory.
import { Inflate, deflateSync } from 'fflate';

/** Raw DEFLATE at the highest level: links should be as short as they can be. */
export function deflate(bytes: Uint8Array): Uint8Array {
	return deflateSync(bytes, { level: 9 });
}

export type InflateResult =
	{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-big' | 'broken' };

// DEFLATE expands at most ~1032:1, so feeding 1 KB at a time bounds each step to about 1 MB.
const CHUNK = 1024;

/** Inflates raw DEFLATE data, refusing output longer than `maxBytes`. Never throws. */
export function inflateCapped(data: Uint8Array, maxBytes: number): InflateResult {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let tooBig = false;
	let ended = false;
	try {
		const inflater = new Inflate((chunk, final) => {
			total += chunk.length;
			if (total > maxBytes) tooBig = true;
			else chunks.push(chunk);
			if (final) ended = true;
		});
		for (let at = 0; at < data.length && !tooBig; at += CHUNK) {
			inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
		}
		if (data.length === 0) return { ok: false, reason: 'broken' };
	} catch {
		return tooBig ? { ok: false, reason: 'too-big' } : { ok: false, reason: 'broken' };
	}
	if (tooBig) return { ok: false, reason: 'too-big' };
	if (!ended) return { ok: false, reason: 'broken' };
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return { ok: true, bytes };
}
