// Bilateral cards: for each country or region, what happened and why ("Why did China initially
// take a more critical stance on North Korea?"), which country did what ("Which country
// recognizes Taiwan but not the PRC?"), and the positions a leader takes ("What does Xi seek to
// build by prioritizing collaboration over competition?").
import type { Draft } from '../card';
import { countryOf as countryName, isCountry } from '../places';
import { clauseOf, nounPhraseBefore, segment } from '../clauses';
import { fullName, lastPair, resolveSubject, type SentenceRef } from '../context';
import {
	analyse,
	askObject,
	askSubject,
	lemma,
	removePhrase,
	toSimplePast,
	trimRest,
	type Clause
} from '../grammar';
import { normalise, wordCount } from '../text';
import { capitalise } from '../english';

/** Verbs of stance: what someone advocates, seeks or aims at. */
const STANCE =
	/^(advocate[sd]?|favou?r(s|ed)?|prioriti[sz]e[sd]?|emphasi[sz]e[sd]?|seeks?|sought|aim(s|ed)?|call(s|ed)? for|supports?|supported|oppose[sd]?|reject(s|ed)?|recogni[sz]e[sd]?|wants?|hopes?|urge[sd]?|promote[sd]?|pursue[sd]?|stresse[sd]?)$/;

function countryOf(ref: SentenceRef): string | undefined {
	if (ref.topic) return ref.topic;
	// no sections: the other side of the pair in the title ("between China and the U.S.")
	const pair = lastPair(ref.doc, ref.doc.parsed.title);
	if (pair && ref.doc.home) {
		const other = pair.split(' and ').find((p) => p.replace(/^the /, '') !== ref.doc.home);
		// "the U.S." at the end of a title loses its full stop to the sentence: name it in full.
		if (other) return countryName(other) ?? other.replace(/^the /, '');
	}
	return undefined;
}

