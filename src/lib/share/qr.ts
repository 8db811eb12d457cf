// The QR code of a link as dark runs of modules, for an SVG of <rect>s (one rect per run keeps
// the SVG small). Pure: lean-qr builds the matrix without touching the DOM.
import { correction, generate } from 'lean-qr';

export interface QrModules {
	/** Modules per side, without the quiet zone. */
	size: number;
	runs: { x: number; y: number; width: number }[];
}

/** Past this a code gets too dense to scan from across a classroom. */
export const MAX_QR_TEXT = 1200;

/** The code's dark runs, or null when the text is too long to scan comfortably. */
export function qrModules(text: string): QrModules | null {
	if (text.length > MAX_QR_TEXT) return null;
	let code;
	try {
		code = generate(text, { minCorrectionLevel: correction.L });
	} catch {
		return null;
	}
	const runs: QrModules['runs'] = [];
	for (let y = 0; y < code.size; y++) {
		let start = -1;
		for (let x = 0; x <= code.size; x++) {
			const dark = x < code.size && code.get(x, y);
			if (dark && start === -1) start = x;
			if (!dark && start !== -1) {
				runs.push({ x: start, y, width: x - start });
				start = -1;
			}
		}
	}
	return { size: code.size, runs };
}
