import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config';
import { PgliteStore } from '../src/store-pglite';
import { PGLITE_TEMPLATE, tempDataDir } from '../testing/pglite';
import { FIXTURE_INDEX, silent, TOKEN } from './api-suite';

/**
 * A fault that no wait will mend stops the service at start with its cause and what to do
 * (never “503, try again in a moment” forever), and a failed creation leaves no half-copy behind.
 */

/** `npm run service` with `env`, expected to stop by itself; its exit code and everything it printed. */
function start(env: Record<string, string>, uid?: number) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'service/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', REPORT_INDEX: FIXTURE_INDEX, LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('the service refuses to start on a permanent fault, saying why and what to do', () => {
  it('a short or repetitive REPORTS_TOKEN', () => {
    const short = start({ REPORTS_TOKEN: 'letmein' });
    expect(short.status).toBe(1);
    expect(short.output).toContain('REPORTS_TOKEN is 7 characters long');
    expect(short.output).toContain('openssl rand -base64 32');
    const same = start({ REPORTS_TOKEN: 'ab'.repeat(20) });
    expect(same.status).toBe(1);
    expect(same.output).toContain('repeats too few characters');
  }, 60_000);

  it('too little free space on the data folder’s disk', () => {
    const dataDir = tempDataDir('no-space');
    const r = start({ REPORTS_DATA_DIR: dataDir, REPORTS_PGLITE_TEMPLATE: PGLITE_TEMPLATE, REPORTS_MIN_FREE_MB: String(1024 ** 3) });
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/only \d+ MB free on the disk of .*needs at least \d+ MB.*free space on that disk, or set REPORTS_DATA_DIR/);
  }, 60_000);

  it('a data folder it may not write (as another user, or read-only)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-denied-'));
    const dataDir = path.join(root, 'data');
    // As root, permissions do not bind: run the service as nobody instead, in a folder nobody may not enter.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) fs.chmodSync(root, 0o500);
    const nobody = asRoot ? Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout) : undefined;
    const r = start({ REPORTS_DATA_DIR: dataDir, REPORTS_PGLITE_TEMPLATE: PGLITE_TEMPLATE, HOME: os.tmpdir() }, nobody);
    fs.chmodSync(root, 0o700);
    fs.rmSync(root, { recursive: true, force: true });
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(/permission denied|read-only/);
    expect(r.output).toContain('REPORTS_DATA_DIR');
    expect(r.output).not.toContain('[object Object]');
  }, 60_000);

  it('a data folder held by another live service', () => {
    const dataDir = tempDataDir('held');
    fs.cpSync(PGLITE_TEMPLATE, dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'tapguide-service.pid'), String(process.pid)); // this test's process: alive
    const r = start({ REPORTS_DATA_DIR: dataDir, REPORTS_TOKEN: TOKEN });
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.output).toContain(`is in use by another service (pid ${process.pid}): stop that one first`);
  }, 60_000);
});

describe('a creation that fails half-way', () => {
  it('removes its half-copy (data.init-<pid>), and says why', async () => {
    // A template the copy breaks on part-way (a FIFO cannot be copied), as a full disk would break it.
    const template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-bad-template-')), 'template');
    fs.cpSync(PGLITE_TEMPLATE, template, { recursive: true });
    spawnSync('mkfifo', [path.join(template, 'zz-fifo')]);
    const dataDir = tempDataDir('half-copy');
    const e = await new PgliteStore({ dataDir, templateDir: template }, silent).open().catch((err: Error) => err);
    expect(e).toBeInstanceOf(Error);
    const parent = path.dirname(dataDir);
    expect(fs.readdirSync(parent).filter((f) => f.includes('.init-'))).toEqual([]);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(String((e as Error).cause ?? e)).not.toContain('[object Object]');
    fs.rmSync(parent, { recursive: true, force: true });
    fs.rmSync(path.dirname(template), { recursive: true, force: true });
  }, 60_000);
});
