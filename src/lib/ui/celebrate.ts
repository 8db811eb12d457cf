// Confetti for a finished review or a new best. Loaded on demand (it is only needed at the end
// of a round) and never fired when the student turned it off or the system asks for less motion.
export async function celebrate(enabled: boolean): Promise<boolean> {
	if (!enabled || matchMedia('(prefers-reduced-motion: reduce)').matches) return false;
	const { default: confetti } = await import('canvas-confetti');
	// Our own canvas, hidden from assistive technology: it is decoration, not content.
	const canvas = document.createElement('canvas');
	canvas.setAttribute('aria-hidden', 'true');
	canvas.className = 'confetti';
	canvas.style.cssText =
		'position:fixed;inset:0;width:100%;height:100%;pointer-events:none;z-index:100';
	document.body.append(canvas);
	const fire = confetti.create(canvas, { resize: true, disableForReducedMotion: true });
	await fire({ particleCount: 120, spread: 75, origin: { y: 0.7 } });
	canvas.remove();
	return true;
}
