import nlp from 'compromise';

// A small, rule-based grammar for turning a declarative English clause into a question.
// Only general word lists live here (auxiliaries, irregular verbs, adverbs, prepositions).

const IRREGULAR: Record<string, string> = {
	became: 'become',
	met: 'meet',
	took: 'take',
	made: 'make',
	won: 'win',
	gave: 'give',
	flew: 'fly',
	saw: 'see',
	began: 'begin',
	held: 'hold',
	sold: 'sell',
	brought: 'bring',
	led: 'lead',
	left: 'leave',
	said: 'say',
	told: 'tell',
	wrote: 'write',
	went: 'go',
	came: 'come',
	grew: 'grow',
	rose: 'rise',
	fell: 'fall',
	sent: 'send',
	spent: 'spend',
	built: 'build',
	kept: 'keep',
	felt: 'feel',
	found: 'find',
	got: 'get',
	heard: 'hear',
	knew: 'know',
	lost: 'lose',
	meant: 'mean',
	paid: 'pay',
	ran: 'run',
	stood: 'stand',
	struck: 'strike',
	thought: 'think',
	understood: 'understand',
	drew: 'draw',
	chose: 'choose',
	spoke: 'speak',
	broke: 'break',
	sought: 'seek',
	fought: 'fight',
	caught: 'catch',
	taught: 'teach',
	bought: 'buy',
	withdrew: 'withdraw',
	overtook: 'overtake',
	undertook: 'undertake',
	froze: 'freeze',
	stole: 'steal',
	shook: 'shake',
	wore: 'wear',
	upheld: 'uphold',
	forbade: 'forbid',
	swore: 'swear',
	had: 'have',
	added: 'add',
	created: 'create',
	treated: 'treat',
	defeated: 'defeat',
	repeated: 'repeat',
	heated: 'heat',
	seated: 'seat',
	did: 'do',
	was: 'be',
	were: 'be',
	oversaw: 'oversee',
	foresaw: 'foresee',
	arose: 'arise',
	hid: 'hide',
	bore: 'bear',
	dealt: 'deal',
	lent: 'lend',
	shut: 'shut',
	set: 'set',
	put: 'put',
	cut: 'cut',
	hit: 'hit',
	let: 'let',
	cast: 'cast',
	quit: 'quit',
	spread: 'spread',
	bid: 'bid',
	read: 'read'
};

/** Irregular past participles that differ from the past tense. */
const PARTICIPLES = new Set(
	(
		'become taken made given flown seen begun held sold brought led left said told written gone come ' +
		'grown risen fallen sent spent built kept felt found gotten got heard known lost meant paid run ' +
		'stood struck thought understood drawn chosen spoken broken sought fought caught taught bought ' +
		'withdrawn frozen stolen shaken worn upheld been done set put cut hit let cast spread overseen ' +
		'undertaken overtaken born borne dealt lent shut read won met'
	).split(' ')
);

export const AUXILIARIES = new Set(
	'is are was were has have had will would can could should may might must does do did am'.split(
		' '
	)
);
const BE = new Set(['is', 'are', 'was', 'were', 'am']);

/** Adverbs that may stand between subject, auxiliary and verb. */
const ADVERBS = new Set(
	(
		'also not never again already still now long further later initially previously recently then ' +
		'once additionally indirectly sometimes often generally especially reportedly personally jointly ' +
		'mutually continuously first last ultimately soon even just only rarely always usually notably ' +
		'increasingly repeatedly publicly formally officially reportedly specifically explicitly openly ' +
		'subsequently eventually finally thus therefore however instead consistently largely effectively ' +
		'strongly directly originally swiftly quickly rapidly gradually briefly temporarily'
	).split(' ')
);

const DETERMINERS = new Set(
	(
		'the a an its their his her this that these those our your my more most less least well newly ' +
		'so-called some any each every no other another such own'
	).split(' ')
);

export const PREPOSITIONS = new Set(
	(
		'of in on at by for from with to into onto over under about against between among during ' +
		'after before since until within without through across toward towards upon amid despite ' +
		'following regarding concerning beyond behind beside besides near like as via per'
	).split(' ')
);

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Words that end in -ed or -s and are not verbs. */
const NOT_VERBS = new Set(
	(
		'red bed need speed seed feed shed hundred kindred united limited advanced based related ' +
		'detailed sophisticated interested concerned skilled armed used supposed so-called ' +
		'assisted allied varied alleged aged wicked naked sacred beloved learned'
	).split(' ')
);

