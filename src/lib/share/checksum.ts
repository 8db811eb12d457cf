// Checksums and short hashes over text. CRC-32 catches every change of up to 32 bits in a row,
// so any single mistyped character (one UTF-8 sequence of at most 4 bytes) is always caught.

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (IEEE, as in zip and PNG) of the UTF-8 bytes of a text. */
export function crc32(text: string): number {
	let crc = 0xffffffff;
	for (const byte of new TextEncoder().encode(text)) {
		crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32 as eight lowercase hex digits. */
export function crc32Hex(text: string): string {
	return crc32(text).toString(16).padStart(8, '0');
}

/**
 * A 53-bit hash (cyrb53) in base 36, for ids derived from content: wide enough that two
 * thousand imported cards practically never collide, and the same in every JS engine.
 */
export function hash53(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * JSON with object keys sorted at every level, so equal values always give equal text
 * (and equal hashes) whatever order their keys were built in.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
		// fromEntries defines keys as data, so even a "__proto__" key stays a plain key.
		return Object.fromEntries(
			Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		);
	});
}
