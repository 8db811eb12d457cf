// Figure cards: numbers worth knowing ("over 350,000 miles", "22 million personnel records"),
// asked as "How many … ?" when the clause allows, otherwise as a fill-in-the-number card.
import type { Draft } from '../card';
import { clauseOf, segment } from '../clauses';
import { resolveSubject, type SentenceRef } from '../context';
import { findDates } from '../dates';
import { askObject, askSubject, removePhrase, splitLead, toSimplePast, trimRest } from '../grammar';
import { normalise, wordCount } from '../text';
import { escapeRe, NUMBER_IN_WORDS, numberWordValue } from '../english';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const QUALIFIER =
	'(?:over|more than|about|approximately|nearly|almost|around|some|at least|up to|roughly|fewer than|less than)';
const NUMBER = `(?:\\$\\s?)?(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_IN_WORDS})(?:\\s+(?:thousand|million|billion|trillion))?`;
/** A figure: qualifier, number, and the noun phrase it counts (one to three words). */
const FIGURE = new RegExp(
	`(?<![\\w-])(${QUALIFIER}\\s+)?(${NUMBER})(?:\\s+(other|more|new|additional))?(?:\\s+of\\s+the\\s+(\\w+))?\\s+((?:[a-z][\\w-]*\\s+){0,2}?(?:[a-z][\\w-]*s|km\\S*|miles|people|times|weeks|years|months|days|doses|percent|per cent))\\b`,
	'g'
);

export function parseNumber(n: string): number | undefined {
	const s = n.replace(/\$\s?/, '').trim().toLowerCase();
	const m =
		/^([\d,]+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)(?:\s+(thousand|million|billion|trillion))?$/.exec(s);
	if (!m) return undefined;
	const base = /\d/.test(m[1]!) ? Number(m[1]!.replace(/,/g, '')) : numberWordValue(m[1]!);
	if (base === undefined || Number.isNaN(base)) return undefined;
	return base * (m[2] ? SCALE[m[2]]! : 1);
}

