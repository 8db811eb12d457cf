// Short tones for right and wrong answers, synthesised with Web Audio (no sound files to load).
let context: AudioContext | undefined;

export function playAnswerSound(enabled: boolean, correct: boolean): void {
	if (!enabled || typeof AudioContext === 'undefined') return;
	try {
		context ??= new AudioContext();
		const oscillator = context.createOscillator();
		const gain = context.createGain();
		oscillator.type = 'sine';
		oscillator.frequency.value = correct ? 880 : 220;
		gain.gain.setValueAtTime(0.15, context.currentTime);
		gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + (correct ? 0.25 : 0.4));
		oscillator.connect(gain).connect(context.destination);
		oscillator.start();
		oscillator.stop(context.currentTime + 0.45);
	} catch {
		// Audio is a nicety; a browser that refuses it loses nothing.
	}
}
