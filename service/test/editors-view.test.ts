import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVersions, mondayOf, versionGroup, weeksUpTo, type EditorsView } from '../src/editors-view';
import { IndexFile } from '../src/index-file';
import type { Report } from '../../lib/shared/report-contract.schemas';
import { buildServer } from '../src/server';
import { PgliteStore } from '../src/store-pglite';
import { PGLITE_TEMPLATE, tempDataDir } from '../testing/pglite';
import { deviceCheck, FIXTURE_INDEX, silent, TODAY, TOKEN } from './api-suite';

/**
 * GET /api/editors/view over the embedded database, seeded with reports on chosen days (the
 * store takes the day a report arrived on), against the fixture index. TODAY is Monday 2026-11-30.
 */

const reader = (over: Partial<Report> & { on: string }): [Report, string] => {
  const { on, ...rest } = over;
  return [
    {
      guide: 'view-real-name',
      variant: 'v8',
      os: 'ios',
      step: 'open-me',
      rev: '3f2a9c1b',
      answer: 'same',
      source: 'reader',
      ...rest,
    } as Report,
    on,
  ];
};

const SEED: [Report, string][] = [
  // v8: confirmed on 8.0.49 ten days ago, so not stale; readers on 8.0.6x since, never confirming.
  reader({ appVersion: '8.0.49', on: '2026-11-20' }),
  reader({ appVersion: '8.0.40', on: '2026-11-24' }),
  reader({ appVersion: '8.0.40', answer: 'different', reason: 'other', on: '2026-11-24' }),
  ...Array.from({ length: 3 }, () =>
    reader({
      step: 'tap-services',
      rev: '9a0b1c2d',
      appVersion: '8.0.62',
      answer: 'different',
      reason: 'different-text',
      on: '2026-11-27',
    }),
  ),
  // A 一样 about the step as it was before it changed confirms nothing.
  reader({ appVersion: '8.0.65', rev: 'aaaaaaaa', on: '2026-11-30' }),
  // v7: its last confirmation is older than 90 days.
  reader({ variant: 'v7', appVersion: '7.0.22', on: '2026-07-01' }),
  // A page opened outside the app: no version to group.
  reader({ on: '2026-11-30' }),
  // QQ: only a reader's difference on 9.1.2; the device check below confirms 9.0.50.
  reader({
    guide: 'qq-wallet-real-name',
    variant: 'v9',
    step: 'open-wallet',
    rev: '0badc0de12',
    answer: 'different',
    reason: 'missing-button',
    appVersion: '9.1.2',
    on: '2026-11-10',
  }),
];

let store: PgliteStore;
let app: FastifyInstance;
let dir: string;

beforeAll(async () => {
  const dataDir = tempDataDir('editors-view');
  dir = path.dirname(dataDir);
  store = new PgliteStore({ dataDir, templateDir: PGLITE_TEMPLATE }, silent);
  await store.open();
  for (const [r, on] of SEED) await store.insertReport(r, on);
  await store.insertDeviceCheck(
    deviceCheck({
      guide: 'qq-wallet-real-name',
      variant: 'v9',
      os: 'ios',
      appVersion: '9.0.50',
      steps: [{ step: 'open-wallet', rev: '0badc0de12', matches: true }],
    }) as never,
    '2026-11-01',
  );
  app = buildServer({ store, index: new IndexFile(FIXTURE_INDEX, silent), token: TOKEN, rateLimit: null, today: () => TODAY });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

const view = async () => {
  const res = await app.inject({ method: 'GET', url: '/api/editors/view', headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  return res.json<EditorsView>();
};

describe('GET /api/editors/view', () => {
  it('is for editors only', async () => {
    const wrong = await app.inject({ method: 'GET', url: '/api/editors/view', headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/editors/view' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/editors/view' })).statusCode).toBe(405);
  });

  it('lists as stale each version with no confirmation in 90 days, never-confirmed first', async () => {
    const { stale } = await view();
    expect(stale.map((s) => [s.guide, s.variant, s.lastConfirmed])).toEqual([['view-real-name', 'v7', '2026-07-01']]);
  });

  it('lists app versions newer than any that confirmed the version, grouped by tens', async () => {
    const { recheck } = await view();
    expect(recheck.map((r) => [r.guide, r.variant, r.version, r.answers, r.newestConfirmed])).toEqual([
      ['view-real-name', 'v8', '8.0.6x', 4, '8.0.49'],
      ['qq-wallet-real-name', 'v9', '9.1.0x', 1, '9.0.50'],
    ]);
  });

  it('counts answers per week per guide and the app versions readers are on', async () => {
    const v = await view();
    expect(v.weeks).toHaveLength(12);
    expect(v.weeks.at(-1)).toBe('2026-11-30');
    const wechat = v.guides.find((g) => g.guide === 'view-real-name')!;
    // Weeks of 11-16 (the 20th), 11-23 (24th, 27th) and 11-30; July is outside the twelve weeks.
    expect(wechat.weekly.slice(-3)).toEqual([
      { same: 1, different: 0 },
      { same: 1, different: 4 },
      { same: 2, different: 0 },
    ]);
    expect(wechat.weekly.slice(0, -3).every((w) => w.same + w.different === 0)).toBe(true);
    expect(wechat.versions).toEqual([
      { version: '8.0.6x', answers: 4 },
      { version: '8.0.4x', answers: 3 },
      { version: '7.0.2x', answers: 1 },
      { version: 'unknown', answers: 1 },
    ]);
  });
});

describe('version arithmetic', () => {
  it('groups, orders and finds Mondays', () => {
    expect(versionGroup('8.0.62')).toBe('8.0.6x');
    expect(versionGroup('8.0.5')).toBe('8.0.0x');
    expect(versionGroup('9.1')).toBe('9.1');
    expect(versionGroup(null)).toBe('unknown');
    expect(['8.0.10', '8.0.9', '7.9.99'].sort(compareVersions)).toEqual(['7.9.99', '8.0.9', '8.0.10']);
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(weeksUpTo('2026-11-30', 2)).toEqual(['2026-11-23', '2026-11-30']);
  });
});
