// Every page is prerendered to static HTML; state lives in the browser.
export const prerender = true;
export const trailingSlash = 'never';
