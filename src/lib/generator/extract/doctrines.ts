// Doctrine cards: named doctrines, slogans and formulations, and what they mean.
// A term is found by how the text introduces it (in quotation marks after "the", "as", "of",
// or unquoted after "expressed as", "engaged in", "in terms of"), never from a list of terms.
import type { Draft } from '../card';
import { resolveSubject, type SentenceRef } from '../context';
import { clauseOf, segment } from '../clauses';
import { analyse, askObject, askSubject, removePhrase, tidy, trimRest } from '../grammar';
import { findQuotes, normalise, trimAnswer, wordCount } from '../text';
import { inQuotedList } from './quotes';
import { escapeRe, capitalise } from '../english';

/** Nouns that say a phrase is a named idea. */
const CATEGORY =
	'doctrine|slogan|formulation|concept|principle|policy|strategy|initiative|approach|term|phrase|theory|vision|practice|idea|thinking';

export interface Term {
	term: string;
	/** Offsets of the term (with its quotation marks) in the sentence. */
	start: number;
	end: number;
	quoted: boolean;
	category?: string;
}

/** Named ideas in a sentence. */
export function findTerms(text: string): Term[] {
	const out: Term[] = [];
	for (const q of findQuotes(text)) {
		const t = trimAnswer(q.text);
		if (!t || wordCount(t) > 9 || /[.!?]$/.test(q.text.trim())) continue;
		if (inQuotedList(text, q)) continue;
		const before = text.slice(0, q.open);
		const after = text.slice(q.close + 1);
		const cat =
			new RegExp(`^\\s*(${CATEGORY})\\b`).exec(after)?.[1] ??
			new RegExp(`\\b(${CATEGORY})\\s+of\\s+$`).exec(before)?.[1];
		const introduced =
			/\b(the|a|an|his|its|their|of|as|called|calls|call|refers to|articulated|advocates|emphasized|announced|announcement of|known as|dubbed)\s*$/i.test(
				before
			);
		if (!cat && !introduced) continue;
		if (/\b(titled|entitled|named|called)\s*$/.test(before) && /^[A-Z]/.test(t) && wordCount(t) > 5)
			continue; // a title
		// someone's words (the quote deck asks about them), not a named idea
		if (
			/\b(said|says|stated|states|told|saying|stating|called for|calls for|urged|urges|writes|wrote)\b[^;]*$/.test(
				before
			)
		)
			continue;
		if (/^\s*:\s*\(1\)/.test(after)) continue; // a numbered list: the lists deck asks for it
		if (!/\s/.test(t) && /^[a-z]/.test(t)) continue;
		const term: Term = { term: t, start: q.open, end: q.close + 1, quoted: true };
		if (cat) term.category = cat;
		out.push(term);
	}
	// unquoted: "commonly expressed as wolf warrior diplomacy", "engaged in mask diplomacy,"
	const unq =
		/\b(?:expressed as|known as|engaged in|followed [\w\s]{0,20}? with|approach of|in terms of the|in the form of|referred to as|dubbed)\s+((?:[a-z-]+\s){0,3}?(?:diplomacy|thinking|doctrine|trap|Trap|policy|principle|strategy)|(?:[A-Z][a-z]+\s){1,3}(?:Trap|Doctrine|Dream|Initiative))\b/g;
	for (const m of text.matchAll(unq)) {
		const t = m[1]!;
		const start = m.index + m[0].length - t.length;
		if (out.some((o) => start >= o.start && start < o.end)) continue;
		out.push({ term: t, start, end: start + t.length, quoted: false });
	}
	// a capitalised name said to be a formulation: "the Community of Common Destiny has become … formulation"
	const named = new RegExp(
		`\\b(?:the\\s+)?((?:[A-Z][a-z]+)(?:\\s+(?:of|for|and|[A-Z][a-z]+)){1,5})\\s+(?:has become|had become|became|is|was|remains)\\s+[^.;]*\\b(${CATEGORY})\\b`
	).exec(text);
	if (named && /\s[A-Z]/.test(named[1]!) && !out.some((o) => o.term === named[1])) {
		const start = text.indexOf(named[1]!, named.index);
		out.push({ term: named[1]!, start, end: start + named[1]!.length, quoted: false });
	}
	// "X diplomacy" as a subject or object ("China soon followed its mask diplomacy with vaccine diplomacy")
	for (const m of text.matchAll(/\b(?:its|his|their|with|of)\s+((?:[a-z]+\s){1,2}diplomacy)\b/g)) {
		const t = m[1]!;
		const start = m.index + m[0].length - t.length;
		if (out.some((o) => start < o.end && start + t.length > o.start)) continue;
		if (/^(foreign|public|economic|bilateral|multilateral|cultural|active|such) /.test(t)) continue;
		out.push({ term: t, start, end: start + t.length, quoted: false });
	}
	return out.sort((a, b) => a.start - b.start);
}

