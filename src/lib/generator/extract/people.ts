// Person cards: who did what, for people other than the document's main figure
// ("Which Canadian Prime Minister made an official visit to China …?").
import type { Draft } from '../card';
import { clauseOf, segment } from '../clauses';
import { fullName, resolveSubject, TITLE_WORDS, type SentenceRef } from '../context';
import { askObject, askSubject, removePhrase, trimRest, IRREGULAR_PAST_OF } from '../grammar';
import { normalise, wordCount } from '../text';
import { escapeRe } from '../english';

const NAME = '[\\p{Lu}][\\p{L}\u2019-]*(?:[ \\u00a0]+[\\p{Lu}][\\p{L}\u2019-]*){0,3}';
const TITLED_SUBJECT = new RegExp(
	`^((?:[\\p{Lu}][\\p{L}-]+\\s+)*?(?:${TITLE_WORDS}))\\s+(${NAME})$`,
	'u'
);

const APPOSITIVE = new RegExp(
	`(?:\\b(with|under|by|to)\\s+)?(${NAME}),\\s+(?:the\\s+)?((?:${TITLE_WORDS})\\s+of\\s+[^,;(]+?(?:\\s*\\([^)]*\\))?)(?=,|;| which| who|$)`,
	'u'
);
const PREP_TITLE = new RegExp(
	`(?<!(?:used|coined|introduced)\\s)\\b(under|by|with|from)\\s+((?:[A-Z][\\w-]+\\s+)?(?:${TITLE_WORDS}))\\s+(${NAME})`,
	'u'
);
const COINED = new RegExp(
	`\\b(?:the\\s+)?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)+),\\s+a\\s+(term|phrase|concept|word)\\s+first\\s+(used|coined|introduced)\\s+by\\s+((?:[a-z]+\\s+)*)(${NAME})`,
	'u'
);

/** "becoming" → "became", "resulting" → "resulted". */
export function ingToPast(w: string): string {
	const base = w.replace(/ing$/, '');
	for (const b of [base + 'e', base, base.replace(/(.)\1$/, '$1')])
		if (IRREGULAR_PAST_OF[b]) return IRREGULAR_PAST_OF[b]!;
	if (/(.)\1$/.test(base) && !/(ll|ss)$/.test(base) && base.length > 3)
		return base.slice(0, -1) + 'ed';
	if (/[^aeiou][aeiou][bcdgkmprstvz]$/.test(base) && !/(en|er|on)$/.test(base)) return base + 'ed';
	return /e$/.test(base) ? base + 'd' : base + 'ed';
}

/**
 * A person known by one word ("President Tsai") is answered with the full name the document
 * gives elsewhere ("Tsai Ing-wen"), when it gives exactly one.
 */
export function longestName(text: string, mention: string): string {
	if (mention.includes(' ')) return mention;
	const esc = escapeRe(mention);
	const found = new Set<string>();
	for (const m of text.matchAll(
		new RegExp(`\\b${esc}((?: \\p{Lu}[\\p{Ll}]*(?:-\\p{Ll}+)?)+)`, 'gu')
	)) {
		const full = (mention + m[1]).split(' ').slice(0, 3).join(' ');
		if (!/\b(Party|Council|Government|Administration|Republic)\b/.test(full)) found.add(full);
	}
	return found.size === 1 ? [...found][0]! : mention;
}

