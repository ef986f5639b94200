import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationsSchema as buildConfirmationsSchema } from '@/lib/server/content/schema/confirmations';
import {
  ERROR_CODE_VALUES,
  ERROR_CODES,
  REASON_VALUES,
  ROLE_VALUES,
  TEXT_MAX,
  typedTextRefusal,
  type ErrorCode,
} from '@/lib/shared/report-contract';
import {
  deviceCheckSchema,
  errorBodySchema,
  type DeviceCheckBody,
  reportIndexSchema,
  reportSchema,
} from '@/lib/shared/report-contract.schemas';
import { SEND_FAILED } from '@/lib/shared/report-messages';
import { postJson } from '@/lib/shared/reports-api';
import { HARMLESS, HOSTILE } from '../fixtures/personal-data-corpus';
import { IndexFile } from '../../service/src/index-file';
import { buildServer } from '../../service/src/server';
import { PgliteStore } from '../../service/src/store-pglite';
import { PGLITE_TEMPLATE, tempDataDir } from '../../service/testing/pglite';

/**
 * The report loop's contract, page against service: the page's own sending code (postJson, as the
 * question under each step and 核对模式 call it) talks to the real service over HTTP, and both must
 * read the contract alike: what the page sends is stored, what the page warns about is refused
 * with the code the page expects, and every code the service answers has the page's words.
 */
const FIXTURE = path.resolve('service/test/fixtures/report-index.json');
const quiet = { info() {}, warn() {}, error() {} };
const dataDir = tempDataDir('contract');
let store: PgliteStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = new PgliteStore({ dataDir, templateDir: PGLITE_TEMPLATE }, quiet);
  app = buildServer({ store, index: new IndexFile(FIXTURE, quiet), rateLimit: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.env.NEXT_PUBLIC_REPORTS_API = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/`;
}, 120_000);
afterAll(async () => {
  delete process.env.NEXT_PUBLIC_REPORTS_API;
  await app?.close();
  await store?.close();
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

const send = postJson;

const report = (over: Record<string, unknown> = {}) =>
  ({
    guide: 'view-real-name',
    variant: 'v8',
    os: 'ios',
    step: 'tap-services',
    rev: '9a0b1c2d',
    answer: 'different',
    reason: 'other',
    source: 'reader',
    ...over,
  }) as Parameters<typeof postJson>[1];

describe('page and service read one contract', () => {
  it('every code has the page’s words, in Chinese and English, and a status', () => {
    for (const code of ERROR_CODE_VALUES) {
      expect(SEND_FAILED[code].zh, code).toMatch(/\p{Script=Han}/u);
      expect(SEND_FAILED[code].en, code).toMatch(/^[A-Z]/);
      expect(ERROR_CODES[code], code).toBeGreaterThanOrEqual(400);
    }
  });

  it('the service takes every reason and role the page offers, and text up to the page’s limit', async () => {
    for (const reason of REASON_VALUES) expect(await send('reports', report({ reason })), reason).toEqual({ ok: true });
    expect(await send('reports', report({ text: '字'.repeat(TEXT_MAX) }))).toEqual({ ok: true });
    expect(await send('reports', report({ text: '字'.repeat(TEXT_MAX + 1) }))).toEqual({ ok: false, why: 'invalid' });
    for (const role of ROLE_VALUES) {
      const body = {
        guide: 'view-real-name',
        variant: 'v8',
        os: 'android',
        appVersion: '8.0.50',
        role,
        steps: [{ step: 'open-me', rev: '3f2a9c1b', matches: true }],
      } satisfies DeviceCheckBody;
      expect(deviceCheckSchema.safeParse(body).success, role).toBe(true);
      expect(await send('device-checks', body), role).toEqual({ ok: true });
    }
    expect(reportSchema.safeParse(report()).success).toBe(true);
  }, 60_000);

  it('what the page warns about, the service refuses with the code the page expects; what it lets through is stored', async () => {
    const texts = [...HOSTILE.map(([t]) => t), ...HARMLESS, '\u3164', '\u2800\u2800', `e${'\u0301'.repeat(8)}`, '？？？'];
    const disagree: string[] = [];
    for (const text of texts) {
      const page = typedTextRefusal(text);
      const service = await send('reports', report({ text }));
      const expected = page ? { ok: false, why: page } : { ok: true };
      if (JSON.stringify(service) !== JSON.stringify(expected))
        disagree.push(`${text}: page ${page ?? 'sends'}, service ${JSON.stringify(service)}`);
    }
    expect(disagree).toEqual([]);
  }, 60_000);

  it('the service answers every error as { ok: false, code, error }, with the code’s status; the page reads the code', async () => {
    const port = (app.server.address() as AddressInfo).port;
    const raw = (p: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${p}`, init);
    const json = { 'content-type': 'application/json' };
    const cases: [Promise<Response>, ErrorCode][] = [
      [raw('/api/reports', { method: 'POST', headers: json, body: '{' }), 'invalid'],
      [raw('/api/reports', { method: 'POST', headers: json, body: JSON.stringify(report({ step: 'no-such-step' })) }), 'unknown_step'],
      [raw('/api/reports', { method: 'POST', headers: json, body: JSON.stringify(report({ text: 'tel13812345678' })) }), 'personal_data'],
      [raw('/api/reports', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }), 'unsupported_type'],
      [raw('/api/reports/summary'), 'unavailable'], // no token configured
      [raw('/api/nothing'), 'not_found'],
      [raw('/api/reports', { method: 'PUT' }), 'method_not_allowed'],
    ];
    for (const [pending, code] of cases) {
      const res = await pending;
      const body = errorBodySchema.parse(await res.json());
      expect(body.code).toBe(code);
      expect(res.status, code).toBe(code === 'unknown_step' || code === 'personal_data' ? 422 : ERROR_CODES[code]);
    }
    // Past the per-address limit: the page says “too many”, from the code.
    const limited = buildServer({ store, index: new IndexFile(FIXTURE, quiet), rateLimit: { limit: 1, windowMs: 600_000 } });
    await limited.listen({ host: '127.0.0.1', port: 0 });
    const before = process.env.NEXT_PUBLIC_REPORTS_API;
    process.env.NEXT_PUBLIC_REPORTS_API = `http://127.0.0.1:${(limited.server.address() as AddressInfo).port}/api/`;
    try {
      expect([await postJson('reports', report()), await postJson('reports', report())]).toEqual([
        { ok: true },
        { ok: false, why: 'rate_limited' },
      ]);
    } finally {
      process.env.NEXT_PUBLIC_REPORTS_API = before;
      await limited.close();
    }
  });

  it('the files between build, service and CLI have one shape each', () => {
    const index = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
    expect(reportIndexSchema.safeParse(index).success).toBe(true);
    expect(
      buildConfirmationsSchema.safeParse({
        about: 'x',
        generated: '2026-11-30',
        guides: { 'view-real-name': { 'v8/open-me': { rev: '3f2a9c1b', same: 1, different: 0, apps: { '8.0': 1 } } } },
      }).success,
    ).toBe(true);
  });
});