function core(word: string): string {
	return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(core(word));
}

export function isPastTense(w: string): boolean {
	const c = core(w);
	if (c !== c.toLowerCase()) return false;
	if (IRREGULAR[c] !== undefined) return true;
	return /^[a-z-]{3,}ed$/.test(c) && !NOT_VERBS.has(c);
}

export function isParticiple(w: string): boolean {
	const c = core(w).toLowerCase();
	return PARTICIPLES.has(c) || (/^[a-z-]{3,}(ed|en)$/.test(c) && !NOT_VERBS.has(c));
}

/** Base form of a past-tense or third-person verb. */
const baseForms = new Map<string, string>();
/** The part of compromise's world this module uses: its verb conjugation. */
interface VerbWorld {
	model: unknown;
	methods: {
		two: {
			transform: {
				verb: { toInfinitive: (word: string, model: unknown, tense: string) => string | undefined };
			};
		};
	};
}
const world = nlp.world() as VerbWorld;

/**
 * compromise's base form of a past-tense verb ("convened" → "convene"), from its conjugation
 * rules and lexicon directly: no sentence is tagged, so it costs microseconds.
 */
function baseForm(word: string): string {
	let base = baseForms.get(word);
	if (base === undefined) {
		base = (world.methods.two.transform.verb.toInfinitive(word, world.model, 'PastTense') ?? '')
			.toString()
			.toLowerCase();
		baseForms.set(word, base);
	}
	return base;
}

export function lemma(verb: string): string {
	const v = core(verb).toLowerCase();
	const irr = IRREGULAR[v];
	if (irr) return irr;
	if (v.endsWith('ied')) return v.slice(0, -3) + 'y';
	// compromise knows English verbs: over the sources and the evaluation corpus it gave the right
	// base form for 22 "-ed" verbs the rules below got wrong ("convened" → "conven") and none
	// that they got right. The rules stay for the words it does not read as verbs.
	if (v.endsWith('ed')) {
		const known = baseForm(v);
		if (/^[a-z]+$/.test(known) && known.length >= 2) return known;
	}
	if (v.endsWith('ed')) {
		const stem = v.slice(0, -2);
		// doubled final consonant: stopped → stop (but keep -ll, -ss, -ff, -zz stems)
		if (/([bdgkmnprt])\1$/.test(stem)) return stem.slice(0, -1);
		if (/(ll|ss|ff|zz)$/.test(stem)) return stem;
		if (/(ee|ye|oe)$/.test(v.slice(0, -1))) return v.slice(0, -1); // agreed → agree
		if (/[^aeiou][aeiou](c|g|v|z|s)$/.test(stem) && !/(us)$/.test(stem)) return stem + 'e'; // announced
		if (/(c|g|v|z)$/.test(stem)) return stem + 'e'; // urged, voiced, solved
		if (/[aeiou]s$/.test(stem) && !/(us|is)$/.test(stem)) return stem + 'e'; // proposed, raised, used
		if (/(at|ut|it)$/.test(stem) && /[^aeiou](at|ut)$/.test(stem)) return stem + 'e'; // created, contributed
		if (/(ot)$/.test(stem) && /[^aeiou]ot$/.test(stem) && stem.length > 3) return stem + 'e'; // voted, noted
		if (/[^aeiou][aeiou](d)$/.test(stem) && /(id|ud|od|ad)$/.test(stem)) return stem + 'e'; // decided, included, upgraded
		if (/([aiou])r$/.test(stem) && !/(ear|oor|air|our)$/.test(stem)) return stem + 'e'; // declared, ignored, secured
		if (/(in)$/.test(stem) && /[^aeiou]in$/.test(stem) && /(lin|fin|min|bin|cin)$/.test(stem))
			return stem + 'e'; // outlined, defined, determined? (determine)
		if (/(bl|pl|tl|dl|gl|kl|zl|cl|fl)$/.test(stem)) return stem + 'e'; // settled, tackled
		if (/(rs|ns|ps|ls)$/.test(stem)) return stem + 'e'; // reversed, condensed, collapsed, pulsed
		if (/[^aeiou][aeiou]b$/.test(stem)) return stem + 'e'; // described
		if (/[^aeiou][aeiou]m$/.test(stem) && /(com|um)$/.test(stem)) return stem + 'e'; // welcomed, resumed, assumed
		if (
			/[^aeiou][aeiou]p$/.test(stem) &&
			/(ap|ip|op|yp|up)$/.test(stem) &&
			!/(velop|ship)$/.test(stem)
		)
			return stem + 'e'; // shaped, wiped
		if (/[^aeiou][aeiou]k$/.test(stem) && /(ak|ik|ok|uk)$/.test(stem)) return stem + 'e'; // invoked, provoked
		if (/[^aeiou]u$/.test(stem) || /[^aeiou]ue$/.test(stem)) return stem + 'e'; // argued → argue
		if (/ag(u)?$/.test(stem)) return stem;
		return stem;
	}
	if (v.endsWith('ies')) return v.slice(0, -3) + 'y';
	if (/(ss|sh|ch|x|zz|o)es$/.test(v)) return v.slice(0, -2);
	if (v.endsWith('s') && !v.endsWith('ss')) return v.slice(0, -1);
	return v;
}

