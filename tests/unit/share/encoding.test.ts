import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	base64urlToBytes,
	bytesToBase64url,
	base64urlToText,
	textToBase64url
} from '$lib/share/base64url';
import { canonicalJson, crc32, crc32Hex, hash53 } from '$lib/share/checksum';
import { inflateCapped } from '$lib/share/deflate';
import { deflateSync } from 'fflate';

describe('base64url', () => {
	it('agrees with Node’s own base64url for any bytes, both ways', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const text = bytesToBase64url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(base64urlToBytes(text)).toEqual(bytes);
			}),
			{ numRuns: 1000 }
		);
	});

	it('refuses foreign characters, impossible lengths and stray bits, so one text means one value', () => {
		expect(base64urlToBytes('ab+c')).toBe(undefined);
		expect(base64urlToBytes('abc=')).toBe(undefined);
		expect(base64urlToBytes('abcde')).toBe(undefined);
		// "QQ" is "A"; "QR" spells the same byte with a stray low bit set.
		expect(base64urlToBytes('QQ')).toEqual(new Uint8Array([65]));
		expect(base64urlToBytes('QR')).toBe(undefined);
	});

	it('carries any Unicode text, and refuses broken UTF-8', () => {
		expect(base64urlToText(textToBase64url('习近平 🇨🇳 <b>'))).toBe('习近平 🇨🇳 <b>');
		expect(base64urlToText(bytesToBase64url(new Uint8Array([0xc3])))).toBe(undefined);
	});
});

describe('checksums', () => {
	it('computes the standard CRC-32 check value', () => {
		// The published check value of CRC-32/ISO-HDLC for the ASCII digits 1 to 9.
		expect(crc32('123456789')).toBe(0xcbf43926);
		expect(crc32Hex('')).toBe('00000000');
	});

	it('gives stable 53-bit hashes that tell similar texts apart', () => {
		expect(hash53('front\u001fback')).toBe(hash53('front\u001fback'));
		expect(hash53('front\u001fback')).not.toBe(hash53('front\u001fbacK'));
		expect(hash53('a')).toMatch(/^[0-9a-z]{1,11}$/);
	});

	it('writes canonical JSON with keys sorted at every level', () => {
		expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
			'{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}'
		);
	});
});

describe('capped inflate', () => {
	it('gives back what was deflated', () => {
		const bytes = new TextEncoder().encode('Belt and Road '.repeat(5000));
		const result = inflateCapped(deflateSync(bytes), 1_000_000);
		expect(result).toEqual({ ok: true, bytes });
	});

	it('stops at the cap', () => {
		const result = inflateCapped(deflateSync(new Uint8Array(2_000_000)), 1_000_000);
		expect(result).toEqual({ ok: false, reason: 'too-big' });
	});

	it('calls truncated, empty or random data broken', () => {
		const data = deflateSync(new TextEncoder().encode('hello world, hello world'));
		expect(inflateCapped(data.subarray(0, data.length - 2), 1000)).toEqual({
			ok: false,
			reason: 'broken'
		});
		expect(inflateCapped(new Uint8Array(0), 1000)).toEqual({ ok: false, reason: 'broken' });
		expect(inflateCapped(new Uint8Array([0xff, 0xff, 0xff]), 1000)).toEqual({
			ok: false,
			reason: 'broken'
		});
	});
});
