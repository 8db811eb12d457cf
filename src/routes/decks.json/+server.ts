// Every built-in deck as one static JSON file. The interactive modes fetch it in the browser,
// so deck data is cached like any file and never inflates the JavaScript bundle.
import { json } from '@sveltejs/kit';
import { decks } from '$lib/decks/load';

export const prerender = true;

export function GET() {
	return json(decks);
}