const PARTICIPLE_BASE: Record<string, string> = {
	become: 'become',
	taken: 'take',
	given: 'give',
	flown: 'fly',
	seen: 'see',
	begun: 'begin',
	written: 'write',
	gone: 'go',
	grown: 'grow',
	risen: 'rise',
	fallen: 'fall',
	known: 'know',
	drawn: 'draw',
	chosen: 'choose',
	spoken: 'speak',
	broken: 'break',
	withdrawn: 'withdraw',
	frozen: 'freeze',
	stolen: 'steal',
	shaken: 'shake',
	worn: 'wear',
	been: 'be',
	done: 'do',
	overseen: 'oversee',
	undertaken: 'undertake',
	overtaken: 'overtake',
	come: 'come',
	run: 'run'
};

/** Base form of a past participle ("called" → "call", "grown" → "grow"). */
export function participleBase(p: string): string {
	const c = core(p).toLowerCase();
	return PARTICIPLE_BASE[c] ?? lemma(c);
}

/**
 * A present perfect tied to a past date reads better in the simple past:
 * "has called" + "in 2021" → "did … call".
 */
export function toSimplePast(c: Clause): Clause {
	if (!/^(has|have)$/.test(c.aux) || !c.verb || /\bbeen\b/.test(c.middle)) return c;
	return {
		...c,
		aux: '',
		// A regular verb's past is its participle ("has pursued" → "pursued"), and so is that of
		// an irregular one the table does not know ("has cut" → "cut").
		verb: IRREGULAR_PAST[participleBase(c.verb)] ?? c.verb,
		past: true
	};
}

const IRREGULAR_PAST: Record<string, string> = Object.fromEntries(
	Object.entries(IRREGULAR)
		.filter(([past, base]) => !/ed$/.test(past) && past !== base)
		.map(([past, base]) => [base, past])
);

/** Past tense of an irregular verb base ("become" → "became"). */
export const IRREGULAR_PAST_OF: Readonly<Record<string, string>> = IRREGULAR_PAST;

