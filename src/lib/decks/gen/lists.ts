// List cards: a named, enumerated list ("the "Five Nos": (1) …, (2) …") asked whole and item by item.
import type { Card } from '../schema';
import { type DocContext, finishCard } from './context';
import { findDates } from './dates';
import { cleanMarkup, tidy } from './text';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const COUNT_WORDS = ['', 'one', 'both', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export interface NamedList {
	name: string;
	items: string[];
	/** "Xi emphasized" / "Xi articulated": who put the list forward, as written. */
	intro: string;
}

/** Finds `"Name" …: (1) a, (2) b, …` in a sentence. */
export function findNumberedList(sentence: string): NamedList | null {
	const marker = /\(1\)/.exec(sentence);
	if (!marker) return null;
	const head = sentence.slice(0, marker.index);
	const names = [...head.matchAll(/"([^"]+)"|“([^”]+)”/g)];
	const nameMatch = names.at(-1);
	const name = nameMatch?.[1] ?? nameMatch?.[2];
	if (!name || !nameMatch) return null;
	const body = sentence.slice(marker.index);
	const items = body
		.split(/\(\d+\)/)
		.map((item) => tidy(item))
		.filter(Boolean);
	if (items.length < 2) return null;
	const intro = /(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (?:also )?([a-z]+ed)(?: the)? $/u.exec(
		head.slice(0, nameMatch.index)
	);
	return { name, items, intro: intro ? `${intro[1]} ${intro[2]}` : '' };
}

function contextPhrase(sentence: string, list: NamedList): string {
	const lead = /^(At|In|During) ([^,]+),/.exec(sentence);
	const year = findDates(sentence)[0];
	const where = lead ? ` ${lead[1]?.toLowerCase()} ${lead[2]}` : year ? ` in ${year.text}` : '';
	return list.intro ? ` that ${list.intro}${where}` : where;
}

export function extractLists(ctx: DocContext): Card[] {
	const cards: Card[] = [];
	for (const sentence of ctx.sentences) {
		if (sentence.damage) continue;
		const list = findNumberedList(cleanMarkup(sentence.text));
		if (!list) continue;
		const n = list.items.length;
		const context = contextPhrase(sentence.text, list);
		const sibling = `list-${list.name.toLowerCase()}`;
		const all = n === 2 ? 'both' : `all ${COUNT_WORDS[n] ?? n}`;
		cards.push(
			finishCard('lists', sentence, {
				kind: 'list',
				prompt: `Name ${all} of the "${list.name}"${context}.`,
				answer: list.items.join('; '),
				items: list.items,
				sibling,
				idWords: `${list.name} all`
			})
		);
		list.items.forEach((item, i) => {
			const others = list.items.filter((_, j) => j !== i);
			cards.push(
				finishCard('lists', sentence, {
					kind: 'list-item',
					prompt: `What is the ${ORDINALS[i] ?? `number ${i + 1}`} of the "${list.name}"${context}? (The others: ${others.join('; ')}.)`,
					answer: item,
					sibling,
					idWords: `${list.name} ${i + 1}`
				})
			);
		});
	}
	return cards;
}
