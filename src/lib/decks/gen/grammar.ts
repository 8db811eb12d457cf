// Just enough English grammar to turn a statement into a question:
// "In 2015, Xi met with Ma." + "In which year" → "In which year did Xi meet with Ma?"
// General word lists only (irregular verbs, function words); no facts from any document.

const IRREGULAR: Record<string, string> = Object.fromEntries(
	(
		'became:become began:begin begun:begin brought:bring built:build came:come chose:choose ' +
		'chosen:choose cut:cut dealt:deal did:do drew:draw fell:fall felt:feel fought:fight ' +
		'found:find flew:fly flown:fly froze:freeze frozen:freeze gave:give given:give got:get ' +
		'went:go gone:go grew:grow grown:grow had:have held:hold hit:hit kept:keep knew:know ' +
		'known:know laid:lay led:lead left:leave lent:lend lost:lose made:make meant:mean met:meet ' +
		'paid:pay put:put ran:run rose:rise risen:rise said:say saw:see seen:see sent:send ' +
		'shook:shake shown:show sold:sell sought:seek spoke:speak spoken:speak spent:spend ' +
		'split:split spread:spread stood:stand struck:strike took:take taken:take taught:teach ' +
		'told:tell thought:think threw:throw thrown:throw understood:understand won:win ' +
		'wrote:write written:write withdrew:withdraw withdrawn:withdraw'
	)
		.split(' ')
		.map((pair) => pair.split(':') as [string, string])
);

/** Words ending in "-ed" that are not past-tense verbs. */
const NOT_VERBS = new Set(
	'united red bed need speed seed feed deed reed shed bred hundred kindred sacred naked wicked ragged rugged aged beloved embed'.split(
		' '
	)
);

/**
 * Regular past → base. English spelling leaves the final "e" ambiguous ("visited" vs
 * "stated"), so the rule keeps an "e" after endings that, in English, nearly always take one.
 */
function regularBase(past: string): string {
	if (/[^aeiou]ied$/.test(past)) return past.slice(0, -3) + 'y';
	if (/eed$/.test(past)) return past.slice(0, -1);
	const stem = past.slice(0, -2);
	if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
	if (/[^aeiou]oll$/.test(stem) && stem.length > 5) return stem.slice(0, -1);
	for (const [pattern, keepE] of STEM_RULES) if (pattern.test(stem)) return keepE ? stem + 'e' : stem;
	return stem;
}

/** Ordered spelling rules: does a regular stem take back its final "e"? */
const STEM_RULES: [RegExp, boolean][] = [
	[/(isit|dit|mit|imit|osit|ffit|ruit|ermit|ibit|erit|udit|ocket|arget|idget|udget)$/, false],
	[/(creat|[aeiou][aeiou][scvz]|ieg)$/, true],
	[/([aeiou][aeiou][a-z]|ck|sh|ch|th|wn|rn|rm|rt|st|ct|pt|nt|ld|nd|rd|ss|ll|ff|ow|aw|ew|ay|ey|oy|op|ep|ip|[vnbhl]or|[bcdfghjklmnpqrstvwxz](?:er|en|on|el|al))$/, false],
	[/(iz|yz|uc|nc|rc|rg|dg|ng[^aeiou]?|rs|ps|ns|ls|rv|lv|bl|pl|tl|gl|dl|fl|kl|cl|ag|u|ur|ir|as|us|is|os|ac|ok|ak|ik|uk|ot|at|ut|et|it|iv|av|ov|ev|ib|ob|ub|ad|id|od|ud|im|om|um|am|in|an|un|ap|ar|or)$/, true]
];

/** Base form of a past-tense verb or past participle, or null when the word is not one. */
export function baseOfPast(word: string): string | null {
	const lower = word.toLowerCase();
	const irregular = IRREGULAR[lower];
	if (irregular) return irregular;
	if (lower.length > 3 && lower.endsWith('ed') && !NOT_VERBS.has(lower)) return regularBase(lower);
	return null;
}