export function extractPeople(ref: SentenceRef): Draft[] {
	if (ref.sentence.broken) return [];
	const text = ref.text;
	const main = ref.doc.mainPerson;
	const drafts: Draft[] = [];
	const units = segment(text);
	const push = (prompt: string, mention: string, key: string) => {
		if (!sane(prompt)) return;
		const person = longestName(ref.doc.text, mention);
		const names = [person, ...person.split(' ')].filter((n) => n.length > 2);
		if (names.some((n) => prompt.includes(n))) return;
		drafts.push({
			deck: 'people',
			kind: 'person',
			prompt,
			answer: person,
			accept: person.includes(' ') ? [person.split(' ').slice(-1)[0]!] : [],
			ref,
			key: `person|${key}|${person}`
		});
	};
	const done = new Set<string>();
	units.forEach((u, i) => {
		const c0 = clauseOf(units, i);
		if (!c0) return;
		const resolved = resolveSubject(ref, c0.subject, u.text);
		if (!resolved) return;
		const c = { ...c0, subject: resolved };
		// someone's words are for the quote deck
		if (
			/"/.test(c.rest) &&
			/^(said|says|stated|states|writes|wrote|told|remarked|saying|adding|stating)$/.test(c.verb)
		)
			return;
		if (u.kind === 'part' && /^(saying|adding|stating|writing|arguing|noting)$/.test(u.conj ?? ''))
			return;
		const subj = c.subject.replace(/^(During|In|On|At)\b[^,]*,\s*/, '');
		// 1. a titled person as the subject: "Canadian Prime Minister Mark Carney made …"
		const t = TITLED_SUBJECT.exec(subj);
		if (t) {
			const person = fullName(ref.doc, t[2]!);
			if (person && person !== main && !done.has(person)) {
				done.add(person);
				const rest = trimRest(c.rest);
				const partVerb = u.kind === 'part' && u.conj ? ingToPast(u.conj) : '';
				const cc = partVerb ? { ...c, verb: partVerb, aux: '', middle: '' } : c;
				push(askSubject(cc, `Which ${t[1]}`, rest), person, u.text);
				return;
			}
		}
		// 2. a named person (not the main one) as the subject of a participle: "…, becoming the first …"
		if (u.kind === 'part' && u.conj) {
			const owner = u.owner !== undefined ? clauseOf(units, u.owner) : undefined;
			const person = owner ? fullName(ref.doc, owner.subject) : undefined;
			if (person && person !== main) {
				const rest = u.text.replace(new RegExp(`^${u.conj}\\s*`), '');
				push(`Who ${ingToPast(u.conj)} ${rest}?`, person, u.text);
			}
		}
		// 3. "met with Ma Ying-jeou, the president of …": which president did Xi meet
		const app = APPOSITIVE.exec(c.rest);
		if (app && !/^\s+and\s+[A-Z]/.test(c.rest.slice(app.index + app[0].length))) {
			const person = fullName(ref.doc, app[2]!) ?? (/\s/.test(app[2]!) ? app[2]! : undefined);
			if (person && person !== main) {
				const prep = app[1] && app[1] !== 'with' ? app[1] : '';
				let rest = removePhrase(c.rest, app[0]);
				if (app[1] === 'with') rest = `with ${rest}`.trim();
				push(
					askObject(c, `${prep ? cap(prep) + ' which' : 'Which'} ${app[3]}`, trimRest(rest)),
					person,
					app[0]
				);
			}
		}
		// 4. "under president Moon Jae-in": under which president
		const prepTitle = PREP_TITLE.exec(c.rest);
		if (
			prepTitle &&
			!app &&
			!/^\s+and\s+[A-Z]/.test(c.rest.slice(prepTitle.index + prepTitle[0].length))
		) {
			const person = fullName(ref.doc, prepTitle[3]!);
			if (person && person !== main) {
				const rest = trimRest(removePhrase(c.rest, prepTitle[0]));
				push(
					askObject(c, `${cap(prepTitle[1]!)} which ${prepTitle[2]}`, rest),
					person,
					prepTitle[0]
				);
			}
		}
	});
	// 5. "X, a term first used by political scientist Y"
	const coined = COINED.exec(text);
	if (coined) {
		const person = fullName(ref.doc, coined[5]!) ?? coined[5]!;
		const who = coined[4]!.trim() ? `Which ${coined[4]!.trim()}` : 'Who';
		push(`${who} first ${coined[3]} the ${coined[2]} "${coined[1]}"?`, person, coined[0]);
	}
	return drafts;
}

function sane(q: string): boolean {
	if (wordCount(q) > 40 || wordCount(q) < 5) return false;
	if (/[a-z",]\s+(Under|The|In|On|At|This|It|However|During)\s/.test(q.slice(1))) return false;
	if (/\b(he|she|they|it|this|these)\b/i.test(q.split(' ').slice(1, 4).join(' '))) return false;
	return normalise(q).length > 10;
}

function cap(s: string): string {
	return s[0]!.toUpperCase() + s.slice(1);
}
