// Deck generation time: the pure generator over the three sources, cold and warm.
import { deckFiles, readEdits, readSources } from '../build-decks';
import type { Row } from '../bench';

export function benchDeckGeneration(): Row[] {
	const docs = readSources();
	const edits = readEdits();
	const times: number[] = [];
	for (let i = 0; i < 7; i++) {
		const start = performance.now();
		deckFiles(docs, edits);
		times.push(performance.now() - start);
	}
	const cold = times[0] ?? 0;
	const warm = [...times.slice(1)].sort((a, b) => a - b)[3] ?? 0;
	return [
		{
			measure: 'generate all decks (first run, in Node)',
			value: `${cold.toFixed(0)} ms`,
			goal: '≤ 1000 ms',
			ok: cold <= 1000
		},
		{
			measure: 'generate all decks (warm median)',
			value: `${warm.toFixed(0)} ms`,
			goal: '',
			ok: null
		}
	];
}
