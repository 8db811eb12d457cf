// The built app served by vite preview on a port of its own, for the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';

export const PORT = 4174;
export const BASE = `http://localhost:${PORT}`;

export async function startPreview(): Promise<ChildProcess> {
	// A server left on the port would serve an old build.
	if (
		await fetch(BASE).then(
			() => true,
			() => false
		)
	) {
		throw new Error(`Port ${PORT} is already in use: stop the server there and run again.`);
	}
	// Its own process group, so stopping it also stops the vite process npx starts.
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE)).ok) return server;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	stop(server);
	throw new Error('vite preview did not start');
}

export function stop(server: ChildProcess): void {
	if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
