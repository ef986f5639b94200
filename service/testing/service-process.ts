import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from '../src/config';
import { freePort } from './ports';
import type { Target } from './targets';

/**
 * The service as its own process, as `npm run service` starts it, for the fault scripts: they
 * kill it, restart it on the same data, and talk to it over loopback.
 */

export const SCRIPT_TOKEN = 'fault-script-token-0123456789-abcdefghij';

export interface RunningService {
  url: string;
  child: ChildProcess;
  /** Everything it printed. */
  output(): string;
  /** SIGTERM, and wait for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL: no goodbye, no cleanup. */
  kill9(): Promise<void>;
  /** The rows the database holds, through the test hook (REPORTS_TEST_HOOKS=1). */
  rows(): Promise<{ reports: number; deviceChecks: number; ids: number[] }>;
}

export interface StartOptions {
  indexPath: string;
  port?: number;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export async function startService(target: Target, o: StartOptions): Promise<RunningService> {
  const port = o.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    REPORT_INDEX: o.indexPath,
    REPORTS_TOKEN: SCRIPT_TOKEN,
    REPORTS_TEST_HOOKS: '1',
    LOG_LEVEL: 'warn',
    ...o.env,
  };
  delete env.DATABASE_URL;
  delete env.REPORTS_DATA_DIR;
  if (target.kind === 'postgres') env.DATABASE_URL = target.url;
  else Object.assign(env, { REPORTS_DATA_DIR: target.dataDir, REPORTS_PGLITE_TEMPLATE: target.templateDir });

  const child = spawn(process.execPath, ['--import', 'tsx', 'service/src/main.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + (o.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the service exited before it was healthy:\n${out}`);
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the service was not healthy within ${o.timeoutMs ?? 90_000} ms:\n${out}`);
    }
    await sleep(100);
  }

  return {
    url,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async rows() {
      const res = await fetch(`${url}/api/_test/rows`);
      if (!res.ok) throw new Error(`GET /api/_test/rows answered ${res.status}`);
      return (await res.json()) as { reports: number; deviceChecks: number; ids: number[] };
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
