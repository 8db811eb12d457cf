// Quote cards: a quotation with an identifiable speaker, asked both ways: "Who said …?" and
// "Complete this statement by …". A phrase the text merely puts in quotation marks is no quote.
import type { Draft } from '../card';
import { fullName, resolveSubject, TITLE_WORDS, type SentenceRef } from '../context';
import { analyse } from '../grammar';
import { findQuotes, normalise, trimAnswer, wordCount, type Quote } from '../text';
import { capitalise, escapeRe, lowerFirst } from '../english';

/** Verbs that report speech or writing. */
const SPEECH =
	'said|says|stated|states|told|tells|remarked|remarks|wrote|writes|added|declared|declares|warned|warns|argued|argues|noted|notes|insisted|stressed|asserted|commented|explained|replied|responded|saying|stating|adding|writing|declaring|warning|arguing|noting|insisting|stressing|asserting|called for|calls for|urged|urges';

const NAME = '[\\p{Lu}][\\p{L}\u2019-]*(?:[ \\u00a0]+[\\p{Lu}][\\p{L}\u2019-]*){0,3}';
const SUBJECT_VERB = new RegExp(
	`(?:^|[\\s,(])((?:${NAME})|he|she|He|She)\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|later\\s+|then\\s+|additionally\\s+|once\\s+|reportedly\\s+|indirectly\\s+|publicly\\s+|repeatedly\\s+)*(${SPEECH})\\b`,
	'gu'
);

interface Attribution {
	/** Speaker as written ("Xi", "he", "Academic Suisheng Zhao"). */
	mention: string;
	/** Full name. */
	speaker: string;
	/** Offset where the reported content starts (after the verb) or -1 when the quote comes first. */
	from: number;
	verb: string;
	/** Reported content when it is not simply the text after the verb. */
	content?: string;
}

function personOf(ref: SentenceRef, mention: string, before: string): string | undefined {
	let m = mention.trim();
	if (/\sand\s/.test(m)) {
		const parts = m.split(/\s+and\s+/).map((p) => personOf(ref, p, before));
		return parts.every(Boolean) ? parts.join(' and ') : undefined;
	}
	if (/^(he|she)$/i.test(m)) {
		const r = resolveSubject(ref, m.toLowerCase(), before);
		if (!r) return undefined;
		m = r;
	}
	// "Chinese President Xi Jinping" → "Xi Jinping"
	m = m.replace(new RegExp(`^(?:[\\p{Lu}][\\p{L}-]+\\s+)*?${TITLE_WORDS}\\s+`, 'u'), '');
	return fullName(ref.doc, m);
}

