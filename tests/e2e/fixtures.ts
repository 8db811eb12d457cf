import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/*
 * Pages are prerendered, so their buttons are on screen before the app has hydrated, and a
 * click that lands in between does nothing (a slow CI machine hit exactly that). As in
 * SvelteKit's own tests, every navigation here waits until the root layout has mounted, which
 * it marks on <html data-started>. Pages from new contexts and browsers wait too.
 */
const patched = new WeakSet<object>();

function started(page: Page) {
	return page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
}

function waitsForApp(page: Page): Page {
	if (patched.has(page)) return page;
	patched.add(page);
	for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
		const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page['reload']>;
		page[name] = (async (...args: unknown[]) => {
			const response = await navigate(...args);
			await started(page);
			return response;
		}) as never;
	}
	return page;
}

function contextWaitsForApp(context: BrowserContext): BrowserContext {
	if (patched.has(context)) return context;
	patched.add(context);
	const newPage = context.newPage.bind(context);
	context.newPage = async () => waitsForApp(await newPage());
	return context;
}

function browserWaitsForApp(browser: Browser): Browser {
	if (patched.has(browser)) return browser;
	patched.add(browser);
	const newContext = browser.newContext.bind(browser);
	browser.newContext = async (options) => contextWaitsForApp(await newContext(options));
	const newPage = browser.newPage.bind(browser);
	browser.newPage = async (options) => waitsForApp(await newPage(options));
	return browser;
}

export const test = base.extend<object, object>({
	browser: [async ({ browser }, use) => use(browserWaitsForApp(browser)), { scope: 'worker' }],
	context: async ({ context }, use) => use(contextWaitsForApp(context)),
	page: async ({ page }, use) => use(waitsForApp(page))
});
