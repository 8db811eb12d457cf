import type { CardKind } from './schema';

/** How each kind of card is named in the interface. */
export const KIND_LABELS: Record<CardKind, string> = {
	date: 'Date',
	'quote-speaker': 'Who said it',
	'quote-completion': 'Complete the quote',
	doctrine: 'Doctrine',
	'doctrine-name': 'Name the doctrine',
	list: 'Whole list',
	'list-item': 'List item',
	event: 'Event',
	country: 'Country',
	figure: 'Figure',
	person: 'Person',
	custom: 'Custom'
};
