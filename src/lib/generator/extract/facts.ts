// Fact cards for sentence shapes the clause-based extractors miss: superlatives ("the most
// thorny issue … remains X"), firsts ("the first foreign leader to …"), named partnerships in
// quotation marks, what someone told a counterpart, consequences of dated remarks, votes, and
// the reasons and trade-offs an argument gives ("would have severe repercussions …").
// Every rule is a sentence pattern of general English; none names a fact of a source.
import type { Draft } from '../card';
import {
	contextYear,
	fullName,
	lastPair,
	previousInParagraph,
	resolveSubject,
	type SentenceRef
} from '../context';
import { acceptOf, displayOf, findDates, isoOf } from '../dates';
import { lemma } from '../grammar';
import { capitalise } from '../english';
import { normalise, trimAnswer, wordCount } from '../text';

type Rule = (ref: SentenceRef, text: string) => Draft[];

const NAME = "\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,3}";

// Patterns with a name in them, compiled once (Unicode property escapes are slow to build).
const FIRST_SINCE = new RegExp(
	`^(?:It|This) was the first ([\\w\\s-]+?) of (${NAME}) since (.+?)\\.?$`,
	'u'
);
const VISITED = new RegExp(`^(?:On|In) ([^,]+), (${NAME}) visited (${NAME})\\b`, 'u');
const BECOMING_FIRST = new RegExp(`^(${NAME}) [^,]+, becoming the first (.+?)\\.?$`, 'u');
const TOLD_THAT = new RegExp(
	`^(${NAME}|He|She) (?:later |also )?told (his |her )?([a-z][\\w\\s-]*?|[A-Z][a-z]+ [a-z]+ )?(${NAME})( during [^,]+?| at [^,]+?)? that (.+?)\\.?$`,
	'u'
);
const SAID_BY = new RegExp(`^(.*?)(${NAME}) (?:said|stated|remarked|declared|suggested)\\b`, 'u');
const WHILE_HE_ALSO = new RegExp(
	`\\bwhile (${NAME}) (\\w+)s (\\w+), (?:he|she) also (emphasizes|stresses|underlines) (?:the importance of )?(.+?)\\.?$`,
	'u'
);
const SUMMIT_HELD = new RegExp(
	`\\b(?:a|an|the) (\\p{Lu}[\\p{L}]+-\\p{Lu}[\\p{L}]+ )?(summit(?: meeting)?|meeting|talks) between (${NAME}) and (${NAME}) (?:was|were) (?:realized|held) on (\\d{1,2} [A-Z][a-z]+) (?:during|at) the ([^,.]+?\\d{4})\\.?$`,
	'u'
);
const EFFORTS_FOR = new RegExp(
	`^(${NAME})'s efforts under (${NAME}) (?:has|have) been for (.+?) to (.+?)( in their .+?)?\\.?$`,
	'u'
);

/** The sentence with typographic apostrophes made plain, so one pattern reads both. */
function plain(s: string): string {
	return s.replace(/[\u2018\u2019]/g, "'");
}

/** "X and Y" the document is about, when its sections do not say (a headline pair). */
function docPair(ref: SentenceRef): string | undefined {
	if (ref.doc.home && ref.topic) return `${ref.doc.home} and ${ref.topic}`;
	const title = ref.doc.parsed.title;
	const pair = lastPair(ref.doc, title);
	// "the U.S." loses its last full stop to the word boundary
	return pair && /[A-Z]\.[A-Z]$/.test(pair) && title.includes(pair + '.') ? pair + '.' : pair;
}

/** The side of the document's pair that is not its home country. */
function otherSide(ref: SentenceRef): string | undefined {
	return docPair(ref)
		?.split(' and ')
		.find((p) => p.replace(/^the /, '') !== ref.doc.home);
}

function person(ref: SentenceRef, mention: string): string | undefined {
	const m = mention.trim();
	if (/^(he|she)$/i.test(m)) {
		const r = resolveSubject(ref, m);
		return r ? (fullName(ref.doc, r) ?? r) : undefined;
	}
	return fullName(ref.doc, m);
}

