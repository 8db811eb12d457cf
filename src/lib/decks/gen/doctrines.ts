// Doctrine cards: a named doctrine, slogan or formulation, and what it means.
// Each pattern is a way English prose defines a term; no term is known in advance.
import type { Card } from '../schema';
import { type DocContext, type Sentence, finishCard } from './context';
import { cleanMarkup, capitalise, normalise, revealsAnswer, tidy, wordCount } from './text';

export interface Definition {
	term: string;
	meaning: string;
	/** Question asking for the term, given its meaning (optional). */
	nameQuestion?: string;
	/** The sentence holding the definition, when it is not the term's own sentence. */
	from?: 'next' | 'previous';
	/** The meaning is a clause, not a name for the term: ask only what the term means. */
	meaningOnly?: boolean;
	/** The "meaning" is only a description: ask only for the term. */
	nameOnly?: boolean;
}

const Q = `"([^"]{3,60}?)[,.]?"`;

const PATTERNS: ((s: Sentence) => Definition | null)[] = [
	// Xi advocates "baseline thinking" in China's foreign policy: setting explicit red lines …
	(s) => {
		const m = new RegExp(`${Q}[^:"]{0,60}:\\s+(?!\\(1\\))([^"(]{10,})$`).exec(s.text);
		return m ? { term: m[1] ?? '', meaning: m[2] ?? '' } : null;
	},
	// an approach of baseline thinking, in which China explicitly states …
	(s) => {
		const m = /approach of ([a-z][a-z -]{3,40}), in which ([^.;]+)/.exec(s.text);
		return m ? { term: m[1] ?? '', meaning: m[2] ?? '', meaningOnly: true } : null;
	},
	// … the Thucydides Trap, a term first used by …, meaning that …
	(s) => {
		const m = /(?:the )?(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)+), a (?:term|concept|phrase)[^,]*, meaning that ([^.;]+)/u.exec(
			s.text
		);
		return m ? { term: m[1] ?? '', meaning: m[2] ?? '', meaningOnly: true } : null;
	},
	// "Great changes unseen in a century". The phrase refers to …
	(s) => {
		const quoted = [...s.text.matchAll(/"([^"]{3,60}?)[,.]?"/g)].at(-1)?.[1];
		const m = /^The (?:phrase|term|concept|slogan|policy|doctrine) refers to ([^.;]+)/.exec(s.next ?? '');
		return quoted && m ? { term: quoted, meaning: m[1] ?? '', from: 'next' } : null;
	},
	// … adopt a more assertive style, commonly expressed as wolf warrior diplomacy.
	(s) => {
		const m = /(?:\bto |\bof )?([^,]{10,}), (?:commonly |often |also )?(?:expressed as|known as|called|dubbed) ([a-z][a-z -]{3,40})\.?$/.exec(
			s.text
		);
		if (!m) return null;
		const meaning = (m[1] ?? '').replace(/^.*?\b(?:to adopt|to demonstrate|to use|adopt) /, '');
		return { term: m[2] ?? '', meaning };
	},
	// Xi's … phone and video foreign meetings as part of his "cloud diplomacy" …
	(s) => {
		const m = new RegExp(`(?:schedule|use|practice) of ([^"]{5,80}?) as part of (?:his|her|its|their) ${Q}`).exec(
			s.text
		);
		return m ? { term: m[2] ?? '', meaning: m[1] ?? '' } : null;
	},
	// … which they describe as a "partnership with no limits," …
	(s) => {
		const m = new RegExp(`^(.{5,80}?), which (?:they|he|she|it) (?:describe|describes|call|calls) as (?:a |an |the )?${Q}`).exec(
			s.text
		);
		if (!m) return null;
		const subject = (m[1] ?? '').replace(/^The /, 'the ');
		return {
			term: m[2] ?? '',
			meaning: subject,
			nameOnly: true,
			nameQuestion: `How is ${subject} described?`
		};
	},
	// Xi describes such areas as "new frontiers" (the areas named in the previous sentence).
	(s) => {
		const m = new RegExp(`describes? such (\\w+) as ${Q}`).exec(s.text);
		if (!m || !s.previous) return null;
		const noun = m[1] ?? '';
		const phrase = new RegExp(`((?:\\w+ ){0,2}${noun} (?:where|that|which|in which) [^.,;]+)`).exec(s.previous)?.[1];
		return phrase ? { term: m[2] ?? '', meaning: phrase.replace(/^(in|on|of) /, ''), from: 'previous' } : null;
	},
	// X has become China's most important foreign relations formulation.
	(s) => {
		const m = /(?:, )?the ((?:\p{Lu}[\p{L}]+ ?)(?:(?:of |\p{Lu}[\p{L}]+ ?)){1,5}) has become ([^.]+)/u.exec(s.text);
		if (!m) return null;
		const term = (m[1] ?? '').trim();
		return { term, meaning: m[2] ?? '', nameOnly: true, nameQuestion: `What has become ${m[2]}?` };
	}
];

/** Does a quoted term stand for a doctrine the text names? (`"keep a low profile"` replaced by …) */
function replacement(s: Sentence): Definition | null {
	const m = /"([^"]{3,60})"[^"]{0,40} has replaced (?:the )?([^"]{0,60})"([^"]{3,60})"/.exec(s.text);
	if (!m) return null;
	return {
		term: m[1] ?? '',
		meaning: `the ${m[2] ?? ''}"${m[3] ?? ''}"`.replace(/\s+"/, ' "'),
		nameOnly: true,
		nameQuestion: `Which doctrine of Xi Jinping replaced the ${(m[2] ?? '').trim()} "${m[3]}"?`
	};
}

export function extractDoctrines(ctx: DocContext): Card[] {
	const cards: Card[] = [];
	const seen = new Set<string>();
	for (const sentence of ctx.sentences) {
		if (sentence.damage) continue;
		const defs = [...PATTERNS.map((p) => p(sentence)), replacement(sentence)].filter(
			(d): d is Definition => d !== null
		);
		for (const def of defs) {
			const term = tidy(cleanMarkup(def.term));
			const meaning = tidy(cleanMarkup(def.meaning));
			if (!term || wordCount(meaning) < 2 || wordCount(meaning) > 40) continue;
			const key = normalise(term);
			const excerpt =
				def.from === 'next' && sentence.next
					? `${sentence.text} ${sentence.next}`
					: def.from === 'previous' && sentence.previous
						? `${sentence.previous} ${sentence.text}`
						: sentence.text;
			const sibling = `doctrine-${key}`;
			if (!seen.has(key) && !def.nameOnly && !def.nameQuestion?.startsWith('Which doctrine')) {
				const prompt = `In Xi Jinping's foreign policy, what does "${term}" mean?`;
				if (!revealsAnswer(prompt, meaning))
					cards.push(
						finishCard(
							'doctrines',
							sentence,
							{ kind: 'doctrine', prompt, answer: capitalise(meaning), sibling, idWords: term },
							excerpt
						)
					);
			}
			const nameQuestion = def.nameQuestion ?? `What term does Xi Jinping's foreign policy use for ${meaning}?`;
			if (!def.meaningOnly && !revealsAnswer(nameQuestion, term))
				cards.push(
					finishCard(
						'doctrines',
						sentence,
						{ kind: 'doctrine-name', prompt: nameQuestion, answer: term, sibling, idWords: `name ${term}` },
						excerpt
					)
				);
			seen.add(key);
		}
	}
	return cards;
}
