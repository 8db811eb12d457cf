// Automatic card-quality findings for `npm run eval:cards`: pure functions over cards, quiz option
// sets and match boards (no fs), so a unit test can run them on hand-made cards or the real decks.
//
// Card findings (one per card): reference markers, a prompt that gives its answer away, a prompt
// that leans on an unresolved pronoun, a prompt without a question form. Option-set findings (one
// per question per seed, over quiz rounds that ask every card): a shape outlier, a length outlier,
// duplicate or nested options, fewer than four options. And the score of a test-wise guesser, who
// knows nothing and picks by cues, against chance.
import type { Card, CardKind, Deck } from '../../src/lib/decks/schema';
import { answerWords, normalizeAnswer } from '../../src/lib/games/answer';
import { createMatchBoard, matchPairs, MIN_MATCH_PAIRS } from '../../src/lib/games/match';
import { createQuizRound, type QuizQuestion } from '../../src/lib/games/quiz';
import { optionShape, type Shape } from '../../src/lib/generator/shape';
import { MATCH_PAIRINGS, type MatchPairing, type QuizSettings } from '../../src/lib/games/settings';

// ---------------------------------------------------------------------------------------------
// Report types

export const CARD_FINDINGS = ['reference', 'giveaway', 'pronoun', 'notQuestion'] as const;
export const OPTION_FINDINGS = [
	'typeOutlier',
	'lengthOutlier',
	'duplicateOptions',
	'fewOptions'
] as const;
export const FINDINGS = [...CARD_FINDINGS, ...OPTION_FINDINGS] as const;
export type FindingId = (typeof FINDINGS)[number];

/** One line per finding, for tables and reports. */
export const FINDING_LABELS: Record<FindingId, string> = {
	reference: 'reference markers ([1], [a], [citation needed], ^) in shown text',
	giveaway: 'prompt contains its answer',
	pronoun: 'prompt opens with / leans on an unresolved pronoun',
	notQuestion: 'prompt is not a question nor a fill-in instruction',
	typeOutlier: 'option set with one option of another shape',
	lengthOutlier: 'right answer is the length outlier',
	duplicateOptions: 'duplicate or nested options',
	fewOptions: 'fewer than four options'
};

export interface FindingExample {
	cardId: string;
	prompt: string;
	answer: string;
	/** The option set, for option findings. */
	options?: string[];
	/** What is wrong, in a few words. */
	detail: string;
	/** Higher is worse; examples are sorted by it. */
	severity: number;
}

export interface Finding {
	/** Cards (card findings) or option sets, counted once per seed (option findings). */
	count: number;
	/** One per card (the worst), worst first. */
	examples: FindingExample[];
}

export const CUES = ['frequent', 'shape', 'echo', 'length', 'first'] as const;
export type Cue = (typeof CUES)[number];

export interface GuesserReport {
	/** Option sets scored (each question once per seed). */
	sets: number;
	correct: number;
	/** Percent of option sets the guesser gets right. */
	accuracy: number;
	/** Percent a blind guess gets right: the mean of 1 / options. */
	chance: number;
	/** accuracy − chance, in points. */
	edge: number;
	/** How often each cue decided, and how often it was right. */
	cues: Record<Cue, { used: number; correct: number }>;
}

export interface CardsReport {
	cards: number;
	/** Question option sets built (every question of every seed's round). */
	optionSets: number;
	/** Cards whose sibling group no round asked (no option to offer). */
	unasked: number;
	findings: Record<FindingId, Finding>;
	guesser: GuesserReport;
}

export interface EvaluateOptions {
	/** Seeds of the quiz rounds; every question's option set counts once per seed. */
	seeds?: readonly string[];
}

export const DEFAULT_SEEDS: readonly string[] = ['eval-0', 'eval-1', 'eval-2', 'eval-3', 'eval-4'];

// ---------------------------------------------------------------------------------------------
// Words

const STOPWORDS = new Set(
	(
		'a an the and or but nor of to in on at by for with from into onto over under about as ' +
		'than then that this these those there here which what who whom whose when where why how ' +
		'is are was were be been being am has have had do does did will would shall should can ' +
		'could may might must not no its it his her their they them he she him we us our you your ' +
		'i me my so such also very more most other some any all each both only own same too just ' +
		'after before during since until while between among against through via per one'
	).split(' ')
);