/** People named in a stretch of text, in order of mention. */
function peopleIn(ref: SentenceRef, text: string): string[] {
	const found: { at: number; name: string }[] = [];
	for (const p of ref.doc.persons) {
		const at = text.indexOf(p);
		if (at >= 0) found.push({ at, name: p });
	}
	return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

function draft(ref: SentenceRef, d: Omit<Draft, 'ref'>): Draft[] {
	if (!d.answer || wordCount(d.prompt) > 45 || wordCount(d.prompt) < 5) return [];
	if (normalise(d.prompt).includes(normalise(d.answer))) return [];
	return [{ ...d, ref }];
}

// "the most thorny issue between the two countries remains the dispute over X"
const superlative: Rule = (ref, text) => {
	const m =
		/\b[Tt]he most (\w+) (issue|problem|crisis|dispute|challenge|obstacle|concern|source of tension) (between|in) (.+?) (remains|is|was|came when .+? had) (.+?)(?:, (?:leaving|killing|causing)\b.*)?\.?$/.exec(
			text
		);
	if (!m) return [];
	const about = resolveSubject(ref, m[4]!, m[0]) ?? m[4]!;
	if (/^(the two|both|they)\b/i.test(about)) return [];
	const past = m[5] !== 'remains' && m[5] !== 'is';
	const answer = capitalise(trimAnswer(m[6]!));
	const head = answer.split(/,\s+which\b/)[0]!;
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `What ${past ? 'was' : 'is'} the most ${m[1]} ${m[2]} ${m[3]} ${about.replace(/^Relations\b/, 'relations')}?`,
		answer,
		...(head !== answer ? { accept: [head] } : {}),
		note: text,
		key: `most|${m[1]}|${m[2]}`
	});
};

// "It was the first international meeting of P since …", after "On D, X visited Y …"
const firstSince: Rule = (ref, text) => {
	const m = FIRST_SINCE.exec(text);
	if (!m) return [];
	const who = fullName(ref.doc, m[2]!);
	const prev = previousInParagraph(ref).at(-1);
	if (!who || !prev) return [];
	const v = VISITED.exec(plain(prev.text));
	if (!v) return [];
	const visitor = fullName(ref.doc, v[2]!) ?? v[2]!;
	return draft(ref, {
		deck: 'people',
		kind: 'person',
		prompt: `${visitor}'s visit to ${v[3]} (${v[1]}) was the first ${m[1]} of which leader since ${m[3]}?`,
		answer: who,
		accept: [who.split(' ').at(-1)!],
		refs: [prev, ref],
		note: text.replace(/^(It|This) was/, `${visitor}'s visit to ${v[3]} was`),
		key: `first-since|${m[1]}`
	});
};

// "X visited China in 2022 where he met Y, becoming the first foreign leader to meet Y after …"
const becomingFirst: Rule = (ref, text) => {
	const m = BECOMING_FIRST.exec(text);
	if (!m) return [];
	const who = fullName(ref.doc, m[1]!) ?? (ref.doc.persons.has(m[1]!) ? m[1] : undefined);
	if (!who || who === ref.doc.mainPerson) return [];
	return draft(ref, {
		deck: 'people',
		kind: 'person',
		prompt: `Who became the first ${m[2]}?`,
		answer: who,
		note: text,
		key: `becoming-first|${m[2]}`
	});
};

const AGREE_VERBS = 'announced|agreed|signed|supported|launched|proposed|established|endorsed';
const NAMED_AGREEMENT = new RegExp(
	`^(?:(.+?), )?(.+?) (has |have |had )?(${AGREE_VERBS})\\b([^"]*?)\\b(?:a|an|the)? ?"([^"]+?)[,.]?"(.*)$`
);

/** The head noun of a named idea: "mutually beneficial relationship based on …" → "relationship". */
function headNoun(term: string): string {
	const core = term.split(/\s(?:based|of|for|with|that|between|in|on)\s/)[0]!;
	return core.split(' ').at(-1)!.toLowerCase();
}

