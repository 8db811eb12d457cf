// base64url (RFC 4648 §5) without padding, written by hand so it behaves the same in Node and
// every browser and works on bytes, not on the "binary strings" btoa/atob expect.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, i) => [char, i]));

export function bytesToBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i] as number;
		const b = bytes[i + 1];
		const c = bytes[i + 2];
		const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
		out += ALPHABET[(n >> 18) & 63];
		out += ALPHABET[(n >> 12) & 63];
		if (b !== undefined) out += ALPHABET[(n >> 6) & 63];
		if (c !== undefined) out += ALPHABET[n & 63];
	}
	return out;
}

/**
 * The bytes, or undefined when the text is not canonical base64url: a foreign character, a
 * length no encoder produces, or stray bits in the last character. Strictness matters because
 * two spellings of the same bytes would let a changed link or code decode as if unchanged.
 */
export function base64urlToBytes(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let buffer = 0;
	let at = 0;
	for (const char of text) {
		const value = VALUES.get(char);
		if (value === undefined) return undefined;
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (buffer >> bits) & 0xff;
		}
	}
	if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
	return bytes;
}

export function textToBase64url(text: string): string {
	return bytesToBase64url(new TextEncoder().encode(text));
}

/** The UTF-8 text, or undefined when the base64url or the UTF-8 inside it is broken. */
export function base64urlToText(text: string): string | undefined {
	const bytes = base64urlToBytes(text);
	return bytes === undefined ? undefined : utf8OrUndefined(bytes);
}

export function utf8OrUndefined(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}