function attribute(ref: SentenceRef, q: Quote): Attribution | undefined {
	const text = ref.text;
	const before = text.slice(0, q.open);
	// "According to X, …"
	const acc = new RegExp(`According to (${NAME})\\s*,`, 'u').exec(before);
	if (acc) {
		const speaker = personOf(ref, acc[1]!, '');
		if (speaker)
			return { mention: acc[1]!, speaker, from: acc.index + acc[0].length, verb: 'according' };
	}
	// "Those options, he said, could be used against "…""
	const paren = new RegExp(
		`^(.*?),\\s*((?:${NAME})|he|she)\\s+(said|added|argued|stated),\\s*(.*)$`,
		'u'
	).exec(text);
	// (Not "Discussing it, Najib Razak said, "…"": there the quotation is all that was said; "On
	// harbour policy, Green said, "…"" keeps its topic.)
	const saidOnly =
		/^["\u201c]/.test(paren?.[4] ?? '') &&
		!/^(On|In|At|During|Regarding|About)\s/.test(paren?.[1] ?? '');
	if (paren && paren[1]!.length + 2 < q.open && !saidOnly) {
		const speaker = personOf(ref, paren[2]!, paren[1]!);
		if (speaker)
			return {
				mention: paren[2]!,
				speaker,
				from: 0,
				verb: 'paren',
				content: `${lowerFirst(paren[1]!)} ${paren[4]!}`
			};
	}
	// "X said … "quote"": the last speech verb before the quote, with its subject
	let best: Attribution | undefined;
	for (const m of before.matchAll(SUBJECT_VERB)) {
		const mention = m[1]!;
		const speaker = personOf(ref, mention, text.slice(0, m.index));
		if (!speaker) continue;
		best = { mention, speaker, from: m.index + m[0].length, verb: m[2]! };
	}
	// "…, saying: "quote"" / ", adding "quote"": the subject of the main clause
	const part = /,?\s+(saying|adding|stating|declaring|writing|arguing|noting)\b[^"]*$/.exec(before);
	if (part && (!best || best.from < part.index)) {
		const c = analyse(before.slice(0, part.index));
		if (c) {
			const subj = c.subject.replace(/^(During|In|On|At)\b[^,]*,\s*/, '');
			const speaker =
				personOf(ref, subj, '') ?? personOf(ref, subj.split(/\s+/).slice(-2).join(' '), '');
			if (speaker)
				best = { mention: subj, speaker, from: part.index + part[0].length, verb: part[1]! };
		}
	}
	if (best) {
		// the verb must govern this quote: not too far before it, no other sentence between
		const gap = before.slice(best.from);
		if (wordCount(gap) > 30) best = undefined;
	}
	if (best) return best;
	// ""quote", he told the conference"
	const after = text.slice(q.close + 1);
	const post = new RegExp(
		`^[,.]?\\s*((?:${NAME})|he|she)\\s+(said|told|added|wrote|remarked|declared)\\b`,
		'u'
	).exec(after);
	if (post) {
		const speaker = personOf(ref, post[1]!, before);
		if (speaker) return { mention: post[1]!, speaker, from: -1, verb: post[2]! };
	}
	// ""quote," said Aaron David Miller of the Woodrow Wilson Center"
	const inverted = new RegExp(`^[,.]?\\s*(said|told|added|wrote)\\s+(${NAME})`, 'u').exec(after);
	if (inverted) {
		const speaker = personOf(ref, inverted[2]!, before);
		if (speaker) return { mention: inverted[2]!, speaker, from: -1, verb: inverted[1]! };
	}
	return undefined;
}

/** The quotation with the case-change brackets rendered ("[j]ust" → "Just"). */
function quoteText(q: Quote): string {
	return trimAnswer(
		q.text
			.replace(/^\[([a-z])\]/, (_, c: string) => c.toUpperCase())
			.replace(/\[([a-z])\](?=[a-z])/g, '$1')
	);
}

const BREAKS = new Set(
	'of to by for with in on and or than is are be the as at from into against'.split(' ')
);

/** Split a quotation into a shown head and a short tail to recall. */
export function splitForCompletion(quote: string): { head: string; tail: string } | undefined {
	const first = (/^.*?[.!?](?=\s+[A-Z])/.exec(quote)?.[0] ?? quote).replace(/[.!?]$/, '');
	const words = first.split(/\s+/);
	if (words.length < 6) return undefined;
	for (let i = words.length - 2; i >= 3; i--) {
		const w = words[i]!.toLowerCase();
		const tail = words.slice(i + 1);
		if (tail.length > 6) break;
		const isBreak = BREAKS.has(w.replace(/,$/, '')) || /,$/.test(words[i]!);
		if (!isBreak) continue;
		const t = trimAnswer(tail.join(' '));
		if (tail.length === 1 && t.length < 5) continue;
		if (tail.length < 2 && i > words.length - 2) continue;
		return { head: words.slice(0, i + 1).join(' '), tail: t };
	}
	return undefined;
}

export function extractQuotes(ref: SentenceRef): Draft[] {
	if (ref.sentence.broken) return [];
	const text = ref.text;
	const quotes = findQuotes(text).filter((q) => q.text.trim());
	const drafts: Draft[] = [];
	const whoDone = new Set<string>();
	for (const q of quotes) {
		const a = attribute(ref, q);
		if (!a) continue;
		// a title or a name in quotes is not a quotation ("a white paper called "…"")
		if (/\b(called|titled|entitled|named|dubbed|known as)\s*$/.test(text.slice(0, q.open)))
			continue;
		const quote = quoteText(q);
		if (!quote) continue;
		// a name in quotes ("One China principle") or one of several quoted items of a list
		if (isName(quote)) continue;
		if (inQuotedList(text, q)) continue;
		const speaker = a.speaker;
		const short = speaker;
		const sibling = `quote|${normalise(quote)}`;
		const names = [speaker, ...speaker.split(' '), a.mention].filter(
			(n) => n.length > 1 && /^\p{Lu}/u.test(n)
		);
		const mentionsSpeaker = (s: string) =>
			names.some((n) => new RegExp(`\\b${escapeRe(n)}\\b`).test(s));
		// --- who said it
		let reported: string;
		const firstSentence = (/^.*?[.!?](?=\s+[A-Z])/.exec(quote)?.[0] ?? quote).replace(/[.]$/, '');
		const shownQuote =
			firstSentence.length < quote.length || wordCount(quote) > 40 ? `${firstSentence} …` : quote;
		if (a.from < 0) reported = `said: "${shownQuote}"`;
		else {
			let content = (a.content ?? text.slice(a.from)).replace(/^[\s:,]+/, '');
			if (shownQuote !== quote) content = content.replace(q.text, shownQuote);
			content = content
				.replace(/,\s*(he|she)\s+(said|added),/g, '')
				.replace(/[.]$/, '')
				.trim();
			if (/^that\b/.test(content)) reported = `${verbForm(a.verb)} ${content}`;
			else if (/^(On|In|At|During|Regarding|About)\s[^"\u201c]+?["\u201c]/.test(content))
				// "On China–U.S. relations "If …"": the topic is a lead phrase, not the start of a clause
				reported = content.replace(
					/^(\w+)([^"\u201c]*?),?\s*(["\u201c])/,
					(_, p: string, r: string, qm: string) => `said, ${p.toLowerCase()}${r}: ${qm}`
				);
			else if (a.verb === 'according' || a.verb === 'paren')
				reported = `said that ${lowerFirst(content)}`;
			else if (/^(called for|calls for|urged|urges)$/.test(a.verb))
				reported = `${verbForm(a.verb)} ${content}`;
			else if (/^["\u201c]/.test(content)) reported = `said: ${content}`;
			else if (/:\s*["\u201c]/.test(content)) reported = `said ${content}`;
			else if (/^(told|tells)$/.test(a.verb)) reported = `told ${content}`;
			else reported = `said that ${lowerFirst(content)}`;
		}
		reported = reported.replace(/\[([a-z])\](?=[a-z])/g, '$1').replace(/,(["\u201d])?\s*$/, '$1');
		const whoPrompt = `Who ${reported}?`.replace(/\.\?$/, '?').replace(/\.(["\u201d])\?$/, '$1?');
		if (
			!whoDone.has(speaker) &&
			!mentionsSpeaker(whoPrompt.slice(4)) &&
			wordCount(whoPrompt) <= 80
		) {
			whoDone.add(speaker);
			drafts.push({
				deck: 'quotes',
				kind: 'quote-speaker',
				prompt: whoPrompt,
				answer: speaker,
				accept: speaker.includes(' ')
					? [speaker.split(' ')[0]!, speaker.split(' ').slice(-1)[0]!]
					: [],
				speaker,
				// The whole quotation, for the card to show set apart (the prompt may shorten it),
				// unless it is a phrase that only the prompt's own words make sense of.
				...(standsAlone(quote, leadOf(text, q, a)) ? { quote } : {}),
				ref,
				keep: [q.text.slice(0, 20)],
				key: `who|${quote}`,
				sibling
			});
		}
		// --- complete the quotation
		const split = splitForCompletion(quote);
		if (split && !mentionsSpeaker(split.tail)) {
			const head = split.head.replace(/[,;:]$/, '');
			const prompt = `Complete this statement by ${short}: "${head} …"`;
			if (!normalise(prompt).includes(normalise(split.tail))) {
				drafts.push({
					deck: 'quotes',
					kind: 'quote-completion',
					prompt,
					answer: split.tail,
					speaker,
					note: `"${quote}"`,
					ref,
					keep: [q.text.slice(0, 20)],
					key: `complete|${quote}`,
					sibling
				});
			}
		} else if (wordCount(quote) <= 6 && a.from >= 0) {
			// a short quotation: blank it in the reported clause
			let content = (a.content ?? text.slice(a.from))
				.replace(/^[\s:,]*(that\s+)?/, '')
				.replace(/[.]$/, '');
			const that = /^(?:\S+\s+){0,8}?that\s+/.exec(content);
			if (that && !content.slice(0, that[0].length).includes('"'))
				content = content.slice(that[0].length);
			const callFor = /^(called for|calls for|urged|urges)$/.test(a.verb);
			if (callFor) content = `${a.mention} ${a.verb} ${content}`;
			// "… told TASS that he was "worried" …": "He was …" alone does not say who; the
			// sentence from the speaker's name on does (with its date, when it opens with one).
			const named = text.indexOf(a.mention);
			const byName = /^(?:he|she)\s/.test(content) && !/^(?:he|she)$/i.test(a.mention);
			if (byName && named >= 0) {
				const lead = text.slice(0, named);
				content = ((/^(?:On|In) [^,]{3,30}, $/.test(lead) ? lead : '') + text.slice(named))
					.trim()
					.replace(/[.]$/, '');
			}
			const at = content.indexOf(text.slice(q.open, q.close + 1));
			if (at >= 0 && wordCount(content) <= 40) {
				const blanked = (
					content.slice(0, at) +
					'"…"' +
					content.slice(at + q.close - q.open + 1)
				).replace(/,(["\u201d])?\s*$/, '$1');
				const words = /\s/.test(quote) ? 'words' : 'word';
				const prompt = callFor
					? `Fill in the missing words: ${capitalise(blanked)}.`
					: byName
						? `Fill in the missing ${words}: ${capitalise(blanked)}.`
						: `Complete this statement by ${short}: ${capitalise(blanked)}.`;
				if (
					!normalise(prompt).includes(normalise(quote)) &&
					(blanked.match(/"/g) ?? []).length % 2 === 0
				) {
					drafts.push({
						deck: 'quotes',
						kind: 'quote-completion',
						prompt,
						answer: quote,
						speaker,
						ref,
						keep: [q.text.slice(0, 20)],
						key: `complete|${quote}`,
						sibling
					});
				}
			}
		}
	}
	return drafts;
}

/** The reported words before the quotation ("the", "China and Taiwan are", "" when it comes first). */
function leadOf(text: string, q: Quote, a: Attribution): string {
	if (a.from < 0) return '';
	const content = a.content ?? text.slice(a.from);
	const at = content.indexOf(text.slice(q.open, q.close + 1));
	return (at < 0 ? content : content.slice(0, at))
		.replace(/^[\s:,]+/, '')
		.replace(/^that\s+/, '')
		.trim();
}

/**
 * True when a quotation reads on its own under "Who said this?": a statement of some length that
 * opens the reported words (after at most an article or a pronoun), follows a colon, or starts a
 * sentence of its own. "One family" in "China and Taiwan are "one family"" does not.
 */
function standsAlone(quote: string, lead: string): boolean {
	if (wordCount(quote) < 6) return false;
	return (
		lead === '' ||
		/:$/.test(lead) ||
		/^(the|they|we|it|he|she|this)$/i.test(lead) ||
		/^\p{Lu}/u.test(quote)
	);
}

/** One of several quoted items in a row: "a", "b", and "c". */
export function inQuotedList(text: string, q: Quote): boolean {
	const before = text.slice(0, q.open);
	const after = text.slice(q.close + 1);
	return /"\s*,?\s*(and|or)?\s*$/.test(before) || /^\s*,?\s*(and|or)?\s*"/.test(after);
}

/** Every word capitalised: a name or a title, not someone's words. */
function isName(s: string): boolean {
	const words = s.split(/\s+/).filter((w) => !/^(of|the|and|in|on|for|to|a|an|with)$/.test(w));
	return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && words.length <= 6;
}

function verbForm(v: string): string {
	const map: Record<string, string> = {
		saying: 'said',
		stating: 'stated',
		adding: 'added',
		writing: 'wrote',
		declaring: 'declared',
		warning: 'warned',
		arguing: 'argued',
		noting: 'noted',
		insisting: 'insisted',
		stressing: 'stressed',
		asserting: 'asserted',
		says: 'says',
		writes: 'writes',
		tells: 'tells',
		states: 'states',
		'calls for': 'calls for'
	};
	return map[v] ?? v;
}
