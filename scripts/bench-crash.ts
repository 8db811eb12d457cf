// `npm run bench:crash`: kills the browser at random moments after rating keys and reports what
// was lost (see scripts/bench/crash.ts). CRASH_KILLS sets the number of kills (default 200).
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.js';
import { benchCrashes } from './bench/crash';
import { BASE, startPreview, stop } from './bench/preview';

const executablePath = chromiumPath();
if (!executablePath) {
	console.error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
	process.exit(1);
}
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
const server = await startPreview();
try {
	const { rows, report } = await benchCrashes(BASE, executablePath);
	for (const r of rows) console.log(`${r.measure}: ${r.value} (goal ${r.goal})`);
	console.log(JSON.stringify(report));
} finally {
	stop(server);
}
