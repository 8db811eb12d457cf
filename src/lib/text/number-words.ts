// English number words, read and written: shared by the generator (which finds figures in
// prose) and the quiz (which writes wrong amounts the way the answer is written).

/** "zero" … "nineteen", by value. */
export const SMALL_NUMBERS: readonly string[] = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
/** "twenty" … "ninety", at their tens. */
export const TENS: readonly string[] = [
	'',
	'',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety'
];

/** One word of a number written in words ("forty", "seven", "hundred"). */
export const NUMBER_WORD = new RegExp(
	`^(?:${[...SMALL_NUMBERS, ...TENS.slice(2), 'hundred'].join('|')})$`
);

/** A number written in words, up to 999 ("one hundred and twenty-five"); undefined otherwise. */
export function fromWords(tokens: readonly string[]): number | undefined {
	let current = 0;
	let seen = false;
	for (const token of tokens) {
		if (token === 'and' && seen) continue;
		if (token === 'hundred') {
			if (current === 0 || current >= 100) return undefined;
			current *= 100;
		} else if (SMALL_NUMBERS.includes(token)) {
			if (current % 10 !== 0 || (current % 100 !== 0 && current % 100 < 20)) return undefined;
			current += SMALL_NUMBERS.indexOf(token);
		} else if (TENS.includes(token) && token !== '') {
			if (current % 100 !== 0) return undefined;
			current += TENS.indexOf(token) * 10;
		} else return undefined;
		seen = true;
	}
	return seen ? current : undefined;
}

/** A number up to 999 in words ("twenty-nine", "one hundred and five"). */
export function toWords(n: number): string | undefined {
	if (!Number.isInteger(n) || n < 0 || n > 999) return undefined;
	if (n < 20) return SMALL_NUMBERS[n];
	if (n < 100) {
		const tens = TENS[Math.floor(n / 10)] as string;
		return n % 10 === 0 ? tens : `${tens}-${SMALL_NUMBERS[n % 10]}`;
	}
	const rest = n % 100;
	const hundreds = `${SMALL_NUMBERS[Math.floor(n / 100)]} hundred`;
	return rest === 0 ? hundreds : `${hundreds} and ${toWords(rest)}`;
}