export function extractBilateral(ref: SentenceRef): Draft[] {
	if (ref.sentence.broken) return [];
	const text = ref.text;
	// "Although Xi has generally prioritized X, Xi has especially prioritized Y in Africa": each
	// clause read alone, and tied to the section's country, would state a wrong fact.
	if (/^(Although|Though|Whereas)\b/.test(text)) return [];
	const country = countryOf(ref);
	const drafts: Draft[] = [];
	const units = segment(text);
	const add = (kind: 'event' | 'country', prompt: string, answer: string, key: string) => {
		if (kind === 'event' && wordCount(prompt) <= 7) prompt = withContext(ref, prompt);
		if (!sane(prompt) || !answer || wordCount(answer) > 30) return;
		if (normalise(prompt).includes(normalise(answer))) return;
		drafts.push({
			deck: 'bilateral',
			kind,
			prompt,
			answer,
			...(country ? { country } : {}),
			note: text.length <= 240 ? text : undefined,
			ref,
			key: `${kind}|${key}`
		});
	};
	units.forEach((u, i) => {
		// which country: "Eswatini, which recognizes Taiwan but not the PRC"
		if (u.kind === 'rel' && u.antecedent) {
			const name = /(?:^|\bexcept\s+)([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)$/.exec(u.antecedent)?.[1];
			const except = /\b((?:[A-Z]\w*\s)?\w+)\s+except\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*)?$/.exec(
				u.antecedent
			);
			// "Bizonia, which caused tensions …" names a zone, not a country: only a country the
			// gazetteer knows is asked for as one.
			const kind = except || isCountry(name ?? '');
			if (name && !fullName(ref.doc, name) && kind && (except || name === u.antecedent)) {
				const rc = analyse(`${name} ${u.text}`);
				if (rc && (rc.verb || rc.aux)) {
					add(
						'country',
						askSubject(
							{ ...rc, subject: '' },
							// "each Africa government except Eswatini" (sic): "Which African government".
							`Which ${except ? except[1]!.replace(/^(Afric|Asi|Americ)a\b/, '$1an').replace(/^Europe\b/, 'European') : 'country'}`,
							trimRest(rc.rest),
							''
						),
						name,
						`which|${u.text}`
					);
				}
			}
		}
		// "…, emphasizing collaboration over rivalry": what the subject emphasizes
		if (
			u.kind === 'part' &&
			/^(emphasi[sz]ing|advocating|favou?ring|prioriti[sz]ing|stressing)$/.test(u.conj ?? '') &&
			u.owner !== undefined
		) {
			const owner = clauseOf(units, u.owner);
			const os = owner ? resolveSubject(ref, owner.subject, units[u.owner]!.text) : undefined;
			if (owner && os && (fullName(ref.doc, os) || os === ref.doc.home)) {
				const base = (u.conj ?? '')
					.replace(/ing$/, '')
					.replace(/(iz|is|ur|at)$/, '$1e')
					.replace(/ee$/, 'e');
				const aux = owner.past ? 'did' : owner.plural ? 'do' : 'does';
				add(
					'event',
					`What ${aux} ${os} ${base}?`,
					capitalise(shortObject(u.text.replace(new RegExp(`^${u.conj}\\s+`), ''))),
					`part|${u.text}`
				);
			}
		}
		const c0 = clauseOf(units, i);
		if (!c0) return;
		const subject = resolveSubject(ref, c0.subject, u.text);
		if (!subject || /^(the deal|the trip|the paper|the plan)$/i.test(subject)) return;
		// "Recognizing this interdependence, …": an -ing lead only repeats context, unless it
		// dates the deed ("Speaking at the forum in Davos on 20 January 2026, …"), which says
		// which of someone's many calls is meant.
		const lead0 =
			/^[A-Za-z]+ing\b/.test(c0.lead) &&
			(/^(?:\w+,\s*)?(?:starting|beginning|following)\b/i.test(c0.lead) ||
				!/\b(1[5-9]|20)\d\d\b/.test(c0.lead))
				? ''
				: c0.lead;
		const c: Clause = toSimplePast({ ...c0, subject, lead: lead0 });
		const quotedAt = (at: number) => (c.rest.slice(0, at).match(/"/g) ?? []).length % 2 === 1;
		// causes: "due to X", "because of X", "over X", "after fears that …"
		const cause =
			/\b(due to|because of|as a result of|owing to)\s+([^,;]+?)(?=,|;|$| which| while| with)/.exec(
				c.rest
			);
		if (
			cause &&
			!quotedAt(cause.index) &&
			!/^(various|several|many|some|other|a number of)\b/i.test(cause[2]!)
		) {
			let answer = cause[2]!.trim();
			answer = answer.replace(/^its\s/, () => {
				const owner = /\b(?:on|with|to|against)\s+([A-Z][\w]*(?:\s+[A-Z][\w]*)*)/.exec(c.rest)?.[1];
				return owner ? `${owner}'s ` : 'its ';
			});
			const rest = trimRest(removePhrase(c.rest, cause[0]));
			const q = askObject(c, 'Why', rest, c.lead);
			add('event', q, capitalise(answer), `why|${cause[0]}`);
		}
		const over =
			/\b(soured|deteriorated|clashed|quarrelled|disagreed|split|broke)\s+over\s+(.+)$/.exec(
				`${c.verb} ${c.rest}`
			);
		if (over) {
			const thing = over[2]!
				.split(/,\s+(?=which|who|that)/)[0]!
				.split(/,/)
				.slice(0, 2)
				.join(',')
				.trim();
			const q = askObject(c, 'Over what', '', c.lead);
			add('event', q, capitalise(thing), `over|${thing}`);
		}
		const after = /\bafter\s+(fears?|concerns?|worries|reports?)\s+(that\s+[^,;]+)/.exec(c.rest);
		if (after) {
			const rest = trimRest(removePhrase(c.rest, after[0]));
			add(
				'event',
				askObject(c, 'Why', rest, c.lead),
				capitalise(`${after[1]} ${after[2]}`),
				`after|${after[0]}`
			);
		}
		if (u.kind === 'sub' && u.conj === 'after' && u.owner !== undefined && u.owner === i - 1) {
			const owner = clauseOf(units, u.owner);
			const os = owner ? resolveSubject(ref, owner.subject) : undefined;
			if (owner && os && owner.verb && !owner.aux) {
				const base = lemma(owner.verb);
				const rest = trimRest(owner.rest.replace(/\s+after\s+.*$/, ''));
				add(
					'event',
					`What led ${subjectOf(os)} to ${owner.middle ? owner.middle + ' ' : ''}${base} ${rest}?`
						.replace(/\s+/g, ' ')
						.replace(/\s\?$/, '?'),
					capitalise(u.text),
					`led|${u.text}`
				);
			}
		}
		// "China has positioned itself as a potential mediator in …" → "As what has China positioned itself …?"
		const itself =
			/^itself\s+as\s+((?:a|an|the)\s+[^,;]+?)(?=\s+(?:in|on|for|to|by)\s|,|;|\s+but\s|$)/.exec(
				c.rest
			);
		if (itself && (c.subject === ref.doc.home || fullName(ref.doc, c.subject))) {
			const rest = c.rest.replace(itself[0], 'itself').replace(/\s+but\s.*$/, '');
			add(
				'event',
				askObject(c, 'As what', trimRest(rest), c.lead),
				capitalise(itself[1]!),
				`itself|${itself[1]}`
			);
		}
		// stance: "Xi advocates for X" → "What does Xi advocate for?"
		const callFor = /^call(s|ed)?$/.test(c.verb) && /^for\s/.test(c.rest);
		const verbGroup = callFor ? `${c.verb} for` : c.verb;
		const home = ref.doc.home;
		const subjectOk =
			!!fullName(ref.doc, c.subject) ||
			c.subject === home ||
			(!!home && c.subject.startsWith(`${home} and `));
		if (STANCE.test(verbGroup) && subjectOk && !/"/.test(c.rest.slice(0, 30))) {
			const toVerb = /^to\s+(\w+)\s+(?:itself\s+as\s+)?(.+)$/.exec(c.rest);
			if (toVerb && /^(seeks?|aims?|hopes?|wants?)$/.test(c.verb)) {
				const object = shortObject(toVerb[2]!);
				const asWhat = /^to\s+\w+\s+itself\s+as\s+/.test(c.rest);
				// "to shape norms and rules in emerging policy areas": where goes into the question,
				// or "What does China seek to shape?" has as many answers as China has aims.
				const where = asWhat ? null : /^(.+?)\s+((?:in|across|within)\s+\S+\s+\S+.*)$/.exec(object);
				const answer = where && wordCount(where[1]!) >= 2 ? where[1]! : object;
				const scope = answer === object ? '' : ` ${where![2]}`;
				const rest = asWhat ? `to ${toVerb[1]} itself` : `to ${toVerb[1]}${scope}`;
				const lead = c.lead;
				add(
					'event',
					askObject(c, asWhat ? 'As what' : 'What', rest, lead),
					capitalise(answer),
					`stance|${object}`
				);
			} else if (!toVerb) {
				const prep = /^(for|on|to|against)\s+/.exec(c.rest)?.[1];
				if (/:/.test(c.rest)) return;
				const object = shortObject(c.rest.replace(/^(for|on|to|against)\s+/, ''));
				if (wordCount(object) >= 2)
					add(
						'event',
						askObject(c, 'What', prep ?? '', c.lead),
						capitalise(object),
						`stance|${object}`
					);
			}
		}
	});
	// "Turkey, with whom relations were long strained over Uyghurs, has also grown closer to China."
	const appos =
		/^([A-Z][\w-]*(?:\s[A-Z][\w-]*)?),\s+(with whom|whose|where)\s+([^,]+),\s+(has|have|had|is|was)\s+(.+?)\.?$/.exec(
			text
		);
	if (appos && !fullName(ref.doc, appos[1]!)) {
		add(
			'country',
			`Which country, ${appos[2]} ${appos[3]}, ${appos[4]} ${appos[5]}?`,
			appos[1]!,
			`appos|${appos[1]}`
		);
	}
	// "China sold ballistic missiles to Saudi Arabia": to which country
	const main = clauseOf(units, 0);
	if (main && !main.aux && main.past) {
		const to =
			/\b(to|in|with)\s+((?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[A-Z][\w-]*)(?:\s[A-Z][\w-]*){0,2})(?=[\s,.;]|$)/.exec(
				main.rest
			);
		const subj = resolveSubject(ref, main.subject);
		if (
			to &&
			subj &&
			subj === ref.doc.home &&
			!fullName(ref.doc, to[2]!) &&
			!/^(the|The)$/.test(to[2]!)
		) {
			const rest = trimRest(removePhrase(main.rest, to[0]).replace(/\s+and\s+.*$/, ''));
			add(
				'country',
				askObject({ ...main, subject: subj }, `${capitalise(to[1]!)} which country`, rest),
				to[2]!,
				`to|${to[0]}`
			);
		}
	}
	return drafts;
}

/**
 * A short question ("What did Xi also support?") has more than one answer in a document:
 * name the section's country, or the other side of the pair the document is about.
 */
function withContext(ref: SentenceRef, prompt: string): string {
	const topic = ref.topic;
	if (topic) {
		const named = /\b(Union|States|Kingdom|Republic|East|Emirates|Islands)$/.test(topic)
			? `the ${topic}`
			: topic;
		if (prompt.includes(topic)) return prompt;
		// A sentence that does not name the section's country may be about something wider
		// ("relations with parties in the Global South"): tying it to the country would state a
		// wrong fact. The question stays as it is, and a too-general one is dropped later.
		return ref.text.includes(topic) ? prompt.replace(/\?$/, ` regarding ${named}?`) : prompt;
	}
	const home = ref.doc.home;
	const pair = lastPair(ref.doc, ref.doc.parsed.title);
	const other = pair?.split(' and ').find((p) => p.replace(/^the /, '') !== home);
	if (!home || !other) return prompt;
	const shown =
		/[A-Z]\.[A-Z]$/.test(other) && ref.doc.parsed.title.includes(other + '.') ? other + '.' : other;
	const mentioned = [other, shown, other.replace(/^the /, '')].some((o) => ref.text.includes(o));
	return mentioned ? prompt.replace(/\?$/, ` in relations with ${shown}?`) : prompt;
}

function subjectOf(s: string): string {
	return /^(The|A|An|Relations|Ties)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function shortObject(s: string): string {
	return s
		.split(
			/,\s+(?:which|who|where|while|but|he|she|it|they)\b|\s+that\s+(?:serves|would|will)\b|;/
		)[0]!
		.replace(/(?<![A-Z]\.[A-Z])\.$/, '')
		.trim();
}

function sane(q: string): boolean {
	if (wordCount(q) > 40 || wordCount(q) < 4) return false;
	if ((q.match(/"/g) ?? []).length % 2 === 1) return false;
	if (/[a-z",]\s+(Under|The|In|On|At|This|It|However|During)\s/.test(q.slice(1))) return false;
	if (/\b(he|she|they|it|this|these)\b/i.test(q.split(' ').slice(1, 4).join(' '))) return false;
	return true;
}

void nounPhraseBefore;