// "Carney announced the formation of a "new strategic partnership" with China" → what kind of partnership
const namedAgreement: Rule = (ref, text) => {
	const out: Draft[] = [];
	const m = NAMED_AGREEMENT.exec(text);
	if (!m) return out;
	const [, lead = '', rawSubject, aux = '', verb, between, term, after] = m as unknown as string[];
	const t = trimAnswer(term!);
	if (wordCount(t) < 2 || wordCount(t) > 14) return out;
	// "X visited Y and met Z, where both leaders signed …": the subject is the last clause's
	let subject = rawSubject!
		.split(', ')
		.at(-1)!
		.replace(/^(?:where|when|and)\s+/, '');
	if (/^(both leaders|the two leaders|the pair)$/i.test(subject)) {
		const names = peopleIn(ref, text.slice(0, text.lastIndexOf(subject)));
		if (names.length < 2) return out;
		subject = names.slice(0, 2).join(' and ');
	} else {
		const r = resolveSubject(ref, subject);
		if (!r || r.includes(',')) return out;
		subject = fullName(ref.doc, r) ?? r;
	}
	if (/^(he|she|it|they|there)$/i.test(subject) || wordCount(subject) > 6) return out;
	const titled = /^[A-Z]/.test(t);
	const head = headNoun(t);
	const tail = (after ?? '')
		.replace(/[."]+$/, '')
		.split(/[,;]|\s+and\s/)[0]!
		.trim();
	const dated = findDates(lead)[0];
	const when = dated && /^(On|In)\b/.test(lead) ? ` ${lead[0]!.toLowerCase()}${lead.slice(1)}` : '';
	const context =
		lead && !dated && /^(During|At|In)\b/.test(lead)
			? ` ${lead[0]!.toLowerCase()}${lead.slice(1)}`
			: '';
	const did = aux.trim() === 'has' ? 'has' : aux.trim() === 'have' ? 'have' : 'did';
	const verbForm = did === 'did' ? lemma(verb!) : verb!;
	const wh = titled
		? `Which ${t.split(/\s(?:on|of|for)\s/)[0]!.toLowerCase()}`
		: `What kind of ${head}`;
	const prompt = `${wh} ${did} ${subject} ${verbForm}${between!.trimEnd() ? ' ' + between!.trim() : ''}${tail ? ' ' + tail : ''}${when}${context}?`;
	out.push(
		...draft(ref, {
			deck: 'doctrines',
			kind: 'doctrine-name',
			prompt: prompt.replace(/\s+/g, ' '),
			answer: t,
			note: text,
			key: `named|${t}`
		})
	);
	return out;
};

// "He later told his Iranian counterpart Hassan Rouhani during an SCO meeting that …"
const toldThat: Rule = (ref, text) => {
	const m = TOLD_THAT.exec(text);
	if (!m) return [];
	const speaker = person(ref, m[1]!);
	const hearer = fullName(ref.doc, m[4]!) ?? m[4]!;
	if (!speaker || /"/.test(m[6]!)) return [];
	const role = `${m[2] ?? ''}${m[3] ?? ''}`.trim();
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `What did ${speaker} tell ${role ? role + ' ' : ''}${hearer}${m[5] ?? ''}?`,
		answer: capitalise(m[6]!),
		note: text,
		key: `told|${hearer}`
	});
};

// "…, with China claiming neutrality in the conflict but also becoming a vital lifeline for Russia"
const whileAlso: Rule = (ref, text) => {
	const m =
		/^(.+?) (has|have|had) \w+ [^,]+, with ([A-Z][\w-]*) (\w+ing) (.+?) but also becoming (.+?)\.?$/.exec(
			text
		);
	if (!m) return [];
	const event = /^(.+?(?:invasion|war|conflict|crisis)\b.*)$/.exec(m[1]!)?.[1];
	// "the war in Borduria" goes mid-sentence: its article in lower case.
	const named = event?.replace(/^(?:The|A|An)\b/, (a) => a.toLowerCase());
	const what = named ? m[5]!.replace(/\bin the (conflict|war|crisis)\b/, `in ${named}`) : m[5]!;
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `While ${m[4]} ${what}, what has ${m[3]} also become?`,
		answer: capitalise(m[6]!),
		note: text,
		key: `while-also|${m[3]}`
	});
};

