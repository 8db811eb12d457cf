// Split a sentence into clause units (main, coordinated, subordinate, relative, participial),
// so that a fact can be asked about in the clause it belongs to.
import {
	analyse,
	findVerb,
	isPastTense,
	splitLead,
	core,
	AUXILIARIES,
	type Clause
} from './grammar';

export type UnitKind = 'main' | 'coord' | 'sub' | 'rel' | 'part' | 'lead';

export interface Unit {
	kind: UnitKind;
	/** Text of the unit as it stands in the sentence. */
	text: string;
	/** Offset of the unit in the (cleaned) sentence. */
	start: number;
	end: number;
	/** For a relative clause: the noun phrase it describes. */
	antecedent?: string;
	/** For a subordinate clause: its conjunction ("after", "when" …). */
	conj?: string;
	/** Index of the main unit whose subject a coordinated or participial unit shares. */
	owner?: number;
}

/** -ing words that are prepositions, not participles. */
const NOT_PARTICIPLES = new Set([
	'during',
	'according',
	'including',
	'regarding',
	'concerning',
	'following',
	'excluding',
	'considering',
	'notwithstanding',
	'pending',
	'nothing',
	'something',
	'anything',
	'everything'
]);

const SUBORDINATORS = [
	'after',
	'when',
	'while',
	'because',
	'although',
	'though',
	'since',
	'before',
	'until',
	'where',
	'once',
	'whereas'
];

/** Mask quoted and bracketed text so that boundaries inside them are not seen. */
function mask(s: string): string {
	let out = '';
	let inQuote = false;
	let depth = 0;
	for (const c of s) {
		if (c === '"' || c === '\u201c' || c === '\u201d') {
			inQuote = c === '\u201c' ? true : c === '\u201d' ? false : !inQuote;
			out += c;
		} else if (c === '(' || c === '[') {
			depth++;
			out += c;
		} else if (c === ')' || c === ']') {
			depth = Math.max(0, depth - 1);
			out += c;
		} else out += inQuote || depth > 0 ? '_' : c;
	}
	return out;
}

function startsWithVerb(text: string): boolean {
	const w = core(text.split(/\s+/)[0] ?? '').toLowerCase();
	const w2 = core(text.split(/\s+/)[1] ?? '').toLowerCase();
	if (AUXILIARIES.has(w)) return true;
	if (isPastTense(w)) return true;
	// "also signed", "later improved"
	if (
		/ly$|^(also|later|then|again|further|subsequently)$/.test(w) &&
		(isPastTense(w2) || AUXILIARIES.has(w2))
	)
		return true;
	return false;
}