/** Third-person singular present of a verb base: "say" → "says". */
export function thirdPerson(base: string): string {
	if (base === 'be') return 'is';
	if (base === 'have') return 'has';
	if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
	if (/(s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
	return base + 's';
}

export interface Clause {
	/** Adverbial before the subject ("In 2015", "During a visit to Iran"), without its comma. */
	lead: string;
	subject: string;
	/** Auxiliary, when the verb group has one ("has", "was", "had been" → "had"). */
	aux: string;
	/** Words between the auxiliary and the main verb ("been", adverbs). */
	middle: string;
	/** The main verb as written, or "" when the auxiliary is the only verb (a copula). */
	verb: string;
	rest: string;
	/** The verb is in the past (did-support) rather than the present (does/do). */
	past: boolean;
	plural: boolean;
}

const DISCOURSE = new Set(
	(
		'however moreover furthermore ultimately notably thus therefore instead meanwhile nevertheless ' +
		'nonetheless consequently additionally also similarly likewise indeed accordingly hence still ' +
		'besides initially'
	).split(' ')
);

/** Split at top-level commas (outside quotes and brackets). Returns offsets of the commas. */
export function topLevelCommas(text: string): number[] {
	const out: number[] = [];
	let inQuote = false;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"' || c === '\u201c' || c === '\u201d')
			inQuote = c === '\u201c' ? true : c === '\u201d' ? false : !inQuote;
		else if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
		else if (c === ',' && depth === 0) {
			// A comma just before a closing quote ("…Taiwan," Xi) counts as top level.
			if (!inQuote || /^["\u201d]\s/.test(text.slice(i + 1, i + 3))) out.push(i);
		}
	}
	return out;
}

const LEAD_OPENERS = new Set(
	(
		'in on at during after before under since following despite while although though when as ' +
		'by for from with without within amid upon according ' +
		'once if because unlike like throughout over into across'
	).split(' ')
);

/** Remove discourse markers ("However,") and split off a leading adverbial. */
export function splitLead(text: string): { lead: string; body: string } {
	let body = text.trim();
	for (;;) {
		const m = /^([A-Z][a-z]+),\s+/.exec(body);
		if (m && (DISCOURSE.has(m[1]!.toLowerCase()) || /ly$/.test(m[1]!))) {
			body = body.slice(m[0].length);
			continue;
		}
		const m2 =
			/^In (conclusion|addition|particular|contrast|short|sum|fact|turn|response),\s+/.exec(body);
		if (m2) {
			body = body.slice(m2[0].length);
			continue;
		}
		break;
	}
	const leads: string[] = [];
	// a date without a comma: "in February 2018 the government announced …"
	const dated =
		/^((?:in|on|by|since)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})\s+(?=[A-Za-z])/i.exec(body);
	if (dated && !/^\S+\s+\d{4}\s*,/.test(body)) {
		leads.push(dated[1]!);
		body = body.slice(dated[0].length);
	}
	for (;;) {
		const first = (/^[A-Za-z]+/.exec(body)?.[0] ?? '').toLowerCase();
		if (!LEAD_OPENERS.has(first) && !/ing$/.test(first)) break;
		const commas = topLevelCommas(body);
		const c = commas[0];
		if (c === undefined) break;
		const quoteAfter = /^["\u201d]/.test(body.slice(c + 1));
		const lead = body.slice(0, c) + (quoteAfter ? body[c + 1] : '');
		// A lead is short and has no finite verb of its own unless it is a subordinate clause.
		if (lead.split(/\s+/).length > 30) break;
		const after = body.slice(c + (quoteAfter ? 2 : 1)).trim();
		if (!after || !/^["\u201c]?[\p{L}\d$]/u.test(after)) break;
		leads.push(lead.trim());
		body = after;
	}
	return { lead: leads.join(', '), body };
}

/**
 * "the Nationalist and Communist parties, Chiang Kai-shek and Mao Zedong, met": a word ending in
 * s before an appositive name is a noun, not a verb.
 */
function beforeName(words: string[], j: number): boolean {
	return /,$/.test(words[j]!) && isCapitalised(words[j + 1] ?? '');
}

/** Find the finite verb of a clause body (subject first). Returns its word index or -1. */
export function findVerb(words: string[]): number {
	for (let j = 1; j < words.length; j++) {
		const w = core(words[j]!);
		const lw = w.toLowerCase();
		const prev = core(words[j - 1]!).toLowerCase();
		if (/[,;:]$/.test(words[j - 1]!) && !isCapitalised(words[j - 1]!)) {
			// after an appositive comma the next word may still be the verb; fine
		}
		if (w !== lw && !(j === 0)) continue; // capitalised: part of a name
		if (AUXILIARIES.has(lw)) return j;
		if (isPastTense(w)) {
			if (DETERMINERS.has(prev) || PREPOSITIONS.has(prev)) continue;
			if (prev === 'and' || prev === 'or') {
				// "X and Y signed": verb after a coordinated subject is fine; "trade and used" rare
			}
			return j;
		}
		if (/^[a-z]+s$/.test(lw) && !/(ss|us|is|ics|ous|ies)$/.test(lw) && lw.length > 3) {
			const p = words[j - 1]!;
			const pc = core(p).toLowerCase();
			const subjectLike =
				(isCapitalised(p) && !/[,;]$/.test(p) && !/['\u2019]s$/.test(p)) ||
				PRONOUNS.has(pc) ||
				(ADVERBS.has(pc) &&
					j >= 2 &&
					(isCapitalised(words[j - 2]!) || PRONOUNS.has(core(words[j - 2]!).toLowerCase())));
			const nw = core(words[j + 1] ?? '').toLowerCase();
			const nounBeforeVerb = isPastTense(nw) || AUXILIARIES.has(nw);
			if (subjectLike && !DETERMINERS.has(pc) && !nounBeforeVerb && !beforeName(words, j)) return j;
		}
		if (/^[a-z]+(ies|es)$/.test(lw) && /y$|e$/.test(lemma(lw)) && !beforeName(words, j)) {
			const p = words[j - 1]!;
			if (isCapitalised(p) || PRONOUNS.has(core(p).toLowerCase())) return j;
		}
	}
	return -1;
}

const analyseCache = new Map<string, Clause | undefined>();

/** Analyse a clause into lead, subject and verb group. Undefined when no verb is found. */
export function analyse(text: string): Clause | undefined {
	if (analyseCache.has(text)) return analyseCache.get(text);
	const c = analyseUncached(text);
	if (analyseCache.size > 20000) analyseCache.clear();
	analyseCache.set(text, c);
	return c;
}

function analyseUncached(text: string): Clause | undefined {
	const { lead, body } = splitLead(text.replace(/(?<![A-Z]\.[A-Z])[.;]\s*$/, ''));
	const words = body.split(/\s+/).filter(Boolean);
	const j = findVerb(words);
	if (j <= 0) return undefined;
	const subjectWords = words.slice(0, j);
	// adverbs just before the verb belong to the verb group
	const pre: string[] = [];
	while (
		subjectWords.length > 1 &&
		ADVERBS.has(core(subjectWords[subjectWords.length - 1]!).toLowerCase())
	) {
		pre.unshift(subjectWords.pop()!);
	}
	const subject = subjectWords.join(' ').replace(/,$/, '');
	const vw = core(words[j]!).toLowerCase();
	let k = j + 1;
	let aux = '';
	const middle: string[] = [...pre];
	let verb: string;
	const next = (i: number) => core(words[i] ?? '').toLowerCase();
	if (AUXILIARIES.has(vw)) {
		const isHave = vw === 'has' || vw === 'have' || vw === 'had';
		const isDo = vw === 'do' || vw === 'does' || vw === 'did';
		const mid: string[] = [];
		let i = k;
		while (i < words.length && (ADVERBS.has(next(i)) || next(i) === 'not')) mid.push(words[i++]!);
		const nw = next(i);
		if (isHave && !(nw === 'been' || isParticiple(nw))) {
			// "had a standoff": main verb
			aux = '';
			verb = words[j]!;
			k = j + 1;
		} else if (isDo) {
			aux = words[j]!;
			middle.push(...mid);
			verb = words[i] ?? '';
			k = i + 1;
		} else {
			aux = words[j]!;
			middle.push(...mid);
			// modal/perfect chains: "has been engaged", "would be", "could constitute"
			const chain: string[] = [];
			while (i < words.length && (next(i) === 'been' || next(i) === 'be' || next(i) === 'have'))
				chain.push(words[i++]!);
			while (i < words.length && ADVERBS.has(next(i))) chain.push(words[i++]!);
			const cand = next(i);
			const copula = chain.some((w) => /^(been|be)$/i.test(w));
			if (
				isParticiple(cand) ||
				(!BE.has(vw) &&
					!copula &&
					/^[a-z]+$/.test(cand) &&
					!DETERMINERS.has(cand) &&
					!PREPOSITIONS.has(cand))
			) {
				middle.push(...chain);
				verb = words[i] ?? '';
				k = i + 1;
			} else {
				middle.push(...chain);
				verb = '';
				k = i;
			}
		}
	} else {
		verb = words[j]!;
	}
	const rest = words.slice(k).join(' ');
	const s = subject.toLowerCase();
	const plural =
		/\band\b/.test(s) ||
		/^(they|we|both|the two|many|some|several)\b/.test(s) ||
		(/s$/.test(core(subjectWords[subjectWords.length - 1] ?? '')) &&
			!isCapitalised(subjectWords[subjectWords.length - 1] ?? '') &&
			!/(ss|us|is)$/.test(s));
	const past = aux ? false : isPastTense(verb);
	return {
		lead,
		subject,
		aux: aux.toLowerCase(),
		middle: middle.join(' '),
		verb,
		rest,
		past,
		plural
	};
}

function join(...parts: string[]): string {
	return parts
		.filter((p) => p && p.trim())
		.join(' ')
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:?!])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/,\s*\?/g, '?')
		.trim();
}

/** Lower-case the first word of a subject unless it is a name or an acronym. */
export function subjectForm(subject: string): string {
	const first = /^\S+/.exec(subject)?.[0] ?? '';
	const c = core(first);
	if (c.length > 1 && c === c.toUpperCase()) return subject;
	if (
		/^(The|A|An|This|That|These|Those|Its|Their|His|Her|Both|Some|Many|Each|All|Several|Such|Relations|Ties)$/.test(
			c
		)
	)
		return subject[0]!.toLowerCase() + subject.slice(1);
	return subject;
}

export function leadForm(lead: string): string {
	if (!lead) return '';
	const first = /^\S+/.exec(lead)?.[0] ?? '';
	if (/ing$/.test(first) && !LEAD_OPENERS.has(first.toLowerCase()))
		return ', when ' + first.toLowerCase() + lead.slice(first.length);
	if (/^(while|although|though|because|as|when|once|if|whereas)$/i.test(first))
		return ', ' + first.toLowerCase() + lead.slice(first.length);
	return LEAD_OPENERS.has(first.toLowerCase())
		? first.toLowerCase() + lead.slice(first.length)
		: lead;
}

/** Cut afterthoughts (", seen as …", ", with …", ", which …") off a long rest. */
export function trimRest(rest: string, keep: string[] = []): string {
	const m =
		/,\s+(seen as|with|which|while|where|leaving|resulting|meaning|allowing|making|as well as|including|who|a move|in a move|particularly|especially|a phrase|a term)\b/.exec(
			rest
		);
	if (!m) return rest;
	const head = rest.slice(0, m.index);
	if (head.split(/\s+/).length < 4) return rest;
	if (keep.some((k) => k && rest.includes(k) && !head.includes(k))) return rest;
	return head;
}

/**
 * A question about something outside the subject: "When did Xi meet Ma?"
 * `rest` replaces the clause's rest (with the asked-about words removed).
 */
export function askObject(c: Clause, wh: string, rest = c.rest, lead = c.lead): string {
	let subject = subjectForm(c.subject);
	if (/,/.test(subject.replace(/\([^)]*\)/g, '')) && rest) subject += ',';
	let aux = c.aux;
	let verb = c.verb;
	if (!aux) {
		aux = c.past ? 'did' : c.plural ? 'do' : 'does';
		verb = lemma(c.verb);
	}
	return join(wh, aux, subject, c.middle, verb, rest, leadForm(lead)) + '?';
}

/** A question about the subject: "Who met Ma in 2015?" */
export function askSubject(
	c: Clause,
	wh: string,
	rest = c.rest,
	lead = c.lead,
	plural = false
): string {
	let aux = c.aux;
	let verb = c.verb;
	if (!plural && c.plural && !c.past) {
		if (aux === 'have') aux = 'has';
		else if (aux === 'are') aux = 'is';
		else if (aux === 'were') aux = 'was';
		else if (!aux && verb) verb = thirdPerson(lemma(verb));
	}
	if (plural && !c.plural) {
		if (aux === 'has') aux = 'have';
		else if (aux === 'is') aux = 'are';
		else if (aux === 'was') aux = 'were';
		else if (!aux && verb && !c.past) verb = lemma(verb);
	}
	return join(wh, aux, c.middle, verb, rest, leadForm(lead)) + '?';
}

/** Remove a phrase from a text and tidy the commas and spaces around it. */
export function removePhrase(text: string, phrase: string): string {
	const i = text.indexOf(phrase);
	if (i < 0) return text;
	return tidy(text.slice(0, i) + ' ' + text.slice(i + phrase.length));
}

export function tidy(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:?!])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/^[\s,;]+|[\s,;]+$/g, '')
		.replace(/\(\s*\)/g, '')
		.trim();
}

export function words(text: string): string[] {
	return text.split(/\s+/).filter(Boolean);
}

export { core, isCapitalised };
