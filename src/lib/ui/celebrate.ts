// Confetti for a finished review or a new best. Loaded on demand (it is only needed at the end
// of a round) and never fired when the student turned it off or the system asks for less motion.
export async function celebrate(enabled: boolean): Promise<boolean> {
	if (!enabled || matchMedia('(prefers-reduced-motion: reduce)').matches) return false;
	const { default: confetti } = await import('canvas-confetti');
	await confetti({
		particleCount: 120,
		spread: 75,
		origin: { y: 0.7 },
		disableForReducedMotion: true
	});
	return true;
}
