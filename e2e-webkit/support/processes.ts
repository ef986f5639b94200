import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A process the run started, in a process group of its own so that stopping it stops its children too. */
export interface Started {
  name: string;
  child: ChildProcess;
  log: string;
}

/** Starts `command` detached (its own process group), its output to a log file in `dir`. */
export function start(name: string, command: string, args: string[], dir: string, env: NodeJS.ProcessEnv = process.env): Started {
  const log = path.join(dir, `${name}.log`);
  const out = fs.openSync(log, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], env });
  fs.closeSync(out);
  child.on('error', (e) => fs.appendFileSync(log, `\n! ${command}: ${e.message}\n`));
  return { name, child, log };
}

/** Waits until `url` answers 2xx, or fails with the process's log when it exits or the time runs out. */
export async function waitForHttp(p: Started, url: string, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (p.child.exitCode !== null || p.child.signalCode !== null) break;
    // A 503 is no answer: /api/health says 503 while the report service is down (say, refusing its token).
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${p.name} did not answer on ${url}:\n${tail(p.log)}`);
}

/** Stops the process group (SIGTERM, then SIGKILL after 5 s). */
export async function stop(p: Started): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null || !p.child.pid) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-p.child.pid!, signal);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  const late = setTimeout(() => kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(late);
}

export function tail(file: string, lines = 30): string {
  if (!fs.existsSync(file)) return '(no log)';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Whether nothing listens on 127.0.0.1:port (an answer from something else would pass for ours). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