// "A and B have commenced a visit …, where they are expected to emphasize their shared vision of X"
const expectedTo: Rule = (ref, text) => {
	const m = /^(.+?), where they (are|were) expected to (\w+) their ([\w\s-]+?) of (.+?)\.?$/.exec(
		text
	);
	if (!m) return [];
	const names = peopleIn(ref, m[1]!);
	if (names.length < 2) return [];
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `What ${m[4]} ${m[2]} ${names.join(' and ')} expected to ${m[3]}?`,
		answer: capitalise(m[5]!.replace(/^(an?|the) /, (a) => a)),
		note: text,
		key: `expected|${m[4]}`
	});
};

// "the X relationship has grown stronger in practical terms, with A, B, C, and D" → in what ways
const grownWith: Rule = (ref, text) => {
	const m =
		/(?:^|, )((?:the )?[\w-]+ (?:relationship|relations|ties|partnership)) (?:has|have) grown (\w+)( in [\w\s]+?)?, with (.+?)\.?$/.exec(
			text
		);
	if (!m) return [];
	const items = m[4]!
		.split(/,\s+(?:and\s+)?|\s+and\s+/)
		.map((s) => s.trim())
		.filter(Boolean);
	if (items.length < 3 || items.some((i) => wordCount(i) > 5)) return [];
	return draft(ref, {
		deck: 'lists',
		kind: 'list',
		prompt: `In what ways has ${m[1]} grown ${m[2]}${m[3] ?? ''}?`,
		answer: items.join(', '),
		items,
		note: text,
		key: `grown|${m[1]}`
	});
};

// "A saw as a threat but B said it was a defense measure against C" (it: the last acronym before)
const sawButSaid: Rule = (ref, text) => {
	const m =
		/^([A-Z][\w\s]*?) saw (?:it )?as (an? [^,]+?) but ([A-Z][\w\s]*?) said (?:that )?it was (an? .+?)\.?$/.exec(
			text
		);
	if (!m) return [];
	const before = previousInParagraph(ref)
		.map((p) => p.text)
		.join(' ');
	const acronyms = [...before.matchAll(/\(([A-Z]{2,})\)/g)];
	const it = acronyms.at(-1)?.[1];
	if (!it) return [];
	return [
		...draft(ref, {
			deck: 'bilateral',
			kind: 'event',
			prompt: `How did ${m[1]} see the ${it}?`,
			answer: capitalise(`as ${m[2]}`),
			note: text,
			key: `saw|${m[1]}`
		}),
		...draft(ref, {
			deck: 'bilateral',
			kind: 'event',
			prompt: `What did ${m[3]} say the ${it} was?`,
			answer: capitalise(m[4]!),
			note: text,
			key: `said-was|${m[3]}`
		})
	];
};

// "…, S wrote an editorial praising Xi, titling both K and X Suryong (…), a title historically reserved for …"
const titling: Rule = (ref, text) => {
	const m =
		/^(?:(.+?), )?([A-Z][\w\s]+?), (?:the )?(?:official|state|leading) [^,]+, (?:wrote|published|issued) [^,]+, titling (both )?(.+?) ([A-Z][\w-]+)(?: \([^)]*\))?, a title (.+?)\.?$/.exec(
			text
		);
	if (!m) return [];
	const lead = m[1] ? ` ${m[1][0]!.toLowerCase()}${m[1].slice(1)}` : '';
	return draft(ref, {
		deck: 'doctrines',
		kind: 'doctrine-name',
		prompt: `Which title, ${m[6]}, did ${m[2]} give ${m[3] ?? ''}${m[4]}${lead}?`,
		answer: m[5]!,
		note: text,
		key: `title|${m[5]}`
	});
};

