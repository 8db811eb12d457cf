// Hand-made decks and payloads for the sharing tests, including text a browser would run as code
// if anything along the way treated it as HTML.
import type { Card, Deck } from '$lib/decks/schema';
import type { SharePayloadInput } from '$lib/share/link';

export const HOSTILE_STRINGS = [
	'<script>alert("x")</script>',
	'<img src=x onerror="alert(1)">',
	'"><svg onload=alert(1)>',
	"'; DROP TABLE students; --",
	'=HYPERLINK("http://evil.example","click")',
	'javascript:alert(document.cookie)',
	'{{constructor.constructor("alert(1)")()}}',
	'${7*7} #{7*7} <%= 7*7 %>',
	'__proto__',
	'Tab\there, "quotes", and\na new line',
	'Ünïcødé 习近平 🇨🇳 \u202eRTL'
];

export function card(id: string, prompt: string, answer: string, extra: Partial<Card> = {}): Card {
	return {
		id,
		kind: 'custom',
		prompt,
		answer,
		source: { doc: 'class-notes.txt', section: '', excerpt: answer },
		...extra
	};
}

export const customDeck: Deck = {
	id: 'class-3b',
	title: 'Class 3B: <b>Belt</b> & Road',
	description: 'Made by a teacher for one lesson',
	cards: [
		card('bri-launch', 'When was the Belt and Road Initiative announced?', 'September 2013', {
			tags: ['bri', '2013'],
			note: 'In Astana, Kazakhstan.'
		}),
		card('bri-name', 'What was the BRI first called in English?', 'One Belt, One Road'),
		...HOSTILE_STRINGS.map((text, i) =>
			card(`hostile-${i}`, `Prompt ${i}: ${text}`, `Answer ${i}: ${text}`, { tags: ['hostile'] })
		)
	]
};

/** One payload of every mode, from built-in deck ids. */
export const builtInPayloads: SharePayloadInput[] = [
	{
		mode: 'quiz',
		source: { kind: 'decks', deckIds: ['dates', 'quotes'] },
		seed: 'abc123',
		settings: { questions: 12, seconds: 30, answerMode: 'typed', kinds: ['date'] }
	},
	{
		mode: 'match',
		source: { kind: 'decks', deckIds: ['quotes'] },
		seed: 'class-3b',
		settings: { pairing: 'date-event', pairs: 5, missPenaltyMs: 0 }
	},
	{
		mode: 'timeline',
		source: { kind: 'decks', deckIds: ['dates'], cardIds: ['dates-1992-consensus', 'dates-x'] },
		seed: 'Z_9-z',
		settings: { events: 7 }
	},
	{
		mode: 'study',
		source: { kind: 'decks', deckIds: ['doctrines'] },
		seed: 's',
		settings: { order: 'shuffled', tag: 'taiwan' }
	}
];

/** The same modes, each carrying the custom deck. */
export const customPayloads: SharePayloadInput[] = builtInPayloads.map((payload) => ({
	...payload,
	source: { kind: 'custom', deck: customDeck }
})) as SharePayloadInput[];
