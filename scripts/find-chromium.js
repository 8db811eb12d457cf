// Fails fast, in one line, when no system Chromium is installed.
import { chromiumPath } from './chromium-path.js';

if (!chromiumPath()) {
	console.error(
		'No Chromium found: install it (sudo apt-get install -y chromium) or set CHROME_PATH to its binary.'
	);
	process.exit(1);
}