// "The comments triggered a diplomatic crisis …" after "… on 7 November, Takaichi said …"
const consequence: Rule = (ref, text) => {
	const m =
		/^The (comments|remarks|statement|statements|speech|move|decision) (triggered|sparked|caused|provoked|prompted) (.+?)\.?$/.exec(
			text
		);
	if (!m) return [];
	const prev = previousInParagraph(ref).at(-1);
	if (!prev) return [];
	const said = SAID_BY.exec(prev.raw);
	if (!said) return [];
	const who = fullName(ref.doc, said[2]!);
	const date = findDates(said[1]!).find((d) => d.day && d.month);
	if (!who || !date) return [];
	const year = date.year ?? contextYear(prev, said[1]!.slice(date.start, date.end));
	const iso = year ? isoOf(date, year) : undefined;
	if (!year || !iso) return [];
	const shown = displayOf(date, year);
	const noun = m[1]!;
	const out = draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `What did ${who}'s ${noun} of ${shown} ${lemma(m[2]!)}?`,
		answer: capitalise(m[3]!),
		note: `${who}'s ${noun} ${m[2]} ${m[3]}.`,
		key: `consequence|${noun}`
	});
	// The remark itself may be damaged (a lost quotation): cite only the words before it.
	out.push(
		...draft(ref, {
			deck: 'dates',
			kind: 'date',
			prompt: `On what date did ${who} make the ${noun} that ${m[2]} ${m[3]}?`,
			answer: shown,
			accept: acceptOf(date, year),
			when: iso,
			note: `${who}'s ${noun} ${m[2]} ${m[3]}.`,
			excerpt: said[0],
			key: `consequence-date|${noun}`
		}).map((d) => ({ ...d, ref: prev }))
	);
	return out;
};

// "Any escalation … or a descent into a full-blown trade war would have severe repercussions for …"
const wouldHave: Rule = (ref, text) => {
	const m = /^(?:Any|A|An) (.+?) would (have|cause|bring|mean) (.+?)\.?$/.exec(text);
	if (!m || ref.topic) return [];
	const pair = docPair(ref);
	if (!pair) return [];
	const subject = text.slice(0, text.indexOf(' would '));
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `In relations between ${pair}, what would ${subject[0]!.toLowerCase()}${subject.slice(1)} ${m[2]}?`,
		answer: capitalise(m[3]!),
		note: text,
		key: `would|${m[3]}`
	});
};

// "However, this ambition is not driven by X but rather by Y" → by what is China's ambition driven
const notButRather: Rule = (ref, text) => {
	const m =
		/^(?:However, )?(?:this|the|its) (\w+) is not driven by (.+?) but rather by (.+?)\.?$/.exec(
			text
		);
	const home = ref.doc.home;
	if (!m || !home) return [];
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `By what is ${home}'s ${m[1]} on the world stage driven, rather than by ${m[2]}?`,
		answer: capitalise(m[3]!),
		note: text,
		key: `rather|${m[1]}`
	});
};

// "while Xi prioritizes cooperation, he also emphasizes the importance of X" /
// "while advocating for partnership with the U.S., China is also committed to X"
const whileAlsoStance: Rule = (ref, text) => {
	const out: Draft[] = [];
	const a = WHILE_HE_ALSO.exec(text);
	if (a) {
		const who = fullName(ref.doc, a[1]!) ?? a[1]!;
		const other = otherSide(ref);
		const ing = a[2]!.replace(/e$/, '') + 'ing';
		out.push(
			...draft(ref, {
				deck: 'bilateral',
				kind: 'event',
				prompt: `While ${ing} ${a[3]}${other ? ` with ${other}` : ''}, what does ${who} also ${a[4]!.replace(/s$/, '')} the importance of?`,
				answer: capitalise(a[5]!),
				note: text,
				key: `while-stance|${a[4]}`
			})
		);
	}
	const b = /\bwhile (\w+ing) (.+?), ([A-Z][\w.]*) is also committed to (.+?)\.?$/.exec(text);
	if (b) {
		out.push(
			...draft(ref, {
				deck: 'bilateral',
				kind: 'event',
				prompt: `While ${b[1]} ${b[2]}, to what is ${b[3]} also committed?`,
				answer: capitalise(b[4]!),
				note: text,
				key: `committed|${b[3]}`
			})
		);
	}
	return out;
};

