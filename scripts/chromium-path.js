// Where the system Chromium lives. Playwright never downloads a browser in this project.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string | undefined} */
export function chromiumPath() {
	return candidates.find((path) => path && existsSync(path));
}
