// The card-quality detectors of `npm run eval:cards`, each on a bad and a good hand-made example.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/lib/decks/schema';
import type { QuizQuestion } from '../../../src/lib/games/quiz';
import {
	boardFindings,
	cardFindings,
	duplicateOptions,
	evaluateCards,
	frequentAnswers,
	hasQuestionForm,
	lengthOutlier,
	mergeReports,
	optionFindings,
	optionShape,
	promptGivesAnswer,
	referenceMarkers,
	testWiseGuess,
	typeOutlier,
	unresolvedReference
} from '../../../scripts/eval/findings';

type CardInput = Partial<Card> & Pick<Card, 'id' | 'kind' | 'answer'>;

function card(input: CardInput): Card {
	return {
		prompt: `Question for ${input.id}?`,
		source: { doc: 'test.txt', section: '', excerpt: 'An excerpt.' },
		...input
	};
}

function question(input: Partial<QuizQuestion> & Pick<QuizQuestion, 'options' | 'correct'>) {
	const answer = input.options[input.correct] as string;
	return { cardId: 'q', kind: 'event' as const, prompt: 'What happened?', answer, ...input };
}

describe('reference markers', () => {
	it('finds footnote and citation markers', () => {
		expect(referenceMarkers('Xi visited Moscow.[12]')).toEqual(['[12]']);
		expect(referenceMarkers('a treaty[a] was signed[citation needed]')).toEqual([
			'[a]',
			'[citation needed]'
		]);
		expect(referenceMarkers('as agreed[note 3]')).toEqual(['[note 3]']);
		expect(referenceMarkers('the deal^ was')).toEqual(['^']);
		expect(referenceMarkers('it was signed.¹ Then')).toEqual(['¹']);
	});

	it('leaves editorial brackets and units alone', () => {
		expect(referenceMarkers('"If [China and the United States] are in confrontation"')).toEqual([]);
		expect(referenceMarkers('China seized 2,000 km² of territory')).toEqual([]);
	});

	it('counts a card with a marker in its note', () => {
		const bad = card({ id: 'a', kind: 'event', answer: 'A summit', note: 'Held in 2014.[3]' });
		const good = card({ id: 'b', kind: 'event', answer: 'A summit', note: 'Held in 2014.' });
		expect(cardFindings(bad).map(([id]) => id)).toEqual(['reference']);
		expect(cardFindings(good)).toEqual([]);
	});
});

describe('prompt that gives its answer away', () => {
	it('catches the answer inside the prompt', () => {
		const bad = {
			kind: 'country' as const,
			prompt: 'Which country did Xi visit when he went to Russia in 2023?',
			answer: 'Russia'
		};
		expect(promptGivesAnswer(bad)).toBeDefined();
		expect(promptGivesAnswer({ ...bad, prompt: 'Which country did Xi visit in March 2023?' })).toBe(
			undefined
		);
	});

	it('does not match part of a word', () => {
		expect(
			promptGivesAnswer({ kind: 'event', prompt: 'What did the alliances do?', answer: 'alliance' })
		).toBeUndefined();
	});

	it("catches a quote speaker's surname in the prompt", () => {
		const bad = {
			kind: 'quote-speaker' as const,
			prompt: 'Who said that Putin\'s Russia "has no limits"?',
			answer: 'Vladimir Putin'
		};
		expect(promptGivesAnswer(bad)).toContain('Putin');
		expect(
			promptGivesAnswer({ ...bad, prompt: 'Who said that the friendship "has no limits"?' })
		).toBeUndefined();
	});
});

describe('unresolved pronouns', () => {
	it('catches a prompt that opens with a pronoun', () => {
		expect(unresolvedReference('They signed which treaty in 2015?')).toContain('They');
		expect(unresolvedReference('Its leaders met where?')).toContain('Its');
	});

	it('catches the text after a fill-in instruction opening with a pronoun', () => {
		expect(
			unresolvedReference('Complete this statement by Xi Jinping: He was "…" about the tensions.')
		).toContain('He');
	});

	it('catches deictic phrases without an antecedent', () => {
		expect(unresolvedReference('Who said that those options could be used?')).toContain(
			'those options'
		);
		expect(unresolvedReference('In which year did the two nations sign a pact?')).toContain(
			'the two nations'
		);
		expect(unresolvedReference('What did they agree in 2015?')).toContain('they');
	});

	it('passes resolved references, quotations and who-questions', () => {
		expect(
			unresolvedReference('In which year did China and Vietnam say the two countries were close?')
		).toBeUndefined();
		expect(unresolvedReference('Who said "they will never give up"?')).toBeUndefined();
		expect(unresolvedReference('Who told TASS that he was "worried"?')).toBeUndefined();
		expect(unresolvedReference('Complete this statement by Xi Jinping: "It is …"')).toBeUndefined();
		expect(unresolvedReference('Why does Putin rarely leave the former Soviet region?')).toBe(
			undefined
		);
		expect(unresolvedReference('Which of these countries joined BRICS in 2024?')).toBeUndefined();
	});
});