// "China's efforts under Xi has been for the European Union (EU) to stay in a neutral position in …"
const effortsFor: Rule = (ref, text) => {
	const m = EFFORTS_FOR.exec(text);
	if (!m) return [];
	const tail = m[5] ? m[5].replace(/\btheir\b/, 'its').replace(/([A-Z]\.[A-Z])$/, '$1.') : '';
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `Under ${m[2]}, what has ${m[1]} wanted ${m[3]} to do${tail}?`,
		answer: capitalise(`to ${m[4]}`),
		note: text,
		key: `efforts|${m[3]}`
	});
};

// "… announced the Comprehensive Agreement on Investment (CAI) in 2020, although the deal was later frozen due to X"
const althoughDueTo: Rule = (ref, text) => {
	const m =
		/\b(?:announced|signed|agreed|concluded) (?:the )?((?:[A-Z][\w-]*\s?)(?:(?:on|of|for|and)\s|[A-Z][\w-]*\s?)+(?:\([A-Z]+\))?)[^,]*, although the (?:deal|agreement|treaty|plan|project) was later (\w+) due to (.+?)\.?$/.exec(
			text
		);
	if (!m) return [];
	const parties = /^(.+?) (?:announced|signed|agreed|concluded)\b/.exec(text)?.[1];
	const between = parties && / and /.test(parties) ? ` between ${parties}` : '';
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `Why was the ${m[1]!.trim()}${between} later ${m[2]}?`,
		answer: capitalise(m[3]!),
		note: text,
		key: `although|${m[1]}`
	});
};

// "China joined six other countries in voting against the resolution." (the resolution: the sentence before)
const votedWith: Rule = (ref, text) => {
	const m =
		/^([A-Z][\w.]*) joined [\w\s]+? in voting (against|for) the (resolution|motion|proposal)\.?$/.exec(
			text
		);
	if (!m) return [];
	const prev = previousInParagraph(ref).at(-1);
	const what = prev
		? new RegExp(
				`\\b${m[3]} was adopted [^,]*, ((?:condemning|calling for|demanding) [^,]+?)(?: that | which |,|\\.|$)`
			).exec(prev.text)
		: null;
	const where = prev
		? /\b(?:of|at) the ((?:UN|United Nations) [A-Z][\w\s]+?(?:Council|Assembly))\b/.exec(
				prev.text
			)?.[1]
		: undefined;
	if (!what) return [];
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `How did ${m[1]} vote on the ${where ? where + ' ' : ''}${m[3]} ${what[1]}?`,
		answer: capitalise(m[2]!),
		note: text,
		key: `vote|${m[3]}`
	});
};

// "a Japan-China summit meeting between Xi and Takaichi was realized on 31 October during the APEC South Korea 2025"
const summitHeld: Rule = (ref, text) => {
	const m = SUMMIT_HELD.exec(text);
	if (!m) return [];
	const a = fullName(ref.doc, m[3]!);
	const b = fullName(ref.doc, m[4]!);
	const date = findDates(m[5]!)[0];
	const year = Number(/\b(19|20)\d\d\b/.exec(m[6]!)?.[0]);
	if (!a || !b || !date || !date.day || date.year || !year) return [];
	const iso = isoOf(date, year);
	if (!iso) return [];
	const shown = displayOf(date, year);
	const meeting = `${m[1] ?? ''}${m[2]}`;
	const note = `${a} and ${b} held a ${meeting} on ${shown} during the ${m[6]}.`;
	return [
		...draft(ref, {
			deck: 'dates',
			kind: 'date',
			prompt: `On what date did ${a} and ${b} hold a ${meeting}?`,
			answer: shown,
			accept: acceptOf(date, year),
			when: iso,
			note,
			key: `summit-date|${b}`
		}),
		...draft(ref, {
			deck: 'bilateral',
			kind: 'event',
			prompt: `During which event did ${a} and ${b} hold a ${meeting} on ${shown}?`,
			answer: `The ${m[6]}`,
			note,
			key: `summit-event|${b}`
		})
	];
};