/** Text that opens a new clause: an optional adverbial, then a subject and a verb. */
function startsClause(text: string): boolean {
	const undated = text.replace(
		/^(in|on|by|since)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+(?=[A-Za-z])/,
		''
	);
	const body = undated !== text ? undated : splitLead(text).body;
	const first = body.split(/,\s+/)[0] ?? '';
	const words = first.split(/\s+/).filter(Boolean);
	const j = findVerb(words);
	if (j <= 0) return false;
	// the subject must look like one: a name, a pronoun or a determiner phrase
	if (/[:"\u201c]/.test(words.slice(0, j).join(' '))) return false;
	return (
		/^(the|a|an|this|these|both|they|he|she|it|its|their|[\p{Lu}])/u.test(words[0] ?? '') && j <= 8
	);
}

function hasClause(text: string): boolean {
	const words = text.split(/\s+/).filter(Boolean);
	return findVerb(words) > 0;
}

/** The noun phrase just before offset `at` (up to a comma, verb or clause word). */
export function nounPhraseBefore(s: string, at: number): string {
	const before = s.slice(0, at).replace(/[\s,]+$/, '');
	const words = before.split(/\s+/);
	const out: string[] = [];
	for (let i = words.length - 1; i >= 0 && out.length < 12; i--) {
		const w = words[i]!;
		const lw = core(w).toLowerCase();
		if (/[,;:]$/.test(w) && out.length) break;
		if (
			AUXILIARIES.has(lw) ||
			(isPastTense(lw) && out.length) ||
			['that', 'which', 'who', 'and', 'but'].includes(lw)
		) {
			if (lw === 'and' && out.length && /^\p{Lu}/u.test(out[0] ?? '')) {
				out.unshift(w);
				continue;
			}
			break;
		}
		out.unshift(w);
		if (['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(lw)) break;
	}
	return out.join(' ').replace(/,$/, '');
}

const segmentCache = new Map<string, Unit[]>();

/** Clause units of a sentence (memoised: every extractor asks for the same sentences). */
export function segment(sentence: string): Unit[] {
	const hit = segmentCache.get(sentence);
	if (hit) return hit;
	const units = segmentUncached(sentence);
	if (segmentCache.size > 5000) segmentCache.clear();
	segmentCache.set(sentence, units);
	return units;
}

function segmentUncached(sentence: string): Unit[] {
	const s = sentence.replace(/\s*[.!?]["\u201d]?\s*$/, (m) =>
		m.includes('"') || m.includes('\u201d') ? m.trim().slice(1) : ''
	);
	const m = mask(s);
	type Cut = { at: number; skip: number; kind: UnitKind; conj?: string; antecedent?: string };
	const cuts: Cut[] = [];
	// hard boundaries
	for (const r of m.matchAll(/;\s+/g)) cuts.push({ at: r.index, skip: r[0].length, kind: 'main' });
	// coordination: ", and VERB" / " and VERB" / ", but CLAUSE"
	for (const r of m.matchAll(/,?\s+(and|but)\s+/g)) {
		const after = s.slice(r.index + r[0].length);
		if (startsWithVerb(after)) cuts.push({ at: r.index, skip: r[0].length, kind: 'coord' });
		else if (r[1] === 'but' && hasClause(after.split(/,/)[0] ?? ''))
			cuts.push({ at: r.index, skip: r[0].length, kind: 'main' });
		else if (hasClause(s.slice(0, r.index)) && startsClause(after))
			cuts.push({ at: r.index, skip: r[0].length, kind: 'main' });
	}
	// comma-coordinated verb phrases: "Xi flew …, visited …, and gave …"
	for (const r of m.matchAll(/,\s+(?!and\b|but\b)/g)) {
		const after = s.slice(r.index + r[0].length);
		const w = core(after.split(/\s+/)[0] ?? '').toLowerCase();
		if (
			isPastTense(w) &&
			!AUXILIARIES.has(w) &&
			hasClause(s.slice(0, r.index)) &&
			!/^(led|based|held|called|known|seen|signed|cut)$/.test(w)
		)
			cuts.push({ at: r.index, skip: r[0].length, kind: 'coord' });
	}
	// relative clauses
	for (const r of m.matchAll(/(,\s+|\s+)(which|who|that)\s+/g)) {
		const after = s.slice(r.index + r[0].length);
		if (
			startsWithVerb(after) ||
			/^(is|are|was|were|has|have|had)\b/.test(after) ||
			(r[2] !== 'that' && /^[a-z]{3,}(s|es)\s/.test(after))
		) {
			let antecedent = nounPhraseBefore(s, r.index);
			// plural verb after a singular head: "the suppression of protests that have been"
			if (
				/^(have|are|were)\b/.test(after) &&
				/ of /.test(antecedent) &&
				!/s$/.test(antecedent.split(' of ')[0]!)
			) {
				antecedent = antecedent.slice(antecedent.lastIndexOf(' of ') + 4);
			}
			// appositive: "X, a deal that was signed" → X
			if (/^(a|an)\s/.test(antecedent)) {
				const at = s.lastIndexOf(antecedent, r.index);
				const before = s.slice(0, at);
				if (/,\s*$/.test(before)) {
					const np = nounPhraseBefore(s, before.replace(/,\s*$/, '').length);
					if (np) antecedent = np.replace(/^(a|an)\s/, 'the ');
				}
			}
			if (r[2] === 'that' && !/,/.test(r[1]!) && !antecedent) continue;
			cuts.push({ at: r.index, skip: r[0].length, kind: 'rel', antecedent, conj: r[2] });
		}
	}
	// subordinate clauses
	for (const r of m.matchAll(new RegExp(`(,\\s+|\\s+)(${SUBORDINATORS.join('|')})\\s+`, 'g'))) {
		const after = s.slice(r.index + r[0].length);
		const upto = after.split(/,\s+/)[0] ?? '';
		if (hasClause(upto) || startsClause(after))
			cuts.push({ at: r.index, skip: r[0].length, kind: 'sub', conj: r[2] });
	}
	// absolute: ", with Xi being invited to visit in 2020" → "Xi was invited to visit in 2020"
	for (const r of m.matchAll(/,\s+with\s+(?=[^,]{1,60}?\s(being|having)\s)/g))
		cuts.push({ at: r.index, skip: r[0].length, kind: 'main', conj: 'with' });
	// "…, as he rarely leaves …": a reason clause with a pronoun or name subject
	for (const r of m.matchAll(
		/\s+as\s+(?=(he|she|they|it|[A-Z][a-z]+)\s+([a-z]+ly\s+)?[a-z]+s?\b)/g
	)) {
		const after = s.slice(r.index + r[0].length);
		if (hasClause(after.split(/,\s+/)[0] ?? ''))
			cuts.push({ at: r.index, skip: r[0].length, kind: 'sub', conj: 'as' });
	}
	// participial: ", becoming …" / ", saying …"
	for (const r of m.matchAll(/,\s+([a-z]+ing)\s+/g)) {
		if (NOT_PARTICIPLES.has(r[1]!) || !hasClause(s.slice(0, r.index))) continue;
		cuts.push({ at: r.index, skip: r[0].length, kind: 'part', conj: r[1] });
	}
	cuts.sort((a, b) => a.at - b.at);
	// drop overlapping cuts (keep the first at a position)
	const uniq: Cut[] = [];
	for (const c of cuts) if (!uniq.some((u) => Math.abs(u.at - c.at) < 2)) uniq.push(c);

	const units: Unit[] = [];
	let start = 0;
	let kind: UnitKind = 'main';
	let extra: Partial<Unit> = {};
	let lastMain = 0;
	const push = (end: number) => {
		let text = s.slice(start, end).replace(/[\s,]+$/, '');
		if (kind === 'sub') {
			const again = new RegExp(`^(${SUBORDINATORS.join('|')})\\s+`).exec(text);
			if (again) {
				start += again[0].length;
				text = text.slice(again[0].length);
			}
		}
		if (!text.trim()) return;
		const u: Unit = { kind, text, start, end: start + text.length, ...extra };
		if (extra.conj === 'with')
			u.text = text.replace(/\s(being)\s/, ' was ').replace(/\s(having)\s/, ' had ');
		if (kind === 'main') lastMain = units.length;
		else u.owner = lastMain;
		units.push(u);
	};
	for (const c of uniq) {
		push(c.at);
		start = c.at + c.skip;
		kind = c.kind;
		extra = { antecedent: c.antecedent, conj: c.conj };
		if (c.antecedent === undefined) delete extra.antecedent;
		if (c.conj === undefined) delete extra.conj;
	}
	push(s.length);
	// A leading subordinate clause ("While X did Y, Z …") is split off as its own unit.
	const first = units[0];
	if (first && first.kind === 'main') {
		const { lead } = splitLead(first.text);
		const opener = (/^[A-Za-z]+/.exec(lead)?.[0] ?? '').toLowerCase();
		if (lead && SUBORDINATORS.includes(opener) && hasClause(lead.slice(opener.length))) {
			units.push({
				kind: 'sub',
				text: lead.slice(opener.length).trim(),
				start: first.start + opener.length + 1,
				end: first.start + lead.length,
				conj: opener,
				owner: 0
			});
		}
	}
	return units;
}

/** The subject a unit has or shares: its own, its owner's, or its antecedent. */
export function clauseOf(units: Unit[], i: number): Clause | undefined {
	const u = units[i];
	if (!u) return undefined;
	const ownerClause = () => (u.owner !== undefined ? analyse(units[u.owner]!.text) : undefined);
	if (u.kind === 'coord' || u.kind === 'part') {
		const own = analyse(u.text);
		if (own && u.kind === 'coord' && !startsWithVerb(u.text)) return own;
		const oc = ownerClause();
		if (!oc) return undefined;
		return analyse(`${oc.subject} ${u.text}`) ?? undefined;
	}
	if (u.kind === 'rel') {
		if (u.antecedent && startsWithVerb(u.text)) return analyse(`${u.antecedent} ${u.text}`);
		return analyse(u.text);
	}
	return analyse(u.text);
}
