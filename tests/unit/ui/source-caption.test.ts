// The source box under a card names the document by its title, not by a file name. Rendered on
// the server (no DOM needed): what matters is the text a student reads.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/decks/schema';
import SourcePassage from '$lib/ui/SourcePassage.svelte';
import SourcePassageLink from '$lib/ui/SourcePassageLink.svelte';

const titled: Source = {
	doc: '001_d36ca230e7be87ec.txt',
	title: 'Harbours of Ruritania',
	section: 'Trade',
	excerpt: 'Grain left from the north quay.'
};
const untitled: Source = { doc: titled.doc, section: titled.section, excerpt: titled.excerpt };

/** The text a reader sees: tags dropped, entities read, whitespace collapsed as a browser does. */
function textOf(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

describe('SourcePassageLink', () => {
	it('names the document by its title, with a space on both sides of the separator', () => {
		const text = textOf(
			render(SourcePassageLink, { props: { source: titled, href: '/decks/x' } }).body
		);
		expect(text).toContain('Harbours of Ruritania · Read it in its section');
		expect(text).not.toContain('.txt');
	});

	it('falls back to the file name for a source made before titles existed', () => {
		const text = textOf(
			render(SourcePassageLink, { props: { source: untitled, href: '/decks/x' } }).body
		);
		expect(text).toContain('001_d36ca230e7be87ec.txt · Read it in its section');
	});

	it('shows no separator when there is no section to link to', () => {
		const text = textOf(render(SourcePassageLink, { props: { source: titled } }).body);
		expect(text).toContain('Harbours of Ruritania');
		expect(text).not.toContain('·');
	});

	it('renders a title as text, never as HTML', () => {
		const source = { ...titled, title: '<b>Bold</b> claims' };
		const { body } = render(SourcePassageLink, { props: { source } });
		expect(body).not.toContain('<b>');
		expect(textOf(body)).toContain('<b>Bold</b> claims');
	});
});

describe('SourcePassage', () => {
	it('captions the passage with its section and the document title', () => {
		const passage = 'Ships came in. Grain left from the north quay. Then it rained.';
		const text = textOf(render(SourcePassage, { props: { source: titled, passage } }).body);
		expect(text).toContain('From Trade · Harbours of Ruritania');
		expect(text).not.toContain('.txt');
	});

	it('falls back to the file name without a title', () => {
		const passage = 'Grain left from the north quay.';
		const text = textOf(render(SourcePassage, { props: { source: untitled, passage } }).body);
		expect(text).toContain('From Trade · 001_d36ca230e7be87ec.txt');
	});
});