/** Where an effect's object ends: an afterthought or a list of its parts. */
const EFFECT_END =
	/,\s*(?:particularly|especially|notably|including|with|which|in particular)\b|;|,\s+[a-z]+ing\b|$/;

// "X's "major-country diplomacy" doctrine has replaced … and has legitimized a more active role
// for China on the world stage, particularly …" → what has the doctrine legitimized
const madePossible: Rule = (ref, text) => {
	const m =
		/^((?:\p{Lu}|")[^,;]{2,90}?) (has|have|had) (?:[a-z]+ed\b[^;]*? and (?:has |have |had )?)?(legitimi[sz]ed|enabled|facilitated|made possible|paved the way for) (.+?)\.?$/u.exec(
			text
		);
	if (!m) return [];
	const [, subject, aux, verb, rest] = m as unknown as [string, string, string, string, string];
	const object = rest.split(EFFECT_END)[0]!.trim();
	if (wordCount(object) < 3 || wordCount(object) > 16) return [];
	// A doctrine's effect belongs with the doctrine; anyone else's with the relations it changed.
	const doctrine = /"|\b(?:doctrine|diplomacy|policy|initiative|strategy|thought|concept)\b/i.test(
		subject
	);
	return draft(ref, {
		deck: doctrine ? 'doctrines' : 'bilateral',
		kind: 'event',
		prompt: `What ${aux} ${subject} ${verb}?`,
		answer: capitalise(object),
		note: text,
		key: `enabled|${normalise(subject)}|${verb}`
	});
};

// "In the Chinese perspective, these tough stances on baseline issues reduce strategic
// uncertainty, preventing …" → in that perspective, what do the stances reduce
const perspectiveEffect: Rule = (ref, text) => {
	const m =
		/^In (?:the )?(\p{Lu}\w+) (perspective|view), (?:(these|such|those) )?([a-z][^,;]{4,80}?) (reduces?|increases?|prevents?|limits?|weakens?|strengthens?|deters?) (.+?)\.?$/u.exec(
			text
		);
	if (!m) return [];
	const [, who, view, deictic, subject, verb, rest] = m as unknown as string[];
	// "these stances on baseline issues" says which stances; "these matters" does not.
	if (deictic && !/\s(?:on|of|over|about|towards?)\s/.test(subject!)) return [];
	const object = rest!.split(EFFECT_END)[0]!.trim();
	if (wordCount(object) < 2 || wordCount(object) > 12) return [];
	const plural = !/s$/.test(verb!);
	return draft(ref, {
		deck: 'doctrines',
		kind: 'event',
		prompt: `In the ${who} ${view}, what ${plural ? 'do' : 'does'} ${subject} ${lemma(verb!)}?`,
		answer: capitalise(object),
		note: text,
		key: `view|${normalise(subject!)}|${verb}`
	});
};

/**
 * The title a text gave a document the sentence calls "the new white paper": "a white paper
 * called "The Taiwan Question …"" earlier in the text, with the year its sentence gives.
 */