interface Def {
	text: string;
	how: string;
	np?: string;
	prefix?: string;
	owner?: string;
}

/** What a term means, when the sentence (or the next) says so. */
function definition(ref: SentenceRef, term: Term): Def | undefined {
	const text = ref.text;
	const after = text.slice(term.end);
	// "…, in which D" / ": D" / ", meaning that D" / ", a term first used by …, meaning that D"
	let m = /^\s*,?\s*(in which|whereby|under which)\s+([^.;]+)/.exec(after);
	if (m) return { text: tidy(m[2]!), how: m[1]! };
	m = /^[^:;.]{0,40}?:\s+(?!\()([^.;]+)/.exec(after);
	if (m && !/^["\u201c]/.test(m[1]!)) return { text: tidy(m[1]!), how: ':' };
	m = /^(?:,[^,]{0,80})?,\s*meaning that\s+([^.;]+)/.exec(after);
	if (m) return { text: tidy(m[1]!), how: 'meaning that' };
	// "to adopt a more assertive style, commonly expressed as T"
	const before0 = text.slice(0, term.start);
	const ex =
		/^(.*?)\s+((?:a|an|the)\s+[^,]{3,60}?),?\s+(?:which has been\s+|which is\s+)?(?:commonly\s+|often\s+|also\s+)?(?:expressed|known|referred to|described)\s+(?:as|in the form of)\s*$|^(.*?)\s+((?:a|an|the)\s+[^,]{3,60}?),\s+which has been expressed in the form of\s*$/.exec(
			before0
		);
	if (ex) {
		const prefix = (ex[1] ?? ex[3] ?? '').replace(/^.*?,\s+(?=[A-Z])/, '');
		const np = (ex[2] ?? ex[4] ?? '').replace(/^(a|an)\s/, 'the ');
		if (prefix && analyse(prefix + ' it'))
			return { text: `${np} that ${prefix}`, how: 'called', np, prefix } as Def;
	}
	// "describes such areas as "T"": the areas the previous sentence named
	const such = /\bsuch ([a-z]+) as\s*$/.exec(before0);
	if (such) {
		const prev = ref.doc.sentences[ref.index - 1];
		const hit =
			prev && prev.paragraph === ref.paragraph
				? new RegExp(`((?:[a-z-]+\\s){0,2}(?:[a-z-]+\\s)?${such[1]}\\b[^.;,]*)`).exec(prev.text)
				: null;
		if (hit) return { text: tidy(hit[1]!.replace(/^(in|on|of|at|for)\s+/, '')), how: 'such' };
	}
	// "phone and video meetings as part of his "cloud diplomacy""
	const before = text.slice(0, term.start);
	m =
		/(?:([A-Z][\w-]*)'s\s+)?([a-z][\w\s,-]{5,80}?)\s+as part of (?:his|her|its|their|the)\s*$/.exec(
			before
		);
	if (m) {
		const np = m[2]!.includes(' of ') ? m[2]!.slice(m[2]!.lastIndexOf(' of ') + 4) : m[2]!;
		return { text: tidy(np), how: 'part', owner: m[1] } as Def;
	}
	// next sentence: "The phrase refers to D."
	const next = ref.doc.sentences[ref.index + 1];
	if (next && next.paragraph === ref.paragraph && term.end >= text.length - 3) {
		const n =
			/^(?:The|This) (?:phrase|term|concept|slogan|expression|formulation|doctrine|idea) (refers to|means|describes|denotes)\s+([^.;]+)/.exec(
				next.text
			);
		if (n) return { text: tidy(n[2]!), how: n[1]! };
	}
	return undefined;
}

function shorten(def: string, max = 28): string {
	const words = def.split(/\s+/);
	if (words.length <= max) return def;
	const cut = words.slice(0, max).join(' ');
	const at = cut.lastIndexOf(',');
	return at > 40 ? cut.slice(0, at) : cut;
}

export function extractDoctrines(ref: SentenceRef): Draft[] {
	if (ref.sentence.broken) return [];
	const text = ref.text;
	const drafts: Draft[] = [];
	for (const term of findTerms(text)) {
		const shown = term.quoted ? `"${term.term}"` : term.term;
		const sibling = `term|${normalise(term.term)}`;
		const def = definition(ref, term);
		const extra = term.quoted ? [text.slice(term.start, term.end)] : [term.term];
		if (def && wordCount(def.text) >= 3 && !(def.how === 'such' && !ref.doc.mainPerson)) {
			const meaning = shorten(def.text.replace(/\bred line\b/, 'red lines'));
			drafts.push({
				deck: 'doctrines',
				kind: 'doctrine',
				prompt:
					def.how === 'such'
						? `What does ${ref.doc.mainPerson?.split(' ')[0] ?? 'the text'} describe as ${shown}?`
						: `What is meant by ${shown}?`,
				answer: capitalise(meaning),
				note: text.length <= 240 ? text : undefined,
				ref,
				refs:
					def.how === 'refers to' || def.how === 'means'
						? [ref, ref.doc.sentences[ref.index + 1]!]
						: undefined,
				keep: extra,
				key: `meaning|${term.term}`,
				sibling
			});
			const cat =
				term.category ??
				(/\bapproach of\s*$/.test(text.slice(0, term.start)) ? 'approach' : 'term');
			const connector =
				def.how === 'in which' || def.how === 'whereby' || def.how === 'under which'
					? def.how
					: def.how === 'meaning that'
						? 'meaning that'
						: def.how === 'part'
							? 'that covers'
							: def.how === ':'
								? 'that means'
								: 'that refers to';
			let prompt = `What is the name of the ${cat} ${connector} ${meaning}?`;
			if (def.how === 'called' && def.np && def.prefix)
				prompt = `What is ${def.np} that ${def.prefix} commonly called?`;
			if (def.how === 'such')
				prompt = `What does ${ref.doc.mainPerson?.split(' ')[0] ?? 'the text'} call ${meaning.replace(/^(emerging|such)\b/, 'the $1')}?`;
			if (def.how === 'part')
				prompt = `Which term describes ${def.owner ? def.owner + "'s " : ''}${meaning}?`;
			if (!normalise(prompt).includes(normalise(term.term))) {
				drafts.push({
					deck: 'doctrines',
					kind: 'doctrine-name',
					prompt,
					answer: term.term,
					ref,
					refs:
						def.how === 'refers to' || def.how === 'means'
							? [ref, ref.doc.sentences[ref.index + 1]!]
							: undefined,
					keep: extra,
					key: `name|${term.term}`,
					sibling
				});
			}
			continue;
		}
		// No definition: ask for the term from what the sentence says about it.
		const q = askForTerm(ref, term);
		if (q) {
			drafts.push({
				deck: 'doctrines',
				kind: 'doctrine-name',
				prompt: q,
				answer: term.term,
				note: text.length <= 240 ? text : undefined,
				ref,
				keep: extra,
				key: `ask|${term.term}`,
				sibling
			});
		}
	}
	return drafts;
}

/** "Xi has called X a "T"" → "What has Xi called X?"; ""T" has become Y" → "What has become Y?" */
function askForTerm(ref: SentenceRef, term: Term): string | undefined {
	const text = ref.text;
	// "NP, which they describe as a "T"" → "How do they describe NP?"
	const desc =
		/^(.*?)(?:'s)\s+([a-z][\w\s-]{2,40}?),\s+which\s+(they|he|she|it)\s+(describes?|calls?)\s+as\s+(?:an?\s+|the\s+)?$/.exec(
			text.slice(0, term.start)
		);
	if (desc) {
		const owner = desc[1]!;
		if (/^[A-Z]/.test(owner) && wordCount(owner) <= 6) {
			const plural = desc[3] === 'they';
			return `How ${plural ? 'do' : 'does'} ${owner} describe ${plural ? 'their' : 'his'} ${desc[2]}?`;
		}
	}
	const units = segment(text);
	const ui = units.findIndex((u) => term.start >= u.start && term.start < u.end);
	const c0 = ui >= 0 ? clauseOf(units, ui) : analyse(text);
	if (!c0) return undefined;
	// an appositive after the term goes: "mask diplomacy, a practice facilitated by …"
	const c = {
		...c0,
		rest: c0.rest.replace(
			/(")?,\s+(a|an)\s+(practice|phrase|term|concept|policy|move|step)\b[^,]*/,
			'$1'
		)
	};
	const termText = text.slice(term.start, term.end);
	const subject = resolveSubject(ref, c.subject);
	if (!subject) return undefined;
	const cc = { ...c, subject };
	if (c.subject.includes(termText)) {
		// the term is (part of) the subject
		const rest = trimRest(c.rest);
		const cat = term.category;
		const owner = /^([A-Z][\w\s-]*?)'s\s/.exec(c.subject)?.[1];
		const wh = cat ? `Which ${cat}${owner ? ` of ${owner}` : ''}` : 'What';
		if (wordCount(c.subject) > wordCount(termText) + 3) return undefined;
		if (c.lead && !/^(During|Under|In|Since)\b/.test(c.lead)) return undefined;
		return askSubject({ ...c, subject: '' }, wh, rest);
	}
	if (!c.rest.includes(termText)) return undefined;
	// object: remove "a "T"" / "to a "T"" and ask "What …" / "To what …"
	const pre = new RegExp(
		`(\\b(to|for|as|of|with)\\s+)?(\\b(a|an|the|his|its|their)\\s+)?${escapeRe(termText)}(\\s+(${CATEGORY}))?`
	).exec(c.rest);
	if (!pre) return undefined;
	const prep = pre[2];
	if (prep === 'of' || prep === 'with') return undefined;
	// "the earlier Deng Xiaoping era slogan of "T"" → "Which earlier Deng Xiaoping era slogan …"
	const named = new RegExp(
		`\\b(?:the|a|an)\\s+((?:[\\w-]+\\s){0,5}?(?:${CATEGORY}))\\s+of\\s+${escapeRe(termText)}`
	).exec(c.rest);
	if (named) {
		const rest = trimRest(removePhrase(c.rest, named[0]));
		return askObject(cc, `Which ${named[1]}`, rest);
	}
	let rest = removePhrase(c.rest, pre[0]);
	rest = trimRest(rest);
	if (/^\s*$/.test(rest) && !prep) rest = '';
	const wh =
		prep === 'to' ? 'To what' : prep === 'as' ? 'As what' : prep === 'for' ? 'For what' : 'What';
	const q = askObject(
		cc,
		wh,
		prep && prep !== 'to' && prep !== 'as' && prep !== 'for' ? `${rest} ${prep}` : rest
	);
	if (wordCount(q) < 5 || wordCount(q) > 40) return undefined;
	return q;
}