describe('question form', () => {
	it('catches a statement', () => {
		expect(hasQuestionForm('Xi visited Moscow in 2023.')).toBe(false);
		expect(hasQuestionForm('The Belt and Road Initiative')).toBe(false);
	});

	it('passes questions and fill-ins', () => {
		expect(hasQuestionForm('When did Xi visit Moscow?')).toBe(true);
		expect(hasQuestionForm('Complete this statement by Xi Jinping: "the greatest …"')).toBe(true);
		expect(hasQuestionForm('Fill in the number: China signed a … gas deal with Russia.')).toBe(
			true
		);
		expect(hasQuestionForm('Xi called for a "…"')).toBe(true);
	});
});

describe('option shapes', () => {
	it('classifies options', () => {
		expect(optionShape('March 2016')).toBe('date');
		expect(optionShape('13 May 2017')).toBe('date');
		expect(optionShape('2018')).toBe('date');
		expect(optionShape('$400 billion')).toBe('number');
		expect(optionShape('five continents')).toBe('number');
		expect(optionShape('thirteen principles')).toBe('number');
		expect(optionShape('6000')).toBe('number');
		expect(optionShape('To stay in a neutral position')).toBe('infinitive');
		expect(optionShape('industry, finance, taxation')).toBe('list');
		expect(optionShape('Donald Trump became president in 2017')).toBe('sentence');
		expect(optionShape('China imposed unofficial sanctions')).toBe('sentence');
		expect(optionShape('A deal brokered between the two countries')).toBe('other');
		expect(optionShape('Xi Jinping')).toBe('name');
		expect(optionShape('Belt and Road Initiative')).toBe('name');
		expect(optionShape('Denuclearization of North Korea')).toBe('other');
		expect(optionShape('One China principle')).toBe('other');
		expect(optionShape('wolf warrior diplomacy')).toBe('other');
	});

	it('catches one option of another shape', () => {
		expect(typeOutlier(['2016', 'Xi Jinping', 'Wang Yi', 'Li Keqiang'])).toEqual({
			index: 0,
			shape: 'date',
			others: 'name'
		});
		expect(
			typeOutlier([
				'A ceasefire in Gaza',
				'China imposed unofficial sanctions',
				'Western sanctions',
				'A decrease in the use of force'
			])?.index
		).toBe(1);
	});

	it('passes options of one shape, or of no majority', () => {
		expect(typeOutlier(['March 2016', 'May 2015', 'January 2021', '2018'])).toBeUndefined();
		expect(typeOutlier(['Xi Jinping', 'Wang Yi', '2016', '2017'])).toBeUndefined();
	});
});

describe('length outlier', () => {
	const long = 'China would promote ties with Iran regardless of the Gulf of Oman incident';
	it('catches a right answer much longer or shorter than the others', () => {
		expect(lengthOutlier(['A summit', long, 'A ceasefire', 'Mutual sanctions'], 1)).toBeDefined();
		expect(lengthOutlier(['Against', long, `${long} again`, `${long} twice`], 0)).toBeDefined();
	});

	it('passes a right answer of ordinary length, or a long distractor', () => {
		expect(
			lengthOutlier(['A summit', 'A trade deal', 'A ceasefire', 'Mutual sanctions'], 1)
		).toBeUndefined();
		expect(lengthOutlier(['A summit', long, 'A ceasefire', 'Mutual sanctions'], 0)).toBeUndefined();
		// Two words against one is not 1.8 times by two words.
		expect(lengthOutlier(['Xi Jinping', 'Putin', 'Modi', 'Obama'], 0)).toBeUndefined();
	});
});

describe('duplicate options', () => {
	it('catches equal and nested options', () => {
		expect(duplicateOptions(['The United States', 'Russia', 'United States'])?.same).toBe(true);
		expect(
			duplicateOptions(['Xi Jinping', 'Wang Yi', 'Xi Jinping and Nguyễn Phú Trọng', 'Li Peng'])
		).toEqual({ a: 0, b: 2, same: false });
	});

	it('passes distinct options, even sharing words', () => {
		expect(duplicateOptions(['45 agreements', '36 cooperation agreements', '23 agreements'])).toBe(
			undefined
		);
		expect(duplicateOptions(['Iran', 'Ukraine', 'Iraq', 'Israel'])).toBeUndefined();
	});
});