function calledName(ref: SentenceRef, noun: string): string | undefined {
	const before = ref.doc.text.slice(0, ref.sentence.start);
	const called = new RegExp(
		`(?:^|[.!?]\\s+)([^.!?]*?)\\b(?:a|an|the) ${noun} (?:called|titled|entitled|named) "([^"]+?),?"`,
		'g'
	);
	const m = [...before.matchAll(called)].at(-1);
	if (!m) return undefined;
	const year = /\b(1[6-9]\d\d|20\d\d)\b/.exec(m[1]!)?.[1];
	return `the ${year ? `${year} ` : ''}${noun} "${m[2]!.replace(/[,.]$/, '')}"`;
}

// "Notably, the new white paper excluded a part that previously said the PRC would not send
// troops …" → what did the paper (named by its title) leave out
const leftOut: Rule = (ref, text) => {
	const m =
		/^(?:Notably, |However, )?the (?:new |latest )?((?:white )?paper|law|constitution|charter|statement|report|plan) (?:excluded|dropped|omitted|removed|left out) (?:a|the) (?:part|passage|section|line|clause|pledge|sentence) that (?:previously |earlier )?(?:said|stated|promised|pledged) (?:that )?(.+?)\.?$/.exec(
			text
		);
	if (!m) return [];
	const named = calledName(ref, m[1]!);
	if (!named) return [];
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `Which earlier statement did ${named} leave out?`,
		answer: capitalise(`that ${m[2]!}`),
		note: text,
		key: `left-out|${normalise(named)}`
	});
};

// "China has been rapidly building and militarizing islands in the South China Sea, a decision
// Study Times … said was personally taken by Xi" → which source said whose decision it was
const decisionBy: Rule = (ref, text) => {
	const m =
		/^(?:[^,]+, )?(\p{Lu}[\p{L}'’ -]{1,40}?) (?:has|have|had) been (?:\w+ly )?([a-z]+ing(?: and [a-z]+ing)?) (.+?), a decision (?:that )?(.+?) said was (?:personally )?(?:taken|made) by (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})\.?$/u.exec(
			text
		);
	if (!m) return [];
	const [, subject, doing, object, source, decider] = m as unknown as string[];
	if (wordCount(object!) > 10 || wordCount(source!) > 14) return [];
	return draft(ref, {
		deck: 'bilateral',
		kind: 'event',
		prompt: `Which source said that ${decider} personally took the decision behind ${subject}'s ${doing} of ${object}?`,
		answer: capitalise(source!),
		note: text,
		key: `decision-by|${normalise(object!)}`
	});
};

/** Each rule with a word its sentence must contain: a cheap test that spares the long patterns. */
const RULES: [RegExp, Rule][] = [
	[/ (?:held|realized) on /, summitHeld],
	[/\bmost /, superlative],
	[/\bfirst .* since /, firstSince],
	[/becoming the first /, becomingFirst],
	[new RegExp(`\\b(?:${AGREE_VERBS})\\b[^"]*"`), namedAgreement],
	[/ told /, toldThat],
	[/ but also becoming /, whileAlso],
	[/ expected to /, expectedTo],
	[/ grown \w+/, grownWith],
	[/ saw (?:it )?as /, sawButSaid],
	[/, titling /, titling],
	[/^The \w+ (?:triggered|sparked|caused|provoked|prompted) /, consequence],
	[/ would /, wouldHave],
	[/ not driven by /, notButRather],
	[/\bwhile /, whileAlsoStance],
	[/'s efforts /, effortsFor],
	[/, although the /, althoughDueTo],
	[/ in voting /, votedWith],
	[/ (?:legitimi[sz]ed|enabled|facilitated|made possible|paved the way for) /, madePossible],
	[/^In (?:the )?\S+ (?:perspective|view), /, perspectiveEffect],
	[/ (?:excluded|dropped|omitted|removed|left out) (?:a|the) /, leftOut],
	[/, a decision /, decisionBy]
];

export function extractFacts(ref: SentenceRef): Draft[] {
	const text = plain(ref.text);
	// A damaged sentence still dates the remark it reports (see `consequence`), but asks nothing itself.
	if (ref.sentence.broken) return [];
	return RULES.flatMap(([needs, rule]) => (needs.test(text) ? rule(ref, text) : []));
}
