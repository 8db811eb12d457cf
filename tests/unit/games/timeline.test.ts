import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/decks/schema';
import { cardDate, dayNumber } from '$lib/games/dates';
import {
	TimelineGame,
	createTimelineRound,
	kendallScore,
	moveDown,
	moveItem,
	moveUp,
	type TimelineRound
} from '$lib/games/timeline';
import { questionAsStatement } from '$lib/games/timeline';
import { card, dateCards, eventCards } from './fixtures';

const round = (seed = 'tl', cards: Card[] = eventCards, events = 6) =>
	createTimelineRound({ seed, settings: { events } }, cards);

const dateOf = (r: TimelineRound, i: number, cards: Card[]) =>
	cardDate(cards.find((c) => c.id === r.events[i]?.cardId) as Card)!;

describe('kendallScore', () => {
	it('gives n(n−1)/2 for the true order', () => {
		expect(kendallScore([0, 1, 2, 3, 4, 5])).toEqual({ correct: 15, total: 15 });
	});

	it('gives 0 for the reversed order', () => {
		expect(kendallScore([4, 3, 2, 1, 0])).toEqual({ correct: 0, total: 10 });
	});

	it('loses one pair for one swap of neighbours', () => {
		expect(kendallScore([0, 2, 1, 3, 4])).toEqual({ correct: 9, total: 10 });
	});

	it('loses more for moving the last event to the front than for a neighbour swap', () => {
		expect(kendallScore([4, 0, 1, 2, 3]).correct).toBe(6);
	});
});