/** Base form of a third-person present verb ("advocates" → "advocate"), or null. */
export function baseOfPresent(word: string): string | null {
	const lower = word.toLowerCase();
	if (lower === 'has') return 'have';
	if (/(ches|shes|sses|xes|zes)$/.test(lower)) return lower.slice(0, -2);
	if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y';
	if (/[^su]s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
	return null;
}

/** Words that may stand between a subject and its verb ("Xi also met"). */
const ADVERBS = new Set(
	'also again later then further first initially reportedly personally already still jointly once recently subsequently ultimately formally officially publicly indirectly directly repeatedly especially generally'.split(
		' '
	)
);

/** Lower-case words that can open a subject ("the two countries", "relations"). */
const COMMON_OPENERS = new Set(
	'the a an this that these those both his her its their our some all relations relationship each many most several new early any'.split(
		' '
	)
);

/** Opening words of an adverbial phrase that precedes the subject ("In 2015, …"). */
const LEAD_WORDS = new Set(
	'in on at during after before since by under from following while when as upon with without despite addressing speaking according starting amid throughout within over for'.split(
		' '
	)
);

/** Lower-case words that cannot belong to a subject noun phrase. */
const NOT_IN_SUBJECT = new Set(
	'is are was were be been being will would could should can may might must do does not to that which who whom whose because if than'.split(
		' '
	)
);

export interface Clause {
	/** Adverbial phrase before the subject, without its comma ("In a speech at …"). */
	lead: string;
	subject: string;
	/** Adverbs between subject and verb ("also"). */
	adverbs: string;
	kind: 'past' | 'perfect' | 'passive' | 'present';
	/** Base form of the main verb ("meet"); for a passive, the participle ("adopted"). */
	base: string;
	/** "was"/"were" for a passive. */
	aux: string;
	rest: string;
}

/** Splits a simple declarative sentence into lead, subject, verb and the rest. */
export function parseClause(sentence: string): Clause | null {
	let text = sentence.trim().replace(/[.!?]+["”]?$/, (m) => (m.includes('"') ? '"' : ''));
	let lead = '';
	const firstWord = (/^[A-Za-z]+/.exec(text)?.[0] ?? '').toLowerCase();
	if (LEAD_WORDS.has(firstWord) || /^[A-Za-z]+ly,/.test(text) || /^[A-Z][a-z]+ing\b/.test(text)) {
		const comma = topLevelComma(text);
		if (comma < 0) return null;
		lead = text.slice(0, comma).trim();
		text = text.slice(comma + 1).trim();
	}
	const words = text.split(/\s+/);
	for (let i = 1; i < words.length && i < 16; i++) {
		const word = words[i] ?? '';
		const clean = word.replace(/[^A-Za-z-]/g, '');
		const lower = clean.toLowerCase();
		if (/[,;:]$/.test(words[i - 1] ?? '') && !/^\(/.test(words[i - 1] ?? '')) {
			// An appositive after the subject ("Turkey, with whom …, has") is too tangled.
			return null;
		}
		if (ADVERBS.has(lower)) continue;
		let subjectEnd = i;
		while (subjectEnd > 1 && ADVERBS.has((words[subjectEnd - 1] ?? '').toLowerCase())) subjectEnd--;
		const subject = words.slice(0, subjectEnd).join(' ');
		const adverbs = words.slice(subjectEnd, i).join(' ');
		const next = (words[i + 1] ?? '').replace(/[^A-Za-z-]/g, '');
		const restFrom = (n: number) => words.slice(n).join(' ');
		const make = (kind: Clause['kind'], base: string, aux: string, restAt: number): Clause | null =>
			isSubject(subject) ? { lead, subject, adverbs, kind, base, aux, rest: restFrom(restAt) } : null;
		if (lower === 'was' || lower === 'were') {
			return baseOfPast(next) ? make('passive', next, lower, i + 2) : null;
		}
		if (lower === 'has' || lower === 'have' || lower === 'had') {
			const participle = next && next !== 'been' ? baseOfPast(next) : null;
			if (participle) return make('perfect', participle, '', i + 2);
			return lower === 'had' ? make('past', 'have', '', i + 1) : null;
		}
		if (!/^[a-z]/.test(word)) continue;
		const past = baseOfPast(clean);
		if (past && word === clean) return make('past', past, '', i + 1);
		const present = baseOfPresent(clean);
		const opener = (subject.split(' ')[0] ?? '').toLowerCase();
		if (
			present &&
			word === clean &&
			/^\p{Lu}/u.test(subject) &&
			!COMMON_OPENERS.has(opener) &&
			!/ and /.test(subject) &&
			!baseOfPast(next) &&
			i <= 3
		) {
			return make('present', present, '', i + 1);
		}
		if (NOT_IN_SUBJECT.has(lower) || /ing$/.test(lower)) return null;
	}
	return null;
}

/** The first comma outside quotes and parentheses. */
export function topLevelComma(text: string): number {
	let depth = 0;
	let quote = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quote = !quote;
		else if (ch === '(') depth++;
		else if (ch === ')') depth--;
		else if (ch === ',' && !quote && depth === 0) return i;
	}
	return -1;
}

function isSubject(subject: string): boolean {
	if (!subject || /["“”]/.test(subject)) return false;
	const first = subject.split(' ')[0] ?? '';
	if (/^\p{Lu}/u.test(first)) return true;
	return COMMON_OPENERS.has(first.toLowerCase());
}

/** "The two countries" → "the two countries"; proper names keep their capital. */
export function subjectInQuestion(subject: string): string {
	const first = subject.split(' ')[0] ?? '';
	return COMMON_OPENERS.has(first.toLowerCase())
		? first.toLowerCase() + subject.slice(first.length)
		: subject;
}

const TRAILING_CLAUSE =
	/(,|;|\s—)\s*(which|with|though|although|while|leaving|resulting|allowing|but|whereas|where|a deal|both|and the|and said|and has|and is|and was|becoming|saying|adding|calling|marking|as well as|in which|to send|the first|a term|a phrase|a title)\b|\s(which|who)\s(marked|was|is|had|have|has|were|are)\b|;|:/i;

/** Cuts a trailing relative or participle clause that the question does not need. */
export function trimTrailingClause(text: string, minWords = 1): string {
	let cutAt = text.length;
	const match = TRAILING_CLAUSE.exec(text);
	if (match && match.index < cutAt) cutAt = match.index;
	// A second predicate ("… and met with …") or a bare relative ("… which guide …").
	for (const m of text.matchAll(/\s(?:and|but)\s+(?:also\s+)?([a-z]+)\b|\s(which|saying|adding)\s/g)) {
		if (m.index < cutAt && (m[2] || baseOfPast(m[1] ?? ''))) cutAt = m.index;
	}
	const head = text.slice(0, cutAt).replace(/[,.](["”])$/, '$1');
	if (head.split(/\s+/).length < minWords) return text;
	return head;
}

/**
 * Rewrites a clause as a question opened by `wh` ("In which year", "How many miles").
 * The lead phrase is kept at the end.
 */
export function toQuestion(wh: string, clause: Clause): string {
	const subject = subjectInQuestion(clause.subject);
	const adverbs = clause.adverbs ? ` ${clause.adverbs}` : '';
	const rest = clause.rest ? ` ${clause.rest}` : '';
	// A long opening phrase is background, not part of the question.
	const keptLead = clause.lead.split(/\s+/).length <= 12 ? clause.lead.replace(/\s+[a-z]+ed$/, '') : '';
	const lead = keptLead ? `, ${lowerFirst(keptLead)}` : '';
	const body =
		clause.kind === 'passive'
			? `${clause.aux} ${subject}${adverbs} ${clause.base}${rest}`
			: `${clause.kind === 'present' ? 'does' : 'did'} ${subject}${adverbs} ${clause.base}${rest}`;
	const question = `${wh} ${body}${lead}`.replace(/\s+/g, ' ').replace(/\s+([,.;?])/g, '$1');
	return question.replace(/[,;:\s]+$/, '').replace(/\.$/, '') + '?';
}

export function lowerFirst(text: string): string {
	const first = text.split(' ')[0] ?? '';
	if (/^[A-Z][a-z]+$/.test(first) && (LEAD_WORDS.has(first.toLowerCase()) || COMMON_OPENERS.has(first.toLowerCase()))) {
		return first.toLowerCase() + text.slice(first.length);
	}
	return text;
}
