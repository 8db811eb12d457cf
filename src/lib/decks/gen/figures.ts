// Figure cards: the numbers worth knowing ("How many miles did Xi fly …?").
import type { Card } from '../schema';
import { type DocContext, type Sentence, finishCard, sectionContext } from './context';
import { parseClause, toQuestion, trimTrailingClause } from './grammar';
import { cleanMarkup, revealsAnswer } from './text';

const QUALIFIER = '(?:over |approximately |about |around |more than |nearly |almost |some |up to )?';
const NUMBER = '(\\$?\\d[\\d,]*(?:\\.\\d+)?(?: (?:million|billion|trillion|thousand))?)';
/** "over 350,000 miles", "1 billion doses", "36 cooperation agreements". */
const FIGURE = new RegExp(
	`\\b(${QUALIFIER})${NUMBER}(?!-)\\s+((?:[a-z²]+\\s+){0,1}?(?:[a-z²]+s|times|km²|miles|km|doses|people|tonnes))(?![\\w²])`,
	'g'
);
const UNIT_STOP = /^(in|on|at|of|for|to|from|by|with|and|or|the|a|an|than|per|after|before|since)$/;

export interface Figure {
	phrase: string;
	qualifier: string;
	number: string;
	unit: string;
	value: number;
	index: number;
}

export function findFigures(text: string): Figure[] {
	const found: Figure[] = [];
	for (const m of text.matchAll(FIGURE)) {
		const number = m[2] ?? '';
		const unit = (m[3] ?? '').trim();
		if (/^(1[6-9]|20)\d\d$/.test(number) || number.startsWith('$')) continue;
		if (/[-–$]$/.test(text.slice(0, m.index))) continue;
		if (unit.split(' ').some((w) => UNIT_STOP.test(w))) continue;
		found.push({
			phrase: m[0],
			qualifier: (m[1] ?? '').trim(),
			number,
			unit,
			value: numericValue(number),
			index: m.index
		});
	}
	return found;
}

function numericValue(number: string): number {
	const base = Number(number.replace(/[$,]/g, '').split(' ')[0]);
	const scale = /billion/.test(number) ? 1e9 : /million/.test(number) ? 1e6 : /thousand/.test(number) ? 1e3 : 1;
	return base * scale;
}

function figureQuestion(sentence: Sentence, text: string, figure: Figure): string | null {
	const clause = parseClause(text);
	if (clause && clause.rest.includes(figure.phrase)) {
		const before = clause.rest.slice(0, clause.rest.indexOf(figure.phrase));
		const after = clause.rest.slice(clause.rest.indexOf(figure.phrase) + figure.phrase.length);
		if (!/[,;]/.test(before) && !/ and /.test(before) && before.split(' ').length <= 10) {
			clause.rest = trimTrailingClause(`${before.trim()} ${after.split(/[,;]/)[0]?.trim() ?? ''}`.trim());
			return toQuestion(`How many ${figure.unit}`, clause).replace(/ +/g, ' ');
		}
	}
	// In place: "…, attended by representatives from how many countries?"
	const at = text.indexOf(figure.phrase);
	const start = 0;
	const tail = text.slice(at + figure.phrase.length).split(/[,;.]/)[0] ?? '';
	const participle = /(?:^|, )(the [A-Z][^,]+), (\w+ed) by ([^,]*?)$/.exec(text.slice(start, at));
	if (participle) {
		return `${capitalise(participle[1] ?? '')} was ${participle[2]} by ${participle[3]}how many ${figure.unit}${tail}?`;
	}
	const head = text.slice(start, at);
	if (head.length > 130) return null;
	return `${head}how many ${figure.unit}${tail}?`.replace(/\s+/g, ' ').trim();
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a vote of 25 in favor and 7 against" → the vote as a figure. */
function voteCard(sentence: Sentence, text: string): Card | null {
	const m = /by a vote of (\d+) in favou?r and (\d+) against(?:, (\w+ing) ([^,.]+))?/.exec(text);
	if (!m) return null;
	const clause = parseClause(text);
	if (!clause || clause.kind !== 'passive') return null;
	const subject = clause.subject.replace(/^(a|an) /i, 'the ');
	const what = m[3] ? `${subject} ${m[3]} ${m[4]}` : subject;
	const lead = clause.lead ? `, ${clause.lead.replace(/^[A-Z]/, (c) => c.toLowerCase())}` : '';
	return finishCard('figures', sentence, {
		kind: 'figure',
		prompt: `By what vote was ${what} ${clause.base}${lead}?`,
		answer: `${m[1]} in favour, ${m[2]} against`,
		value: Number(m[1]),
		idWords: `vote ${what}`
	});
}

/** "China signed a $400 billion gas deal with Russia" → the value of the deal. */
function moneyCard(sentence: Sentence, text: string): Card | null {
	const m = /(\p{Lu}[\p{L}]+) (signed|agreed|made|announced) an? (\$[\d,.]+(?: (?:million|billion|trillion))?) ([a-z]+(?: [a-z]+)?) with ((?:the )?\p{Lu}[\p{L} ]*?)[;,.]/u.exec(text);
	if (!m) return null;
	return finishCard('figures', sentence, {
		kind: 'figure',
		prompt: `What was the value of the ${m[4]} that ${m[1]} ${m[2]} with ${m[5]}?`,
		answer: m[3] ?? '',
		value: numericValue(m[3] ?? ''),
		idWords: `value ${m[4]} ${m[5]}`
	});
}

export function extractFigures(ctx: DocContext): Card[] {
	const cards: Card[] = [];
	for (const sentence of ctx.sentences) {
		if (sentence.damage) continue;
		const text = cleanMarkup(sentence.text);
		const money = moneyCard(sentence, text);
		if (money) cards.push(money);
		const vote = voteCard(sentence, text);
		if (vote) cards.push(vote);
		for (const figure of findFigures(text)) {
			if (/"/.test(text.slice(0, figure.index)) && (text.slice(0, figure.index).match(/"/g) ?? []).length % 2 === 1)
				continue;
			const question = figureQuestion(sentence, text, figure);
			if (!question) continue;
			const answer = `${figure.qualifier ? capitalise(figure.qualifier) + ' ' : ''}${figure.number} ${figure.unit}`.replace(
				/^\$/,
				'$'
			);
			const prompt = sectionContext(sentence, question);
			if (revealsAnswer(prompt, figure.number)) continue;
			cards.push(
				finishCard('figures', sentence, {
					kind: 'figure',
					prompt,
					answer: figure.number.startsWith('$') ? `${figure.number}` : answer,
					value: figure.value,
					idWords: `${figure.unit} ${figure.number}`
				})
			);
		}
	}
	return cards;
}