describe('option-set findings', () => {
	it('counts fewer than four options', () => {
		const few = optionFindings(question({ options: ['A', 'B', 'C'], correct: 0 }));
		expect(few.map(([id]) => id)).toContain('fewOptions');
		const four = optionFindings(
			question({ options: ['A summit', 'A ceasefire', 'A treaty', 'A pact'], correct: 0 })
		);
		expect(four).toEqual([]);
	});
});

describe('the test-wise guesser', () => {
	const speakers = ['Xi Jinping', 'Xi Jinping', 'Xi Jinping', 'Wang Yi', 'Li Keqiang'];
	const quotes = speakers.map((answer, i) =>
		card({ id: `q${i}`, kind: 'quote-speaker', answer, prompt: `Who said "${i}"?` })
	);

	it("picks the kind's most frequent answer", () => {
		const frequent = frequentAnswers(quotes);
		const q = { kind: 'quote-speaker' as const, prompt: 'Who said "x"?' };
		expect(
			testWiseGuess(
				{ ...q, options: ['Wang Yi', 'Li Keqiang', 'Xi Jinping', 'Joe Biden'] },
				frequent
			)
		).toEqual({ index: 2, cue: 'frequent' });
	});

	it('picks the only option of the shape the prompt asks for', () => {
		const q = { kind: 'date' as const, prompt: 'In which year did Xi visit Moscow?' };
		expect(testWiseGuess({ ...q, options: ['Moscow', 'Beijing', '2013', 'Kazakhstan'] })).toEqual({
			index: 2,
			cue: 'shape'
		});
	});

	it('picks the option echoing the prompt, then a clearly longest one, then the first', () => {
		const q = { kind: 'event' as const, prompt: 'What did the Iran deal bring?' };
		expect(
			testWiseGuess({ ...q, options: ['Peace', 'Trade with Iran', 'A summit', 'War'] }).cue
		).toBe('echo');
		expect(
			testWiseGuess({
				...q,
				options: ['Peace', 'A long list of concessions on trade', 'A summit', 'War']
			})
		).toEqual({ index: 1, cue: 'length' });
		expect(testWiseGuess({ ...q, options: ['Peace', 'Trade', 'Talks', 'Truce'] })).toEqual({
			index: 0,
			cue: 'first'
		});
	});

	it('scores rounds against chance, deterministically', () => {
		const dates = ['2013', '2014', '2015', '2016', '2017', '2018'].map((answer) =>
			card({ id: `d${answer}`, kind: 'date', answer, prompt: `In which year did ${answer}x?` })
		);
		const report = evaluateCards([...quotes, ...dates]);
		expect(report.cards).toBe(11);
		expect(report.optionSets).toBeGreaterThan(0);
		// Four options, or three where the pool offers only two wrong ones.
		expect(report.guesser.chance).toBeGreaterThanOrEqual(25);
		expect(report.guesser.chance).toBeLessThanOrEqual(100 / 3);
		expect(evaluateCards([...quotes, ...dates])).toEqual(report);
		const merged = mergeReports([report, report]);
		expect(merged.optionSets).toBe(2 * report.optionSets);
		expect(merged.guesser.accuracy).toBeCloseTo(report.guesser.accuracy, 6);
	});
});

describe('match boards', () => {
	it('catches giveaways, question tiles and nested tiles', () => {
		const f = boardFindings([
			{ left: 'North Korea', right: 'Denuclearization of North Korea' },
			{ left: 'Turkey', right: 'Which country grew closer to China?' },
			{ left: 'Xi Jinping and Putin', right: 'A summit' },
			{ left: 'Xi Jinping', right: 'A ceasefire' }
		]);
		expect(f.giveaways).toHaveLength(1);
		expect(f.mixedColumns).toBe(1);
		expect(f.duplicateTiles).toHaveLength(1);
	});

	it('passes a clean board', () => {
		expect(
			boardFindings([
				{ left: 'March 2016', right: 'A summit in Moscow' },
				{ left: 'May 2017', right: 'The Belt and Road Forum' },
				{ left: 'June 2019', right: 'A visit to Pyongyang' }
			])
		).toEqual({ giveaways: [], mixedColumns: 0, duplicateTiles: [] });
	});
});
