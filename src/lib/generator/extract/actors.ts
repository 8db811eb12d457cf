// Who did it: the general question of encyclopedic and news prose. A clause whose subject is a
// named person, country or organisation ("In 1928, Kellogg proposed a general pact …") becomes
// a question about that subject ("In 1928, who proposed a general pact …?"). It runs on every
// sentence the more specific extractors found nothing in, so a pasted article gives a card for
// each sentence that states who did what. General English only: nothing here names a source.
import type { Draft } from '../card';
import { fullName, TITLE_WORDS, type SentenceRef } from '../context';
import { analyse, askSubject, trimRest } from '../grammar';
import { countryOf } from '../places';
import { normalise, wordCount } from '../english';

/** Words that only the passage can explain: a question with one cannot stand on its own. */
const DEICTIC =
	/\b(it|its|they|them|their|he|him|his|she|her|this|these|those|there|then|the move|the deal|the two|the same|such|latter|former|above|below|here)\b/i;

const ORGANISATION =
	/^(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,5}(?:Council|Institution|Institute|Forum|Organization|Organisation|Union|Court|Committee|Ministry|Agency|Bank|Commission|Assembly|Party|Alliance|League|Association|Nations|Congress|Senate|Parliament|Government|Administration|Conference|Department|Office|Army|Navy)$/;

const TITLED = new RegExp(`^(?:[\\p{Lu}][\\p{L}-]+\\s+)*?${TITLE_WORDS}\\s+`, 'u');

const SPEECH =
	/^(said|says|told|tells|stated|states|added|wrote|writes|remarked|noted|argued|declared|warned|explained|replied|responded)$/;

interface Subject {
	answer: string;
	wh: string;
	deck: Draft['deck'];
	kind: Draft['kind'];
}

/** What a clause's subject is, when it is a name a student can be asked for. */
function subjectOf(ref: SentenceRef, subject: string): Subject | undefined {
	const bare = subject.replace(/^the\s+/i, '').trim();
	if (!/^\p{Lu}/u.test(bare) || /[,;:()"“”]/.test(bare) || wordCount(bare) > 6) return undefined;
	const country = countryOf(bare);
	if (country) return { answer: bare, wh: 'Which country', deck: 'bilateral', kind: 'country' };
	const untitled = bare.replace(TITLED, '');
	const person = fullName(ref.doc, untitled);
	if (person) return { answer: person, wh: 'Who', deck: 'people', kind: 'person' };
	if (ORGANISATION.test(subject.trim()) && wordCount(bare) >= 2) {
		const answer = /^the\s/i.test(subject) ? `the ${bare}` : bare;
		return { answer, wh: 'Which organisation', deck: 'people', kind: 'person' };
	}
	return undefined;
}

export function extractActors(ref: SentenceRef): Draft[] {
	const text = ref.text.trim();
	if (ref.sentence.broken || text.length > 400 || /["“”]/.test(text)) return [];
	const clause = analyse(text);
	if (!clause || !clause.verb || clause.aux === 'is' || clause.aux === 'are') return [];
	// Reported speech is the quotes extractor's business; a copula states no deed.
	if (SPEECH.test(clause.verb.toLowerCase())) return [];
	const subject = subjectOf(ref, clause.subject);
	if (!subject) return [];
	// "Who …?" of the person a text is about is answered by habit, not knowledge.
	if (
		subject.answer === ref.doc.mainPerson ||
		countryOf(subject.answer) === countryOf(ref.doc.home ?? '')
	)
		return [];
	const rest = trimRest(clause.rest).replace(/[.;:]+$/, '');
	if (wordCount(rest) < 3) return [];
	const prompt = askSubject(clause, subject.wh, rest, clause.lead).replace(/\s+\?$/, '?');
	if (DEICTIC.test(prompt.replace(/^Who\b/, ''))) return [];
	if (wordCount(prompt) > 40 || wordCount(prompt) < 6) return [];
	if (normalise(prompt).includes(normalise(subject.answer))) return [];
	return [
		{
			deck: subject.deck,
			kind: subject.kind,
			prompt,
			answer: subject.answer,
			ref,
			key: `actor|${normalise(subject.answer)}|${normalise(rest).slice(0, 60)}`
		}
	];
}
