// Page-wide keyboard shortcuts must leave alone the keys that the focused element uses itself.

/** A field that takes typed keys (or arrows, in a select or range): no shortcut applies in it. */
export function isField(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLInputElement ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement ||
		(target instanceof HTMLElement && target.isContentEditable === true)
	);
}

/**
 * An element that Space or Enter already activates: a link follows, a button presses, a
 * `<summary>` opens its details. A page shortcut on those keys would take them away.
 */
export function activatesOnKey(target: EventTarget | null): boolean {
	return (
		isField(target) ||
		(target instanceof Element &&
			target.closest('a[href], button, summary, [role="button"], [role="link"]') !== null)
	);
}
