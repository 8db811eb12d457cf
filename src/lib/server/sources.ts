// The source documents, read at build time only (prerendering): their text reaches the
// browser as page data, never as part of the JavaScript bundle.
const files = import.meta.glob<string>('../../../decks/sources/*.txt', {
	eager: true,
	query: '?raw',
	import: 'default'
});

const byName = new Map(
	Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text])
);

export function sourceText(doc: string): string | undefined {
	return byName.get(doc);
}
