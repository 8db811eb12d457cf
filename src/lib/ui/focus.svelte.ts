import { tick } from 'svelte';

/**
 * After an action that replaced or disabled the focused control (the browser then drops the
 * focus on <body>), puts it on `target` once the page has updated, so a keyboard user carries on from
 * there. Focus that is anywhere else is left alone.
 */
export async function refocusIfLost(
	target: () => { focus(): void } | null | undefined
): Promise<void> {
	await tick();
	const active = document.activeElement;
	// A control that is now disabled has lost the focus too, even before the browser moves it.
	const lost =
		active === null ||
		active === document.body ||
		(active instanceof HTMLButtonElement && active.disabled);
	if (lost) target()?.focus();
}