describe('moving items', () => {
	it('moves an item to a new position', () => {
		expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
	});

	it('moves one step up or down, and stays put at the ends', () => {
		expect(moveUp(['a', 'b', 'c'], 1)).toEqual(['b', 'a', 'c']);
		expect(moveDown(['a', 'b', 'c'], 1)).toEqual(['a', 'c', 'b']);
		expect(moveUp(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
		expect(moveDown(['a', 'b', 'c'], 2)).toEqual(['a', 'b', 'c']);
	});
});

describe('createTimelineRound', () => {
	it('lists the chosen number of events in true chronological order', () => {
		for (const events of [5, 6, 7, 8]) {
			const r = round('s', eventCards, events);
			expect(r.events).toHaveLength(events);
			const days = r.events.map((_, i) => dayNumber(dateOf(r, i, eventCards)));
			expect([...days].sort((a, b) => a - b)).toEqual(days);
		}
	});

	it('uses distinct years when the deck has enough of them', () => {
		for (let i = 0; i < 30; i++) {
			const r = round(`y${i}`, dateCards, 8);
			const years = r.events.map((_, j) => dateOf(r, j, dateCards).year);
			expect(new Set(years).size).toBe(8);
		}
	});

	it('spreads the events over the whole period', () => {
		for (let i = 0; i < 30; i++) {
			const r = round(`p${i}`, eventCards, 6);
			expect(dateOf(r, 0, eventCards).year).toBeLessThanOrEqual(2013);
			expect(dateOf(r, 5, eventCards).year).toBeGreaterThanOrEqual(2022);
		}
	});

	it('never puts two events of the same month (or an open month) on one timeline', () => {
		const crowded = [
			...['01', '03', '05', '07', '09', '11'].map((m) =>
				card({ id: `e16-${m}`, kind: 'event', answer: `2016 event ${m}`, when: `2016-${m}-10` })
			),
			card({ id: 'e16-03b', kind: 'event', answer: 'Also March 2016', when: '2016-03-20' }),
			card({ id: 'e16', kind: 'event', answer: 'Sometime in 2016', when: '2016' }),
			card({ id: 'e17', kind: 'event', answer: 'In 2017', when: '2017' })
		];
		for (let i = 0; i < 30; i++) {
			const r = round(`c${i}`, crowded, 6);
			const dates = r.events.map((_, j) => dateOf(r, j, crowded));
			const months = dates.map((d) => `${d.year}-${d.month ?? 'open'}`);
			expect(new Set(months).size).toBe(months.length);
			if (months.some((m) => m === '2016-open')) {
				expect(dates.filter((d) => d.year === 2016)).toHaveLength(1);
			}
		}
	});

	it('starts unsolved, the same for the same seed', () => {
		for (let i = 0; i < 30; i++) {
			const r = round(`u${i}`);
			expect(kendallScore(r.start).correct).toBeLessThan(kendallScore(r.start).total);
		}
		expect(round('same')).toEqual(round('same'));
		expect(round('same')).not.toEqual(round('other'));
	});
});

describe('TimelineGame', () => {
	const solve = (game: TimelineGame) => {
		// Selection sort with single moves, as a keyboard user would do it.
		for (let target = 0; target < game.order.length; target++) {
			game.move(game.order.indexOf(target), target);
		}
	};

	it('scores the full n(n−1)/2 once the order is right, and locks on submit', () => {
		const game = new TimelineGame(round());
		solve(game);
		expect(game.submit(30_000)).toEqual({ correct: 15, total: 15 });
		expect(game.done).toBe(true);
		game.moveUp(3);
		expect(game.score.correct).toBe(15);
	});

	it('shows the events in the player’s order', () => {
		const game = new TimelineGame(round());
		const first = game.events[1];
		game.moveUp(1);
		expect(game.events[0]).toEqual(first);
	});

	it('resumes identically after being serialised mid-game', () => {
		const game = new TimelineGame(round());
		game.moveDown(0);
		game.moveUp(4);
		const resumed = new TimelineGame(game.toString());
		expect(resumed.order).toEqual(game.order);
		solve(resumed);
		solve(game);
		expect(resumed.toString()).toBe(game.toString());
		expect(resumed.submit(1000)).toEqual(game.submit(1000));
	});

	it('refuses to restore an order that drops an event', () => {
		const saved = JSON.parse(new TimelineGame(round()).toString()) as { order: number[] };
		saved.order = [0, 1, 2];
		expect(() => new TimelineGame(JSON.stringify(saved))).toThrow();
	});
});

describe('timeline event texts', () => {
	const dateCard = (id: string, when: string, prompt: string, note?: string): Card => ({
		id,
		kind: 'date',
		prompt,
		answer: when.slice(0, 4),
		when,
		...(note ? { note } : {}),
		source: { doc: 't.txt', section: '', excerpt: `Event ${id}.` }
	});

	it('shows a date card as a statement, never one that gives the date away', () => {
		const cards = [
			dateCard('a', '1990', 'In which year did Ruritania join the league?', 'In 1990, it joined.'),
			dateCard('b', '1995', 'Freedonia and the league', 'Freedonia left the league.'),
			dateCard('c', '2000', 'The treaty of Sylvania', 'In 2000, a treaty was signed.'),
			dateCard('d', '2005', 'A treaty'),
			dateCard('e', '2010', 'A summit')
		];
		const round = createTimelineRound({ seed: 'texts', settings: { events: 5 } }, cards);
		const text = (id: string) => round.events.find((e) => e.cardId === id)?.text;
		// The statement the question asks about; else the note; else the prompt.
		expect(text('a')).toBe('Ruritania joined the league');
		expect(text('b')).toBe('Freedonia left the league.');
		expect(text('c')).toBe('The treaty of Sylvania');
	});
});

describe('timeline events read as statements, not questions', () => {
	it.each([
		['In which year did Donald Trump become president?', 'Donald Trump became president'],
		[
			'In which month and year did Xi call for a decrease in the use of force in a major policy address?',
			'Xi called for a decrease in the use of force in a major policy address'
		],
		['On what dates did Xi Jinping visit Russia?', 'Xi Jinping visited Russia'],
		[
			'In which year did relations between China and India later improve?',
			'Relations between China and India later improved'
		],
		['By what date did China and India mutually disengage?', 'China and India mutually disengaged'],
		[
			'In which year did the announcement of "striving for achievement" take place?',
			'The announcement of "striving for achievement" took place'
		],
		[
			'In which year was the large cooperation program with Iran later signed?',
			'The large cooperation program with Iran was later signed'
		],
		[
			'Since which year have U.S. and China been engaged in an escalating trade war?',
			'U.S. and China have been engaged in an escalating trade war'
		],
		[
			'In which year did Zelenskyy say that Xi did not respond to his requests?',
			'Zelenskyy said that Xi did not respond to his requests'
		],
		[
			'When was the Belt and Road Initiative launched?',
			'The Belt and Road Initiative was launched'
		],
		['In which year did the two countries ban imports?', 'The two countries banned imports'],
		['When did China join the WTO?', 'China joined the WTO']
	])('%s → %s', (question, statement) => {
		expect(questionAsStatement(question)).toBe(statement);
	});

	it('takes the verb the card’s note confirms when a noun could pass for one', () => {
		const question =
			'In which year did new satellite imagery reveal an airfield on Fiery Cross Reef?';
		const note = 'In April 2015, new satellite imagery revealed an airfield on Fiery Cross Reef.';
		expect(questionAsStatement(question, note)).toBe(
			'New satellite imagery revealed an airfield on Fiery Cross Reef'
		);
	});

	it('leaves alone what is not a question about a date', () => {
		expect(questionAsStatement('Which treaty did China sign in 2001?')).toBeUndefined();
		expect(questionAsStatement('Xi’s first visit to Moscow')).toBeUndefined();
	});

	const dated = (id: string, when: string, prompt: string, note?: string) =>
		card({ id, kind: 'date', answer: when, when, prompt, ...(note && { note }) });

	it('shows a date card as the event its question asks about, never the date itself', () => {
		const cards = [
			dated('d1', '2012', 'In which year did Xi become General Secretary?'),
			dated('d2', '2013', 'In which year did Xi announce the Belt and Road Initiative?'),
			dated(
				'd3',
				'2015',
				'In which year did Xi meet Ma Ying-jeou?',
				'In 2015, Xi met Ma Ying-jeou.'
			),
			dated('d4', '2017', 'In which year did Donald Trump become president?'),
			dated('d5', '2020', 'In which year did China and India have a deadly clash?')
		];
		const texts = createTimelineRound({ seed: 's', settings: { events: 5 } }, cards).events.map(
			(e) => e.text
		);
		expect([...texts].sort()).toEqual([
			'China and India had a deadly clash',
			'Donald Trump became president',
			'Xi announced the Belt and Road Initiative',
			'Xi became General Secretary',
			'Xi met Ma Ying-jeou'
		]);
	});

	it('falls back to the note, then the prompt, when the prompt is no such question', () => {
		const cards = [
			dated('n1', '2014', 'The Ukraine crisis', 'Xi grew closer to Russia.'),
			dated(
				'n2',
				'2016',
				'Xi’s visit to Iran',
				'During a visit to Iran in 2016, Xi proposed a deal.'
			)
		];
		const texts = createTimelineRound({ seed: 's', settings: { events: 5 } }, cards).events.map(
			(e) => e.text
		);
		expect(texts).toEqual(['Xi grew closer to Russia.', 'Xi’s visit to Iran']);
	});

	it('leaves out a card whose event reads neither as a statement nor as a name', () => {
		const cards = [
			dated('s', '2014', 'In which year did Xi visit Iran?'),
			dated(
				'f',
				'1928',
				'Fill in the year: On August 27, …, fifteen nations signed the pact.',
				'On August 27, 1928, fifteen nations signed the pact.'
			),
			dated('q', '1931', 'What happened when the Mukden Incident broke out in Manchuria?')
		];
		const texts = createTimelineRound({ seed: 's', settings: { events: 5 } }, cards).events.map(
			(e) => e.text
		);
		expect(texts).toEqual(['Xi visited Iran']);
	});
});
