import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config';
import { IndexFile } from '../src/index-file';
import { buildServer } from '../src/server';
import { PgliteStore } from '../src/store-pglite';
import { PGLITE_TEMPLATE, tempDataDir } from '../testing/pglite';
import { deviceCheck, different, FIXTURE_INDEX, report, silent, TODAY, TOKEN } from './api-suite';

// The editors' commands, as run from the repository root, against a service listening on loopback.
const run = promisify(execFile);
const cli = (script: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', `service/cli/${script}`, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('npm run reports / reports:export', () => {
  let store: PgliteStore;
  let app: FastifyInstance;
  let env: Record<string, string>;
  const dataDir = tempDataDir('cli-test');

  beforeAll(async () => {
    store = new PgliteStore({ dataDir, templateDir: PGLITE_TEMPLATE }, silent);
    app = buildServer({ store, index: new IndexFile(FIXTURE_INDEX, silent), token: TOKEN, rateLimit: null, today: () => TODAY });
    await app.listen({ host: '127.0.0.1', port: 0 });
    env = { REPORTS_URL: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, REPORTS_TOKEN: TOKEN };
    const post = (url: string, body: unknown) => app.inject({ method: 'POST', url, payload: body as object });
    await post('/api/reports', report({ appVersion: '8.0.50' }));
    await post('/api/reports', different({ text: '是“支付与服务”', appVersion: '8.0.50' }));
    await post('/api/reports', different({ text: '是“支付与服务”', os: 'android' }));
    await post('/api/device-checks', deviceCheck());
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await store?.close();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('prints the editors’ view: confirmations, differences by reason, texts grouped, device checks, unconfirmed steps', async () => {
    const { code, stdout } = await cli('reports.ts', [], env);
    expect(code).toBe(0);
    expect(stdout).toContain('查看微信实名信息 (view-real-name, wechat)');
    expect(stdout).toContain('1. 点击“我” (open-me, rev 3f2a9c1b)');
    expect(stdout).toContain('since the last change: 1 same, 0 different · last same 2026-11-30');
    expect(stdout).toMatch(/iPhone +8\.0 +1 same, 0 different/);
    expect(stdout).toContain('since the last change: 0 same, 2 different (different-text 2)');
    expect(stdout).toContain('“是“支付与服务”” ×2 · last 2026-11-30');
    expect(stdout).toContain('2026-11-30 安卓 8.0.50 by 编辑: 1/2 match · differs: tap-services “服务 改名为 “支付与服务””');
    expect(stdout).toContain('view-real-name/v8/ios/tap-services');
    expect(stdout).not.toContain('view-real-name/v8/ios/open-me ');
  }, 30_000);

  it('--json gives the service’s summary', async () => {
    const { stdout } = await cli('reports.ts', ['--json'], env);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, today: TODAY, guides: expect.any(Array) });
  }, 30_000);

  it('reports:export writes the counts, keys sorted, no text', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-export-')), 'confirmations.json');
    const { code, stdout } = await cli('reports-export.ts', ['--out', out], env);
    expect(code).toBe(0);
    expect(stdout).toContain('2 step(s) in 1 guide(s)');
    const text = fs.readFileSync(out, 'utf8');
    expect(JSON.parse(text)).toEqual({
      about: 'Aggregated reader confirmations per step, written by npm run reports:export. No free text, nothing about anyone.',
      generated: TODAY,
      guides: {
        'view-real-name': {
          'v8/open-me': { apps: { '8.0': 1 }, different: 0, lastSame: '2026-11', rev: '3f2a9c1b', same: 1 },
          'v8/tap-services': { apps: {}, different: 2, lastDifferent: '2026-11', rev: '9a0b1c2d', same: 0 },
        },
      },
    });
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text.indexOf('"apps"')).toBeLessThan(text.indexOf('"different"'));
    expect(text).not.toContain('支付与服务');
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }, 30_000);

  it('fails plainly with a wrong token, without one, or with no service', async () => {
    const [wrong, none, away] = await Promise.all([
      cli('reports.ts', [], { ...env, REPORTS_TOKEN: 'wrong' }),
      cli('reports.ts', [], { ...env, REPORTS_TOKEN: '' }),
      cli('reports-export.ts', [], { ...env, REPORTS_URL: 'http://127.0.0.1:9' }),
    ]);
    expect([wrong.code, wrong.stderr.trim()]).toEqual([
      1,
      'reports: the service refused the token: REPORTS_TOKEN must be the token the service was started with',
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('set REPORTS_TOKEN');
    expect(away.code).toBe(1);
    expect(away.stderr).toContain('cannot reach the report service at http://127.0.0.1:9');
  }, 30_000);
});