export function extractFigures(ref: SentenceRef): Draft[] {
	if (ref.sentence.broken) return [];
	const text = ref.text;
	const drafts: Draft[] = [];
	const dates = findDates(text);
	const quoted = (at: number) => (text.slice(0, at).match(/"/g) ?? []).length % 2 === 1;
	const units = segment(text);
	for (const m of text.matchAll(FIGURE)) {
		const start = m.index;
		const numberText = m[2]!;
		const value = parseNumber(numberText);
		if (value === undefined || quoted(start)) continue;
		if (dates.some((d) => start < d.end && start + m[0].length > d.start)) continue;
		const before = text.slice(0, start);
		if (/\b(the|first|last|next|past|its|their|his|her|these|those)\s+$/i.test(before)) continue; // "the two countries"
		if (/\(\s*$/.test(before) || /^-/.test(text.slice(start + m[0].length))) continue;
		const isWord = !/\d/.test(numberText);
		if (isWord && value < 3 && !m[1]) continue;
		let unit = m[5]!;
		if (/^(of|and|or|in|to)\s/.test(unit)) continue;
		// "six of the nine principles": the unit is "principles", the answer "six of the nine"
		const ofThe = m[4];
		const phrase = m[0];
		const num = `${m[1] ?? ''}${numberText}${m[3] ? ' ' + m[3] : ''}`.trim();
		const answer = ofThe ? `${num} of the ${ofThe}` : `${num} ${unit}`.replace(/\^\{2\}/, '\u00b2');
		unit = unit.replace(/^(other|more|new)\s+/, '');
		const how = `How many ${m[3] ? m[3] + ' ' : ''}${unit}`;
		const ui = units.findIndex((u) => start >= u.start && start < u.end);
		let prompt: string | undefined;
		const c0 = ui >= 0 ? clauseOf(units, ui) : undefined;
		const subject = c0 ? resolveSubject(ref, c0.subject) : undefined;
		// "the Forum, attended by representatives from over 140 countries" → who attended
		const passive = new RegExp(
			`((?:the\\s+)?[A-Z][\\w-]*(?:\\s+(?:[A-Z][\\w-]*|and|of|on|for))*),\\s+([a-z]+ed)\\s+by\\s+([a-z][\\w\\s]{0,30}?\\s+)?${escapeRe(phrase)}`
		).exec(text);
		if (passive) {
			const agent = passive[3] ? capital(passive[3].trim()) + ' ' + how.toLowerCase() : how;
			prompt = `${agent} ${passive[2]} ${passive[1]!.replace(/^The\b/, 'the')}?`;
		}
		if (!prompt && c0 && subject) {
			const c = toSimplePast({ ...c0, subject });
			if (c.rest.includes(phrase)) {
				const idx = c.rest.indexOf(phrase);
				const pre = c.rest.slice(0, idx);
				const prep = /\b(to|from|with|by|in|on|at|for)\s+$/.exec(pre)?.[1];
				const art = /\b(a|an)\s+$/.test(pre);
				if (!/\bof\s+$/.test(pre) && !art && !/,\s+with\s/.test(pre)) {
					// "doses of China's COVID-19 vaccines": the counted thing goes with "how many"
					const ofTail =
						/^\s+of\s+([^,;]+?)(?=,|;|\s+which|\s+in addition|\s+in\s+\w+\s+\d{4}|$)/.exec(
							c.rest.slice(idx + phrase.length)
						);
					const what = ofTail ? `${unit} of ${ofTail[1]}` : unit;
					let rest = removePhrase(
						c.rest,
						(prep ? `${prep} ` : '') + phrase + (ofTail ? ofTail[0] : '')
					);
					rest = trimRest(rest, []);
					prompt = askObject(
						c,
						prep
							? `${capital(prep)} how many ${what}`
							: `How many ${m[3] ? m[3] + ' ' : ''}${what}`,
						rest
					);
				}
			} else if (c0.subject.includes(phrase) && c0.subject.startsWith(phrase)) {
				prompt = askSubject(c, how, trimRest(c.rest), c.lead, true);
			}
		}
		if (prompt && (!sane(prompt) || normalise(prompt).includes(normalise(String(numberText)))))
			prompt = undefined;
		if (!prompt) {
			// fill in the number, in the clause's own words
			const u = ui >= 0 ? units[ui]! : undefined;
			if (!u) continue;
			let clause = text.slice(u.start, u.end);
			if (u.kind !== 'main' || !subject) {
				if (u.kind === 'part' && u.owner !== undefined)
					clause = `${text.slice(units[u.owner]!.start, units[u.owner]!.end)}, ${u.conj ?? ''} ${clause}`;
				else if (u.kind !== 'main') continue;
			}
			const body = splitLead(clause).body;
			let c1 = body.includes(phrase) ? body : clause;
			if (wordCount(c1) > 40) {
				const part = c1.split(/\s+and\s+/).find((p) => p.includes(phrase));
				if (part && wordCount(part) >= 6) c1 = splitLead(part).body;
			}
			const numInClause = c1.indexOf(`${m[1] ?? ''}${numberText}`);
			if (
				numInClause < 0 ||
				wordCount(c1) > 40 ||
				/^(they|it|this|these|he|she|the two)\b/i.test(c1)
			)
				continue;
			const blank =
				c1.slice(0, numInClause) +
				'…' +
				c1.slice(numInClause + `${m[1] ?? ''}${numberText}`.length);
			prompt = `Fill in the number: ${blank[0]!.toUpperCase()}${blank.slice(1)}.`.replace(
				/\s+/g,
				' '
			);
			drafts.push(draft(ref, prompt, num, value, numberText));
			continue;
		}
		drafts.push(draft(ref, prompt, answer, value, numberText));
	}
	// votes: "by a vote of 25 in favor and 7 against"
	const vote = /\bby a vote of (\d+) (?:in favou?r|for) and (\d+) against\b/.exec(text);
	if (vote) {
		const units2 = segment(text);
		const ui = units2.findIndex((u) => vote.index >= u.start && vote.index < u.end);
		const c = ui >= 0 ? clauseOf(units2, ui) : undefined;
		if (c) {
			const rest = trimRest(removePhrase(c.rest, vote[0]));
			const lead = c.lead.replace(/\b(on|in)\s+\d{1,2}\s+\w+\s+\d{4}/, '').trim();
			const prompt = askObject({ ...c, lead }, 'By what vote', rest);
			if (sane(prompt))
				drafts.push({
					...draft(
						ref,
						prompt,
						`${vote[1]} in favour, ${vote[2]} against`,
						Number(vote[1]),
						vote[1]!
					),
					accept: [`${vote[1]} to ${vote[2]}`, `${vote[1]}-${vote[2]}`]
				});
		}
	}
	return drafts;
}

function draft(
	ref: SentenceRef,
	prompt: string,
	answer: string,
	value: number,
	numberText: string
): Draft {
	const bare = answer.replace(
		/^(over|more than|about|approximately|nearly|almost|around|some|at least|up to|roughly)\s+/,
		''
	);
	return {
		deck: 'figures',
		kind: 'figure',
		prompt,
		answer,
		accept: [bare, numberText, String(value)].filter((a) => a !== answer),
		value,
		ref,
		keep: [numberText.replace(/\^\{2\}/, '')],
		key: `figure|${answer}`
	};
}

function sane(q: string): boolean {
	if (wordCount(q) > 40 || wordCount(q) < 5) return false;
	if (/[a-z",]\s+(Under|The|In|On|At|This|It|However|During)\s/.test(q.slice(1))) return false;
	if (/\b(they|it|this|these)\b/i.test(q.split(' ').slice(1, 5).join(' '))) return false;
	return true;
}

function capital(s: string): string {
	return s[0]!.toUpperCase() + s.slice(1);
}