/** Words as written: letters, digits and inner apostrophes or hyphens. */
export function wordsOf(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A crude stem: lower case, no possessive, no plural -s. */
function stem(word: string): string {
	const w = word
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/['’]s$/, '');
	return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * Content words, stemmed: not a stop word, and three letters or more, a number, or a capitalised
 * two-letter name ("Xi", "UK").
 */
export function contentWords(text: string): Set<string> {
	const out = new Set<string>();
	for (const word of wordsOf(text)) {
		const lower = word.toLowerCase();
		if (STOPWORDS.has(lower)) continue;
		const keep = word.length >= 3 || /^\d+$/.test(word) || /^\p{Lu}/u.test(word);
		if (keep && word.length >= 2) out.add(stem(word));
	}
	return out;
}

function shared(a: string, b: string): string[] {
	const bw = contentWords(b);
	return [...contentWords(a)].filter((w) => bw.has(w));
}

/** The text without its quotations ("…", “…”), which speak in their own voice. */
function unquoted(text: string): string {
	return text.replace(/“[^”]*”|"[^"]*"/g, ' ');
}

/** Whether `inner`'s normalised words appear, in a row, in `outer`'s. */
export function containsWords(outer: string, inner: string): boolean {
	const o = answerWords(outer);
	const i = answerWords(inner);
	if (i.length === 0 || i.length > o.length) return false;
	for (let start = 0; start + i.length <= o.length; start++) {
		if (i.every((w, k) => o[start + k] === w)) return true;
	}
	return false;
}

// ---------------------------------------------------------------------------------------------
// (1) Reference markers

const MARKERS = [
	/\[\d{1,3}(?:[–,-]\d{1,3})*\]/g, // [1], [12], [3–5]
	/\[[a-z]\]/g, // [a]
	/\[(?:note|nb|n)\s*\d+\]/gi, // [note 3]
	/\[[a-z ]*(?:needed|verification|dubious|clarify|clarification|whom\?|when\?|who\?|which\?)[^\]]*\]/gi, // [citation needed]
	/\^/g, // ^ (a caret or a wiki superscript)
	/(?<=[.,;:)"”'’\p{L}])[\u00b9\u00b2\u00b3\u2070-\u2079]+(?=\s|$)(?<!(?:km|m|cm|mi|ft)[\u00b2\u00b3])/gu // "done.¹" (not "km²")
];

/** The reference markers in a text, as written. */
export function referenceMarkers(text: string): string[] {
	return MARKERS.flatMap((re) => text.match(re) ?? []);
}

/** The texts of a card a player sees. */
export function shownTexts(card: Card): string[] {
	return [card.prompt, card.answer, card.note ?? '', card.quote ?? '', ...(card.items ?? [])];
}

// ---------------------------------------------------------------------------------------------
// (2) A prompt that contains its answer

const TITLES = new Set(
	'President Premier Prime Minister Mr Mrs Ms Dr General Secretary Chairman King Queen Sir'.split(
		' '
	)
);

/** Why the prompt gives the answer away, or undefined. */
export function promptGivesAnswer(
	card: Pick<Card, 'kind' | 'prompt' | 'answer'>
): string | undefined {
	const answer = answerWords(card.answer).join(' ');
	const prompt = ` ${answerWords(card.prompt).join(' ')} `;
	if (answer.replace(/ /g, '').length >= 3 && prompt.includes(` ${answer} `))
		return `prompt contains "${card.answer}"`;
	if (card.kind === 'quote-speaker' || card.kind === 'person') {
		// A name's words (surname or given name, whichever order) seen in the prompt.
		const promptWords = new Set(wordsOf(card.prompt).map(stem));
		const names = wordsOf(card.answer).filter(
			(w) =>
				/^\p{Lu}/u.test(w) && w.length >= 2 && !TITLES.has(w) && !STOPWORDS.has(w.toLowerCase())
		);
		const hit = names.find((w) => promptWords.has(stem(w)));
		if (hit) return `prompt names "${hit}"`;
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// (3) Unresolved pronouns

const OPENING_PRONOUNS = new Set(
	'he she it they this that these those his her its their him them'.split(' ')
);
const DEICTIC =
	/\b(?:(?<!of )(?:those|these|this|that|such) (?:options?|moves?|deals?|steps?|measures?|decisions?|polic(?:y|ies)|agreements?|plans?|remarks?|comments?|actions?|incidents?|events?|issues?|proposals?|countries|nations|leaders|sides)|the (?:move|deal|same (?:year|day|month))|the (?:latter|former)(?=\s*[,.;?]|\s+(?:is|was|has|had|did|said|says|would|will)\b)|the two (?:nations|countries|sides|leaders|men|states|governments|powers))\b/i;
const BARE_PRONOUN = /\b(he|she|they|him|them|his|her|their)\b/i;

/** "Complete this statement by X:" or "Fill in the number:" – the instruction before the text. */
const INSTRUCTION = /^(?:complete|fill in|finish)\b[^:"“]*:\s*/i;

/** The pronoun or deictic phrase the prompt leans on without saying what it means, or undefined. */
export function unresolvedReference(prompt: string): string | undefined {
	const body = prompt.replace(INSTRUCTION, '');
	const first = /^[^\p{L}"“]*(\p{L}+)/u.exec(body)?.[1];
	if (first !== undefined && OPENING_PRONOUNS.has(first.toLowerCase()))
		return `${body === prompt ? 'opens' : 'text opens'} with "${first}"`;
	const plain = unquoted(body);
	const deictic = DEICTIC.exec(plain);
	if (deictic) {
		// "the two countries" is resolved by "China and Vietnam" before it.
		const before = plain.slice(0, deictic.index);
		const pair = /\p{Lu}\p{L}*\.?\s+and\s+(?:the\s+)?\p{Lu}/u.test(before);
		if (!(pair && /^the two/i.test(deictic[0]))) return `"${deictic[0]}"`;
	}
	// A third-person pronoun with no name before it. In a "Who …" question "he" is the answer.
	const pronoun = BARE_PRONOUN.exec(plain);
	if (pronoun) {
		const who = /^who/i.test(plain.trim()) && !/^(they|them|their)$/i.test(pronoun[1] ?? '');
		const before = plain.slice(0, pronoun.index);
		const named = wordsOf(before)
			.slice(1)
			.some((w) => /^\p{Lu}/u.test(w));
		if (!who && !named) return `"${pronoun[0]}" before any name`;
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// (4) Question form

/** Whether a prompt is a question ("…?") or an explicit fill-in ("Complete …", ending "…"). */
export function hasQuestionForm(prompt: string): boolean {
	const p = prompt.trim();
	if (/\?["”']?$/.test(p)) return true;
	if (/…["”']?[.]?$/.test(p)) return true;
	return /^(?:complete|fill in|finish)\b/i.test(p);
}

// ---------------------------------------------------------------------------------------------
// (5) Option shapes and outliers

export { SHAPES, optionShape, type Shape } from '../../src/lib/generator/shape';

/** The one option whose shape differs from all the others (which share one), or undefined. */
export function typeOutlier(
	options: readonly string[]
): { index: number; shape: Shape; others: Shape } | undefined {
	if (options.length < 3) return undefined;
	const shapes = options.map(optionShape);
	const counts = new Map<Shape, number>();
	for (const s of shapes) counts.set(s, (counts.get(s) ?? 0) + 1);
	if (counts.size !== 2) return undefined;
	const [[a, na], [b]] = [...counts.entries()] as [[Shape, number], [Shape, number]];
	const odd = na === 1 ? a : b;
	const others = na === 1 ? b : a;
	if ((counts.get(odd) ?? 0) !== 1) return undefined;
	return { index: shapes.indexOf(odd), shape: odd, others };
}

/** Length outlier rule: the right answer is the unique longest or shortest option (in words)… */
export const LENGTH_RATIO = 1.8;
/** …and differs from the median of the others by more than 1.8x and by at least two words. */
export const LENGTH_MIN_WORDS = 2;

function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** How far the right answer's length stands out from the others', or undefined if it does not. */
export function lengthOutlier(
	options: readonly string[],
	correct: number
): { ratio: number; words: number; median: number } | undefined {
	if (options.length < 3 || correct < 0 || correct >= options.length) return undefined;
	const lengths = options.map((o) => Math.max(1, wordsOf(o).length));
	const mine = lengths[correct] as number;
	const others = lengths.filter((_, i) => i !== correct);
	const max = Math.max(...others);
	const min = Math.min(...others);
	const mid = median(others);
	if (mine > max && mine / mid > LENGTH_RATIO && mine - mid >= LENGTH_MIN_WORDS)
		return { ratio: mine / mid, words: mine, median: mid };
	if (mine < min && mid / mine > LENGTH_RATIO && mid - mine >= LENGTH_MIN_WORDS)
		return { ratio: mid / mine, words: mine, median: mid };
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// (6) Duplicate or nested options, (7) too few

/** Two options that are the same after normalising, or one inside the other, or undefined. */
export function duplicateOptions(
	options: readonly string[]
): { a: number; b: number; same: boolean } | undefined {
	for (let a = 0; a < options.length; a++) {
		for (let b = a + 1; b < options.length; b++) {
			const x = options[a] as string;
			const y = options[b] as string;
			const same = normalizeAnswer(x) === normalizeAnswer(y);
			if (same || containsWords(x, y) || containsWords(y, x)) return { a, b, same };
		}
	}
	return undefined;
}

export const MIN_OPTIONS = 4;

// ---------------------------------------------------------------------------------------------
// (8) The test-wise guesser

/** What shape of answer a prompt asks for, when it says so ("In which year", "How many"). */
export function askedShape(prompt: string): Shape | undefined {
	const p = unquoted(prompt);
	if (
		/\b(?:which|what) (?:year|month|date|day|decade)\b|^when\b|\bsince when\b|\bfill in the (?:year|date)\b/i.test(
			p
		)
	)
		return 'date';
	if (
		/\bhow (?:many|much)\b|\bwhat (?:percentage|proportion|share|amount|number|sum|figure)\b|\bfill in the number\b/i.test(
			p
		)
	)
		return 'number';
	if (
		/^who(?:m)?\b|\b(?:which|what) (?:country|nation|leader|president|person|official|city|region|state|organi[sz]ation|minister|premier|scholar|analyst)\b/i.test(
			p
		)
	)
		return 'name';
	return undefined;
}

/**
 * The most frequent answer of each kind among the cards, when it is a strong cue: at least three
 * cards and a quarter of the kind's cards have it ("Xi Jinping" among quote speakers).
 */
export function frequentAnswers(cards: readonly Card[]): Map<CardKind, string> {
	const byKind = new Map<CardKind, Map<string, number>>();
	for (const card of cards) {
		const counts = byKind.get(card.kind) ?? new Map<string, number>();
		const key = normalizeAnswer(card.answer);
		counts.set(key, (counts.get(key) ?? 0) + 1);
		byKind.set(card.kind, counts);
	}
	const out = new Map<CardKind, string>();
	for (const [kind, counts] of byKind) {
		const total = [...counts.values()].reduce((a, b) => a + b, 0);
		const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		const [top, second] = sorted;
		if (!top || top[1] < 3 || top[1] < total / 4 || (second && second[1] === top[1])) continue;
		out.set(kind, top[0]);
	}
	return out;
}

/** The index of the unique maximum of `scores` (ties give undefined), if the maximum ≥ `min`. */
function uniqueMax(scores: readonly number[], min: number): number | undefined {
	const max = Math.max(...scores);
	if (!(max >= min)) return undefined;
	const at = scores.flatMap((s, i) => (s === max ? [i] : []));
	return at.length === 1 ? at[0] : undefined;
}

/** The longest option counts as the odd one out when it is this much longer than the next. */
export const LONGEST_RATIO = 1.2;

/**
 * A test-wise player who knows nothing: the kind's most frequent answer if offered, else the only
 * option of the shape the prompt asks for, else the option echoing most of the prompt's content
 * words, else a clearly longest option, else the first.
 */
export function testWiseGuess(
	question: Pick<QuizQuestion, 'kind' | 'prompt' | 'options'>,
	frequent: ReadonlyMap<CardKind, string> = new Map()
): { index: number; cue: Cue } {
	const { options } = question;
	const top = frequent.get(question.kind);
	if (top !== undefined) {
		const index = options.findIndex((o) => normalizeAnswer(o) === top);
		if (index >= 0) return { index, cue: 'frequent' };
	}
	const asked = askedShape(question.prompt);
	if (asked) {
		const fits = options.flatMap((o, i) => (optionShape(o) === asked ? [i] : []));
		if (fits.length === 1) return { index: fits[0] as number, cue: 'shape' };
	}
	const echo = uniqueMax(
		options.map((o) => shared(o, question.prompt).length),
		1
	);
	if (echo !== undefined) return { index: echo, cue: 'echo' };
	const lengths = options.map((o) => o.trim().length);
	const longest = uniqueMax(lengths, 1);
	if (longest !== undefined) {
		const next = Math.max(...lengths.filter((_, i) => i !== longest));
		if ((lengths[longest] as number) >= LONGEST_RATIO * next)
			return { index: longest, cue: 'length' };
	}
	return { index: 0, cue: 'first' };
}

// ---------------------------------------------------------------------------------------------
// Evaluation

class Collector {
	readonly count: Record<FindingId, number>;
	readonly #examples: Record<FindingId, Map<string, FindingExample>>;

	constructor() {
		this.count = Object.fromEntries(FINDINGS.map((f) => [f, 0])) as Record<FindingId, number>;
		this.#examples = Object.fromEntries(FINDINGS.map((f) => [f, new Map()])) as Record<
			FindingId,
			Map<string, FindingExample>
		>;
	}

	add(id: FindingId, example: FindingExample): void {
		this.count[id]++;
		const kept = this.#examples[id].get(example.cardId);
		if (!kept || example.severity > kept.severity) this.#examples[id].set(example.cardId, example);
	}

	findings(): Record<FindingId, Finding> {
		return Object.fromEntries(
			FINDINGS.map((f) => [
				f,
				{ count: this.count[f], examples: sortExamples(this.#examples[f].values()) }
			])
		) as Record<FindingId, Finding>;
	}
}

function sortExamples(examples: Iterable<FindingExample>): FindingExample[] {
	return [...examples].sort(
		(a, b) => b.severity - a.severity || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0)
	);
}

const emptyCues = (): GuesserReport['cues'] =>
	Object.fromEntries(CUES.map((c) => [c, { used: 0, correct: 0 }])) as GuesserReport['cues'];

function guesserReport(
	sets: number,
	correct: number,
	chanceSum: number,
	cues: GuesserReport['cues']
): GuesserReport {
	const accuracy = sets === 0 ? 0 : (100 * correct) / sets;
	const chance = sets === 0 ? 0 : (100 * chanceSum) / sets;
	return { sets, correct, accuracy, chance, edge: accuracy - chance, cues };
}

/** Multiple choice, untimed, every card asked (the schema's cap of 50 questions does not apply here). */
export function evalQuizSettings(questions: number): QuizSettings {
	return {
		questions,
		seconds: null,
		answerMode: 'choice',
		speedBonus: false,
		streakBonus: false
	};
}

/** The card findings of one card, as [finding, example] pairs. */
export function cardFindings(card: Card): [FindingId, FindingExample][] {
	const out: [FindingId, FindingExample][] = [];
	const base = { cardId: card.id, prompt: card.prompt, answer: card.answer };
	const markers = shownTexts(card).flatMap(referenceMarkers);
	if (markers.length)
		out.push(['reference', { ...base, detail: markers.join(' '), severity: markers.length }]);
	const giveaway = promptGivesAnswer(card);
	if (giveaway) out.push(['giveaway', { ...base, detail: giveaway, severity: card.answer.length }]);
	const pronoun = unresolvedReference(card.prompt);
	if (pronoun) out.push(['pronoun', { ...base, detail: pronoun, severity: 1 }]);
	if (!hasQuestionForm(card.prompt))
		out.push(['notQuestion', { ...base, detail: 'no "?" and no fill-in', severity: 1 }]);
	return out;
}

/** The option-set findings of one question, as [finding, example] pairs. */
export function optionFindings(q: QuizQuestion): [FindingId, FindingExample][] {
	const out: [FindingId, FindingExample][] = [];
	const base = { cardId: q.cardId, prompt: q.prompt, answer: q.answer, options: q.options };
	const distractorMarkers = q.options.filter((_, i) => i !== q.correct).flatMap(referenceMarkers);
	if (distractorMarkers.length)
		out.push([
			'reference',
			{ ...base, detail: `in options: ${distractorMarkers.join(' ')}`, severity: 1 }
		]);
	const type = typeOutlier(q.options);
	if (type) {
		const who = type.index === q.correct ? 'the answer' : 'a distractor';
		const a = (shape: Shape) => (/^[aeiou]/.test(shape) ? `an ${shape}` : `a ${shape}`);
		out.push([
			'typeOutlier',
			{
				...base,
				detail: `${who} is ${a(type.shape)} among ${type.others}s: "${q.options[type.index]}"`,
				severity: type.index === q.correct ? 2 : 1
			}
		]);
	}
	const length = lengthOutlier(q.options, q.correct);
	if (length)
		out.push([
			'lengthOutlier',
			{
				...base,
				detail: `answer ${length.words} words, others' median ${length.median}`,
				severity: length.ratio
			}
		]);
	const dup = duplicateOptions(q.options);
	if (dup)
		out.push([
			'duplicateOptions',
			{
				...base,
				detail: `"${q.options[dup.a]}" ${dup.same ? '=' : '~'} "${q.options[dup.b]}"`,
				severity: dup.same ? 2 : 1
			}
		]);
	if (q.options.length < MIN_OPTIONS)
		out.push([
			'fewOptions',
			{
				...base,
				detail: `${q.options.length} options`,
				severity: MIN_OPTIONS - q.options.length
			}
		]);
	return out;
}

/**
 * Every finding over a set of cards (one deck, or one text's cards): card findings once per
 * card; option findings and the guesser over multiple-choice rounds that ask every card, one
 * round per seed, with distractors drawn from `pool` (default: the cards themselves).
 */
export function evaluateCards(
	cards: readonly Card[],
	pool: readonly Card[] = cards,
	options: EvaluateOptions = {}
): CardsReport {
	const seeds = options.seeds ?? DEFAULT_SEEDS;
	const collector = new Collector();
	for (const card of cards) for (const [id, ex] of cardFindings(card)) collector.add(id, ex);

	const frequent = frequentAnswers(cards);
	const cues = emptyCues();
	let sets = 0;
	let correct = 0;
	let chanceSum = 0;
	const asked = new Set<string>();
	const settings = evalQuizSettings(cards.length);
	for (const seed of seeds) {
		for (const q of createQuizRound({ seed, settings }, cards, pool).questions) {
			asked.add(q.cardId);
			sets++;
			chanceSum += 1 / Math.max(1, q.options.length);
			for (const [id, ex] of optionFindings(q)) collector.add(id, ex);
			const guess = testWiseGuess(q, frequent);
			const right = guess.index === q.correct;
			cues[guess.cue].used++;
			if (right) {
				cues[guess.cue].correct++;
				correct++;
			}
		}
	}
	const askedGroups = new Set(
		cards.filter((c) => asked.has(c.id)).map((c) => c.sibling ?? `#${c.id}`)
	);
	const unasked = cards.filter((c) => !askedGroups.has(c.sibling ?? `#${c.id}`)).length;
	return {
		cards: cards.length,
		optionSets: sets,
		unasked,
		findings: collector.findings(),
		guesser: guesserReport(sets, correct, chanceSum, cues)
	};
}

/** Reports of several card sets as one: counts add up, examples merge (worst first). */
export function mergeReports(reports: readonly CardsReport[]): CardsReport {
	const findings = Object.fromEntries(
		FINDINGS.map((f) => [
			f,
			{
				count: reports.reduce((sum, r) => sum + r.findings[f].count, 0),
				examples: sortExamples(reports.flatMap((r) => r.findings[f].examples))
			}
		])
	) as Record<FindingId, Finding>;
	const cues = emptyCues();
	for (const r of reports) {
		for (const c of CUES) {
			cues[c].used += r.guesser.cues[c].used;
			cues[c].correct += r.guesser.cues[c].correct;
		}
	}
	const sets = reports.reduce((s, r) => s + r.guesser.sets, 0);
	const chanceSum = reports.reduce((s, r) => s + (r.guesser.chance / 100) * r.guesser.sets, 0);
	const correct = reports.reduce((s, r) => s + r.guesser.correct, 0);
	return {
		cards: reports.reduce((s, r) => s + r.cards, 0),
		optionSets: reports.reduce((s, r) => s + r.optionSets, 0),
		unasked: reports.reduce((s, r) => s + r.unasked, 0),
		findings,
		guesser: guesserReport(sets, correct, chanceSum, cues)
	};
}

/** Every deck evaluated as the site plays it (a round per deck, distractors from `pool`), merged. */
export function evaluateDecks(
	decks: readonly Deck[],
	pool: readonly Card[] = decks.flatMap((d) => d.cards),
	options: EvaluateOptions = {}
): CardsReport {
	return mergeReports(decks.map((deck) => evaluateCards(deck.cards, pool, options)));
}

// ---------------------------------------------------------------------------------------------
// Match boards

export interface MatchFindings {
	deck: string;
	pairing: MatchPairing;
	/** Boards built (one per seed). */
	boards: number;
	/** Pairs over those boards. */
	pairs: number;
	/** Pairs whose two tiles share a content word. */
	giveaways: number;
	/** Columns with both questions ("…?") and statements among their tiles. */
	mixedColumns: number;
	/** Tiles of a column that repeat or contain another tile of that column. */
	duplicateTiles: number;
	/** Quote-speaker: the deck's quote pairs and how many distinct speakers they have. */
	quotePairs?: number;
	speakers?: number;
	/** Worst first: "left ↔ right (why)". */
	examples: string[];
}

/** Findings on one board's pairs. */
export function boardFindings(pairs: readonly { left: string; right: string }[]): {
	giveaways: string[];
	mixedColumns: number;
	duplicateTiles: string[];
} {
	const giveaways = pairs.flatMap((p) => {
		const words = shared(p.left, p.right);
		return words.length ? [`${p.left} ↔ ${p.right} (shares "${words.join('", "')}")`] : [];
	});
	let mixedColumns = 0;
	const duplicateTiles: string[] = [];
	for (const column of [pairs.map((p) => p.left), pairs.map((p) => p.right)]) {
		const questions = column.filter((t) => /\?["”']?$/.test(t.trim())).length;
		if (questions > 0 && questions < column.length) mixedColumns++;
		for (let a = 0; a < column.length; a++) {
			for (let b = a + 1; b < column.length; b++) {
				const x = column[a] as string;
				const y = column[b] as string;
				if (normalizeAnswer(x) === normalizeAnswer(y) || containsWords(x, y) || containsWords(y, x))
					duplicateTiles.push(x < y ? `"${x}" ~ "${y}"` : `"${y}" ~ "${x}"`);
			}
		}
	}
	return { giveaways, mixedColumns, duplicateTiles };
}

/**
 * Match findings for every deck and pairing that makes a board (at least three pairs), one board
 * per seed with the default six pairs.
 */
export function evaluateMatch(
	decks: readonly Deck[],
	seeds: readonly string[] = DEFAULT_SEEDS
): MatchFindings[] {
	const out: MatchFindings[] = [];
	for (const deck of decks) {
		for (const pairing of MATCH_PAIRINGS) {
			const settings = { pairing, pairs: 6, missPenaltyMs: 5000 };
			const boards = seeds
				.map((seed) => createMatchBoard({ seed, settings }, deck.cards))
				.filter((b) => b.pairs.length >= MIN_MATCH_PAIRS);
			if (boards.length === 0) continue;
			const row: MatchFindings = {
				deck: deck.id,
				pairing,
				boards: boards.length,
				pairs: 0,
				giveaways: 0,
				mixedColumns: 0,
				duplicateTiles: 0,
				examples: []
			};
			const examples = new Set<string>();
			for (const board of boards) {
				const f = boardFindings(board.pairs);
				row.pairs += board.pairs.length;
				row.giveaways += f.giveaways.length;
				row.mixedColumns += f.mixedColumns;
				row.duplicateTiles += f.duplicateTiles.length;
				for (const e of [...f.duplicateTiles, ...f.giveaways]) examples.add(e);
				if (f.mixedColumns) {
					const q = board.pairs.find((p) => /\?["”']?$/.test(p.right.trim()) || /\?$/.test(p.left));
					if (q) examples.add(`question used as a tile: ${q.left} ↔ ${q.right}`);
				}
			}
			if (pairing === 'quote-speaker') {
				const all = matchPairs('quote-speaker', deck.cards);
				row.quotePairs = all.length;
				row.speakers = new Set(all.map((p) => normalizeAnswer(p.right))).size;
			}
			row.examples = [...examples];
			out.push(row);
		}
	}
	return out;
}
