import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/headers';
import { parseAuthLimit } from '../src/auth';
import { IndexFile } from '../src/index-file';
import { buildServer, type ServerOptions } from '../src/server';
import { errorBodySchema } from '../../lib/shared/report-contract.schemas';
import type { Store } from '../src/store';

/**
 * The service's behaviour over HTTP, run once per database (api.pglite.test.ts,
 * api.postgres.test.ts). Requests go through Fastify's inject (no socket) except where the
 * socket itself matters (oversize bodies, malformed HTTP).
 */

export interface Backend {
  name: string;
  /** A new, empty store. */
  makeStore(): Promise<Store>;
  /** Take the database away, then bring it back (the store is told nothing). */
  outage(store: Store): Promise<{ restore(): Promise<void> }>;
  cleanup?(): Promise<void>;
}

export const FIXTURE_INDEX = fileURLToPath(new URL('fixtures/report-index.json', import.meta.url));
export const TOKEN = 'editor-token-for-tests-0123456789-abcdefgh';
export const TODAY = '2026-11-30';
export const silent = { info() {}, warn() {}, error() {} };

export const report = (over: Record<string, unknown> = {}) => ({
  guide: 'view-real-name',
  variant: 'v8',
  os: 'ios',
  step: 'open-me',
  rev: '3f2a9c1b',
  answer: 'same',
  source: 'reader',
  ...over,
});

export const different = (over: Record<string, unknown> = {}) =>
  report({ step: 'tap-services', rev: '9a0b1c2d', answer: 'different', reason: 'different-text', ...over });

export const deviceCheck = (over: Record<string, unknown> = {}) => ({
  guide: 'view-real-name',
  variant: 'v8',
  os: 'android',
  appVersion: '8.0.50',
  role: '编辑',
  steps: [
    { step: 'open-me', rev: '3f2a9c1b', matches: true },
    { step: 'tap-services', rev: '9a0b1c2d', matches: false, says: '服务 改名为 “支付与服务”' },
  ],
  ...over,
});

function server(store: Store, over: Partial<ServerOptions> = {}, indexPath = FIXTURE_INDEX): FastifyInstance {
  return buildServer({
    store,
    index: new IndexFile(indexPath, silent),
    token: TOKEN,
    rateLimit: null,
    authLimit: parseAuthLimit('1000/600,10000'), // the token gate's own test sets a tight one
    today: () => TODAY,
    ...over,
  });
}

const post = (app: FastifyInstance, url: string, body: unknown, extra: { headers?: Record<string, string>; remoteAddress?: string } = {}) =>
  app.inject({
    method: 'POST',
    url,
    payload: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...extra.headers },
    ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
  } satisfies InjectOptions);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function expectHeaders(res: { headers: Record<string, unknown> }) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers[name.toLowerCase()], name).toBe(value);
  expect(res.headers['cache-control']).toBe('no-store');
}

export function apiSuite(backend: Backend) {
  describe(`report service on ${backend.name}`, () => {
    let store: Store;
    let app: FastifyInstance;

    beforeAll(async () => {
      store = await backend.makeStore();
      app = server(store);
    }, 120_000);

    afterAll(async () => {
      await app?.close();
      await store?.close();
      await backend.cleanup?.();
    }, 60_000);

    describe('reports', () => {
      it('answers 201 with the id once the row is stored', async () => {
        const before = await store.rowCounts();
        const res = await post(app, '/api/reports', report({ appVersion: '8.0.50' }));
        expect(res.statusCode).toBe(201);
        const body = res.json<{ ok: boolean; id: number }>();
        expect(body).toEqual({ ok: true, id: expect.any(Number) });
        expect(await store.reportIds()).toContain(body.id);
        expect((await store.rowCounts()).reports).toBe(before.reports + 1);
      });

      it('stores the fields as given: text trimmed, rev in lower case, the day only; an older rev is kept as it came', async () => {
        const res = await post(
          app,
          '/api/reports',
          different({ step: 'open-me', rev: 'ABCDEF0123', text: '  找不到“服务”  ', appVersion: '8.0.49' }),
        );
        expect(res.statusCode).toBe(201);
        const texts = await store.reportTexts([], 1000);
        expect(texts).toContainEqual({
          current: false,
          total: 1,
          guide: 'view-real-name',
          variant: 'v8',
          step: 'open-me',
          rev: 'abcdef0123',
          text: '找不到“服务”',
          n: 1,
          last: TODAY,
        });
      });

      it('stores SQL-ish or HTML-ish text as plain data', async () => {
        const text = "'); DROP TABLE reports; -- <b>x</b>";
        expect((await post(app, '/api/reports', different({ text }))).statusCode).toBe(201);
        expect((await store.reportTexts([], 1000)).map((t) => t.text)).toContain(text);
        expect((await store.rowCounts()).reports).toBeGreaterThan(0);
      });

      it.each([
        ['guide missing', { guide: undefined }, 'guide is required'],
        ['guide not an id', { guide: 'View Real' }, 'guide must be an id'],
        ['variant wrong type', { variant: 8 }, 'variant must be a string'],
        ['os unknown', { os: 'harmony' }, 'os must be one of: ios, android'],
        ['step too long', { step: 'a'.repeat(65) }, 'step must be at most 64 characters'],
        ['rev not hex', { rev: 'zzzzzzzz' }, 'rev must be 8 to 16 hexadecimal characters'],
        ['rev too short', { rev: 'abc1234' }, 'rev must be 8 to 16 hexadecimal characters'],
        ['answer unknown', { answer: 'maybe' }, 'answer must be one of: same, different'],
        ['reason with same', { reason: 'other' }, 'reason is only sent when answer is "different"'],
        ['text with same', { text: 'x' }, 'text is only sent when answer is "different"'],
        ['different without reason', { answer: 'different' }, 'reason is required when answer is "different"'],
        ['reason unknown', { answer: 'different', reason: 'ugly' }, 'reason must be one of:'],
        ['text too long', { answer: 'different', reason: 'other', text: '字'.repeat(61) }, 'text must be at most 60 characters'],
        ['text with a line break', { answer: 'different', reason: 'other', text: 'a\nb' }, 'text must not contain control characters'],
        [
          'text with a bidi override',
          { answer: 'different', reason: 'other', text: 'abc\u202Edef' },
          'text must not contain control characters',
        ],
        ['text a number', { answer: 'different', reason: 'other', text: 12 }, 'text must be a string'],
        ['appVersion not a version', { appVersion: '8.0.50-beta' }, 'appVersion must look like 8.0.50'],
        ['appVersion one part', { appVersion: '8' }, 'appVersion must look like 8.0.50'],
        ['appVersion too long', { appVersion: '1.2.3.'.padEnd(21, '4') }, 'appVersion must'],
        ['source not reader', { source: 'editor' }, 'source must be "reader"'],
        ['source missing', { source: undefined }, 'source is required'],
        ['an unknown key', { ip: '1.2.3.4' }, 'unknown field "ip"'],
      ])('400 for %s, naming the field; nothing stored', async (_case, over, message) => {
        const before = await store.rowCounts();
        const res = await post(app, '/api/reports', report(over));
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ ok: false, code: expect.any(String), error: expect.stringContaining(message) });
        expect(await store.rowCounts()).toEqual(before);
      });

      it.each([
        ['an array', '[1,2]', 400, 'the body must be a JSON object'],
        ['null', 'null', 400, 'the body must be a JSON object'],
        ['malformed JSON', '{"guide": "view-real-name",', 400, 'the body is not valid JSON'],
        ['an empty body', '', 400, 'the body is empty'],
        ['a byte-order mark', `\uFEFF${JSON.stringify(report())}`, 400, 'the body is not valid JSON'],
        ['__proto__', '{"__proto__": {"admin": true}}', 400, 'forbidden key "__proto__"'],
        ['constructor.prototype', '{"constructor": {"prototype": {"admin": true}}}', 400, 'forbidden key'],
      ])('400 for %s', async (_case, payload, status, message) => {
        const res = await app.inject({ method: 'POST', url: '/api/reports', payload, headers: { 'content-type': 'application/json' } });
        expect(res.statusCode).toBe(status);
        expect(res.json()).toMatchObject({ ok: false, code: expect.any(String), error: expect.stringContaining(message) });
        expect(({} as Record<string, unknown>).admin).toBeUndefined();
      });

      it('400 for broken UTF-8, rather than storing U+FFFD', async () => {
        const body = Buffer.from(JSON.stringify(different({ text: 'ab' })).replace('ab', 'a\u0001'));
        body[body.indexOf(1)] = 0xff;
        const res = await app.inject({
          method: 'POST',
          url: '/api/reports',
          payload: body,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ ok: false, code: expect.any(String), error: 'the body is not valid UTF-8' });
      });

      it.each([
        ['text/plain'],
        ['application/x-www-form-urlencoded'],
        ['multipart/form-data; boundary=x'],
        ['application/jsonx'],
        [undefined],
      ])('415 for content type %s', async (type) => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/reports',
          payload: JSON.stringify(report()),
          headers: type ? { 'content-type': type } : {},
        });
        expect(res.statusCode).toBe(415);
        expect(res.json()).toMatchObject({ ok: false, code: expect.any(String), error: 'the body must be sent as application/json' });
      });

      it('413 for a body over 4 KB', async () => {
        const before = await store.rowCounts();
        const res = await post(app, '/api/reports', different({ text: 'x', padding: 'y'.repeat(5000) }));
        expect(res.statusCode).toBe(413);
        expect(res.json()).toMatchObject({ ok: false, code: expect.any(String), error: 'the body is larger than 4 KB' });
        expect(await store.rowCounts()).toEqual(before);
      });

      it.each([
        ['a phone number', '我的手机 13812345678', 'a phone number'],
        ['a phone number in full-width digits', '电话１３８１２３４５６７８', 'a phone number'],
        ['a phone number split by spaces', '1 3 8 1 2 3 4 5 6 7 8', 'a phone number'],
        ['an ID number', '110101199003071234', 'an ID number'],
        ['a card number', '卡号 6222 0212 3456 7890', 'a card number'],
        ['an address', '我住在建国路88号', 'an address'],
        ['a flat', '3栋2单元501室', 'an address'],
      ])('422 for %s in the text', async (_case, text, what) => {
        const before = await store.rowCounts();
        const res = await post(app, '/api/reports', different({ text }));
        expect(res.statusCode).toBe(422);
        expect(res.json()).toMatchObject({
          ok: false,
          code: expect.any(String),
          error: `text looks like it contains ${what}: please leave out personal data`,
        });
        expect(await store.rowCounts()).toEqual(before);
      });

      it.each([
        [{ guide: 'no-such-guide' }, 'guide: guide "no-such-guide" is not on the site'],
        [{ guide: 'constructor' }, 'guide: guide "constructor" is not on the site'],
        [{ variant: 'constructor' }, 'variant: variant "constructor" is not a version of guide "view-real-name"'],
        [{ step: 'to-string' }, 'step: step "to-string" is not in guide "view-real-name" for v8 on ios'],
        [{ variant: 'v6' }, 'variant: variant "v6" is not a version of guide "view-real-name"'],
        [{ step: 'no-such-step' }, 'step: step "no-such-step" is not in guide "view-real-name" for v8 on ios'],
        // tap-wallet exists, but only v7 has it, and only on iOS
        [{ step: 'tap-wallet' }, 'step: step "tap-wallet" is not in guide "view-real-name" for v8 on ios'],
        [
          { variant: 'v7', os: 'android', step: 'tap-wallet' },
          'step: step "tap-wallet" is not in guide "view-real-name" for v7 on android',
        ],
      ])('422 for ids the site does not have: %j', async (over, error) => {
        const res = await post(app, '/api/reports', report(over));
        expect(res.statusCode).toBe(422);
        expect(res.json()).toEqual({ ok: false, code: 'unknown_step', field: expect.any(String), error });
      });
    });

    describe('the database’s own constraints (whatever writes to it)', () => {
      const bad: [string, Record<string, unknown>][] = [
        ['a guide that is not an id', { guide: 'Bad Guide' }],
        ['an unknown os', { os: 'harmony' }],
        ['a rev in capitals', { rev: 'ABCDEF12' }],
        ['text with answer same', { text: 'x' }],
        ['different without a reason', { answer: 'different' }],
        ['untrimmed text', { answer: 'different', reason: 'other', text: ' x ' }],
        ['61 characters of text', { answer: 'different', reason: 'other', text: '字'.repeat(61) }],
        ['a version that is not one', { appVersion: '8.x' }],
        ['another source', { source: 'editor' }],
      ];
      it.each(bad)('refuse a report with %s', async (_case, over) => {
        const before = await store.rowCounts();
        await expect(store.insertReport(report(over) as never, TODAY)).rejects.toMatchObject({ code: '23514' });
        expect(await store.rowCounts()).toEqual(before);
      });

      it.each([
        ['a role over 20 characters', { role: 'x'.repeat(21) }],
        ['no steps', { steps: [] }],
        ['a version that is not one', { appVersion: '8' }],
      ])('refuse a device check with %s', async (_case, over) => {
        await expect(store.insertDeviceCheck(deviceCheck(over) as never, TODAY)).rejects.toMatchObject({ code: '23514' });
      });
    });

    describe('device checks', () => {
      it('stores one record for the walk', async () => {
        const before = await store.rowCounts();
        const res = await post(app, '/api/device-checks', deviceCheck());
        expect(res.statusCode).toBe(201);
        expect(res.json()).toEqual({ ok: true, id: expect.any(Number) });
        expect((await store.rowCounts()).deviceChecks).toBe(before.deviceChecks + 1);
        const [check] = await store.deviceChecks(1);
        expect(check).toMatchObject({ os: 'android', app_version: '8.0.50', role: '编辑', received_on: TODAY, steps: deviceCheck().steps });
      });

      it.each([
        [{ appVersion: undefined }, 400, 'appVersion is required'],
        [{ role: '   ' }, 400, 'role must be a role, never a name'],
        [{ role: 'x'.repeat(21) }, 400, 'role must be a role, never a name'],
        [{ role: '张伟' }, 400, 'role must be a role, never a name: one of 编辑, 审校, 志愿者, 开发者'],
        [{ role: 'Zhang Wei' }, 400, 'role must be a role, never a name'],
        [{ role: 'li.ming@example.com' }, 422, 'role looks like it contains an email address'],
        [{ role: '编辑 13812345678' }, 422, 'role looks like it contains a phone number'],
        [{ steps: [] }, 400, 'steps must list at least one step'],
        [{ steps: [{ step: 'open-me', rev: '3f2a9c1b', matches: 'yes' }] }, 400, 'steps[0].matches must be true or false'],
        [{ steps: [{ step: 'open-me', rev: '3f2a9c1b', matches: true, extra: 1 }] }, 400, 'unknown field "extra" in steps[0]'],
        [
          {
            steps: [
              { step: 'open-me', rev: '3f2a9c1b', matches: true },
              { step: 'open-me', rev: '3f2a9c1b', matches: true },
            ],
          },
          400,
          'steps[1].step: "open-me" is listed twice',
        ],
        [
          { steps: [{ step: 'open-me', rev: '3f2a9c1b', matches: false, says: 'x'.repeat(61) }] },
          400,
          'steps[0].says must be at most 60 characters',
        ],
        [{ token: 'x' }, 400, 'unknown field "token"'],
        [
          {
            steps: [
              { step: 'open-me', rev: '3f2a9c1b', matches: true },
              { step: 'tap-wallet', rev: '77aa00ee', matches: true },
            ],
          },
          422,
          'steps[1].step: step "tap-wallet" is not in guide',
        ],
        [
          { steps: [{ step: 'open-me', rev: '3f2a9c1b', matches: false, says: '打 13812345678' }] },
          422,
          'steps[0].says looks like it contains a phone number',
        ],
        [{ role: '住建国路88号' }, 422, 'role looks like it contains an address'],
      ])('%j → %i', async (over, status, message) => {
        const before = await store.rowCounts();
        const res = await post(app, '/api/device-checks', deviceCheck(over));
        expect(res.statusCode).toBe(status);
        expect(res.json()).toMatchObject({ ok: false, code: expect.any(String), error: expect.stringContaining(message) });
        expect(await store.rowCounts()).toEqual(before);
      });
    });

    describe('the editors’ endpoints', () => {
      it.each([['/api/reports/summary'], ['/api/reports/export']])('%s: 503 without a configured token, whatever is sent', async (url) => {
        const closed = server(store, { token: undefined });
        for (const headers of [{}, bearer(''), bearer('undefined'), bearer(TOKEN)]) {
          const res = await closed.inject({ url, headers });
          expect(res.statusCode).toBe(503);
          expect(res.json()).toMatchObject({
            ok: false,
            code: expect.any(String),
            error: expect.stringContaining('token is not configured'),
          });
        }
      });

      it.each([['/api/reports/summary'], ['/api/reports/export']])('%s: 401 without the right token, 200 with it', async (url) => {
        for (const headers of [
          {},
          bearer('wrong'),
          bearer(`${TOKEN}x`),
          { authorization: TOKEN },
          { authorization: `Basic ${TOKEN}` },
          bearer(TOKEN.slice(0, -1)),
        ]) {
          const res = await app.inject({ url, headers });
          expect(res.statusCode).toBe(401);
          expect(res.headers['www-authenticate']).toBe('Bearer');
        }
        const res = await app.inject({ url, headers: bearer(TOKEN) });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ ok: true });
      });
    });

    describe('the editors’ view and the export', () => {
      let fresh: Store;
      let view: FastifyInstance;
      beforeAll(async () => {
        fresh = await backend.makeStore();
        view = server(fresh, { today: () => TODAY });
        const at = (day: string) => ({ today: () => day });
        const send = (app2: FastifyInstance, body: unknown) => post(app2, '/api/reports', body).then((r) => expect(r.statusCode).toBe(201));
        const old = server(fresh, at('2026-07-01')); // more than 90 days before TODAY
        const october = server(fresh, at('2026-10-15'));
        await send(view, report({ appVersion: '8.0.50' }));
        await send(view, report({ appVersion: '8.0.49' }));
        await send(october, report({ os: 'android', appVersion: '8.0.40' }));
        await send(view, report({ os: 'android' }));
        await send(view, report({ rev: '00000000' })); // about an older version of the step
        await send(october, different({ text: '服务 改名为 “支付与服务”', appVersion: '8.0.50' }));
        await send(view, different({ text: '服务 改名为 “支付与服务”', reason: 'missing-button' }));
        await send(view, different({ text: '没有这个按钮', reason: 'missing-button', os: 'android' }));
        await send(old, report({ step: 'tap-services', rev: '9a0b1c2d', appVersion: '8.0.10' }));
        await send(
          view,
          report({ guide: 'qq-wallet-real-name', variant: 'v9', step: 'open-wallet', rev: '0BADC0DE12', appVersion: '9.0.1' }),
        );
        await Promise.all([view, old, october].map((a) => a.ready()));
        expect((await post(view, '/api/device-checks', deviceCheck())).statusCode).toBe(201);
      }, 120_000);
      afterAll(async () => {
        await view?.close();
        await fresh?.close();
      });

      it('summary: per guide → version → step → OS and app version, current rev apart from older ones, texts grouped, unconfirmed pages', async () => {
        const res = await view.inject({ url: '/api/reports/summary', headers: bearer(TOKEN) });
        expect(res.statusCode).toBe(200);
        const s = res.json();
        expect(s).toMatchObject({ ok: true, today: TODAY, indexGenerated: '2026-11-30', staleDays: 90, notOnSite: 0 });
        const v8 = s.guides[0].variants.find((v: { variant: string }) => v.variant === 'v8');
        expect(v8.label).toBe('8.0 及以上');
        const [openMe, services] = v8.steps;
        expect(openMe).toMatchObject({
          step: 'open-me',
          title: '点击“我”',
          rev: '3f2a9c1b',
          current: { same: 4, different: 0, lastSame: TODAY, lastDifferent: null },
          before: { same: 1, different: 0 },
          unconfirmed: [],
        });
        expect(openMe.current.byApp).toEqual([
          { os: 'android', app: '8.0', same: 1, different: 0, reasons: {} },
          { os: 'android', app: 'unknown', same: 1, different: 0, reasons: {} },
          { os: 'ios', app: '8.0', same: 2, different: 0, reasons: {} },
        ]);
        expect(services).toMatchObject({
          step: 'tap-services',
          current: {
            same: 1,
            different: 3,
            reasons: { 'different-text': 1, 'missing-button': 2 },
            lastSame: '2026-07-01',
            lastDifferent: TODAY,
          },
          texts: [
            { text: '服务 改名为 “支付与服务”', count: 2, current: true, last: TODAY },
            { text: '没有这个按钮', count: 1, current: true, last: TODAY },
          ],
        });
        // iOS: only a confirmation from July; Android: the device check found it different.
        expect(services.unconfirmed).toEqual(['ios', 'android']);
        expect(v8.deviceChecks).toEqual([
          {
            id: expect.any(Number),
            on: TODAY,
            os: 'android',
            appVersion: '8.0.50',
            role: '编辑',
            matched: 1,
            total: 2,
            differs: [{ step: 'tap-services', says: '服务 改名为 “支付与服务”' }],
            outdated: 0,
          },
        ]);
        const v7 = s.guides[0].variants.find((v: { variant: string }) => v.variant === 'v7');
        expect(v7.steps.map((st: { step: string; unconfirmed: string[] }) => [st.step, st.unconfirmed])).toEqual([
          ['open-me', ['ios']],
          ['tap-wallet', ['ios']],
        ]);
      });

      it('export: current revs only, both OSes together, confirmations by app version, months only, keys sorted', async () => {
        const res = await view.inject({ url: '/api/reports/export', headers: bearer(TOKEN) });
        expect(res.statusCode).toBe(200);
        const { confirmations } = res.json();
        expect(confirmations).toEqual({
          about: 'Aggregated reader confirmations per step, written by npm run reports:export. No free text, nothing about anyone.',
          generated: TODAY,
          guides: {
            'qq-wallet-real-name': {
              'v9/open-wallet': { rev: '0badc0de12', same: 1, different: 0, apps: { '9.0': 1 }, lastSame: '2026-11' },
            },
            'view-real-name': {
              'v8/open-me': { rev: '3f2a9c1b', same: 4, different: 0, apps: { '8.0': 3 }, lastSame: '2026-11' },
              'v8/tap-services': {
                rev: '9a0b1c2d',
                same: 1,
                different: 3,
                apps: { '8.0': 1 },
                lastSame: '2026-07',
                lastDifferent: '2026-11',
              },
            },
          },
        });
        expect(JSON.stringify(confirmations)).not.toContain('支付与服务');
        expect(Object.keys(confirmations.guides)).toEqual(['qq-wallet-real-name', 'view-real-name']);
        expect(Object.keys(confirmations.guides['view-real-name']['v8/tap-services'])).toEqual([
          'apps',
          'different',
          'lastDifferent',
          'lastSame',
          'rev',
          'same',
        ]);
      });
    });

    describe('the report index', () => {
      it('503 “index not loaded” while there is none, then takes reports once it appears, and follows its changes without a restart', async () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-index-')), 'report-index.json');
        const app2 = server(store, {}, file);
        let res = await post(app2, '/api/reports', report());
        expect(res.statusCode).toBe(503);
        expect(res.json().error).toMatch(/^index not loaded/);
        expect((await app2.inject({ url: '/api/reports/summary', headers: bearer(TOKEN) })).statusCode).toBe(503);

        fs.copyFileSync(FIXTURE_INDEX, file);
        expect((await post(app2, '/api/reports', report())).statusCode).toBe(201);
        res = await post(app2, '/api/reports', report({ step: 'new-step', rev: '12345678' }));
        expect(res.statusCode).toBe(422);

        // A redeploy adds a step (written beside, renamed over, as deploys do).
        const index = JSON.parse(fs.readFileSync(FIXTURE_INDEX, 'utf8'));
        index.guides['view-real-name'].steps['new-step'] = { title: '新的一步', rev: '12345678' };
        index.guides['view-real-name'].pages.push('v8/ios/new-step');
        fs.writeFileSync(`${file}.tmp`, JSON.stringify(index));
        fs.renameSync(`${file}.tmp`, file);
        expect((await post(app2, '/api/reports', report({ step: 'new-step', rev: '12345678' }))).statusCode).toBe(201);

        // A broken file (half-written) keeps the last good index; a removed one too.
        fs.writeFileSync(file, '{"generated": "2026-12-01", "gui');
        expect((await post(app2, '/api/reports', report({ step: 'new-step', rev: '12345678' }))).statusCode).toBe(201);
        fs.rmSync(file);
        expect((await post(app2, '/api/reports', report({ step: 'new-step', rev: '12345678' }))).statusCode).toBe(201);
        await app2.close();
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      });
    });

    describe('rate limit', () => {
      it('429 with Retry-After past the limit per address; X-Real-IP is believed only from loopback (nginx)', async () => {
        const app2 = server(store, { rateLimit: { limit: 3, windowMs: 600_000 } });
        const from = (remoteAddress: string, realIp?: string) =>
          post(app2, '/api/reports', report(), { remoteAddress, headers: realIp ? { 'x-real-ip': realIp } : {} });
        for (let i = 0; i < 3; i++) expect((await from('203.0.113.5')).statusCode).toBe(201);
        const limited = await from('203.0.113.5');
        expect(limited.statusCode).toBe(429);
        expect(limited.json()).toEqual({ ok: false, code: 'rate_limited', error: 'too many reports from your address: try again later' });
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(590);
        expectHeaders(limited);
        // Invalid bodies count too, and are refused before they are read.
        expect(
          (
            await app2.inject({
              method: 'POST',
              url: '/api/reports',
              payload: '{',
              remoteAddress: '203.0.113.5',
              headers: { 'content-type': 'application/json' },
            })
          ).statusCode,
        ).toBe(429);
        // A direct client cannot claim to be someone else.
        expect((await from('203.0.113.5', '198.51.100.1')).statusCode).toBe(429);
        // Another address has its own count; behind nginx, each reader is their X-Real-IP.
        expect((await from('203.0.113.6')).statusCode).toBe(201);
        for (let i = 0; i < 3; i++) expect((await from('127.0.0.1', '198.51.100.7')).statusCode).toBe(201);
        expect((await from('127.0.0.1', '198.51.100.7')).statusCode).toBe(429);
        expect((await from('127.0.0.1', '198.51.100.8')).statusCode).toBe(201);
        // One IPv6 /64 is one reader.
        for (let i = 0; i < 3; i++) expect((await from(`2001:db8:1:2::${i + 1}`)).statusCode).toBe(201);
        expect((await from('2001:db8:1:2:ffff::9')).statusCode).toBe(429);
        // Reading is not limited.
        expect((await app2.inject({ url: '/api/health', remoteAddress: '203.0.113.5' })).statusCode).toBe(200);
        await app2.close();
      });
    });

    describe('CORS', () => {
      const site = 'https://tapguide.example';
      it('without SITE_ORIGIN: no CORS headers at all, and preflights are refused', async () => {
        const res = await post(app, '/api/reports', report(), { headers: { origin: site } });
        expect(res.statusCode).toBe(201);
        expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
        const pre = await app.inject({
          method: 'OPTIONS',
          url: '/api/reports',
          headers: { origin: site, 'access-control-request-method': 'POST' },
        });
        expect(pre.statusCode).toBe(403);
        expect(Object.keys(pre.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
        expectHeaders(pre);
      });

      it('with SITE_ORIGIN: that origin only, preflight answered', async () => {
        const app2 = server(store, { siteOrigin: site });
        const ok = await post(app2, '/api/reports', report(), { headers: { origin: site } });
        expect(ok.headers['access-control-allow-origin']).toBe(site);
        expect(ok.headers.vary).toContain('Origin');
        const other = await post(app2, '/api/reports', report(), { headers: { origin: 'https://evil.example' } });
        expect(other.headers['access-control-allow-origin']).toBeUndefined();
        const pre = await app2.inject({
          method: 'OPTIONS',
          url: '/api/reports',
          headers: { origin: site, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
        expect(pre.statusCode).toBe(204);
        expect(pre.headers).toMatchObject({
          'access-control-allow-origin': site,
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'Content-Type',
        });
        expectHeaders(pre);
        const evil = await app2.inject({
          method: 'OPTIONS',
          url: '/api/reports',
          headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        });
        expect(evil.statusCode).toBe(403);
        expect(evil.headers['access-control-allow-origin']).toBeUndefined();
        const put = await app2.inject({
          method: 'OPTIONS',
          url: '/api/reports',
          headers: { origin: site, 'access-control-request-method': 'DELETE' },
        });
        expect(put.statusCode).toBe(403);
        // An error still carries the CORS header, so the site's page can read what went wrong.
        const bad = await post(app2, '/api/reports', report({ os: 'x' }), { headers: { origin: site } });
        expect(bad.statusCode).toBe(400);
        expect(bad.headers['access-control-allow-origin']).toBe(site);
        await app2.close();
      });
    });

    describe('test hooks', () => {
      it('exist only with REPORTS_TEST_HOOKS, and answer loopback only', async () => {
        expect((await app.inject({ url: '/api/_test/rows' })).statusCode).toBe(404);
        const hooked = server(store, { testHooks: true });
        const rows = await hooked.inject({ url: '/api/_test/rows' });
        expect(rows.statusCode).toBe(200);
        expect(rows.json()).toMatchObject({ ok: true, reports: expect.any(Number), ids: expect.any(Array) });
        expect((await hooked.inject({ url: '/api/_test/rows', remoteAddress: '203.0.113.5' })).statusCode).toBe(403);
        expect(
          (await hooked.inject({ method: 'POST', url: '/api/_test/outage', payload: { ms: 0 }, remoteAddress: '203.0.113.5' })).statusCode,
        ).toBe(403);
        await hooked.close();
      });
    });

    describe('security headers', () => {
      it('on every response, errors included', async () => {
        const closed = server(store, { token: undefined });
        const responses = [
          await post(app, '/api/reports', report()), // 201
          await app.inject({ url: '/api/health' }), // 200
          await post(app, '/api/reports', report({ os: 'x' })), // 400
          await app.inject({ url: '/api/reports/summary' }), // 401
          await app.inject({ url: '/api/nothing-here' }), // 404
          await app.inject({ url: '/nothing' }), // 404 outside /api
          await app.inject({ method: 'GET', url: '/api/reports' }), // 405
          await post(app, '/api/reports', { x: 'y'.repeat(5000) }), // 413
          await app.inject({ method: 'POST', url: '/api/reports', payload: 'x', headers: { 'content-type': 'text/plain' } }), // 415
          await post(app, '/api/reports', report({ guide: 'nope' })), // 422
          await closed.inject({ url: '/api/reports/export' }), // 503
          await app.inject({ url: '/api/%zz' }), // a bad address
        ];
        expect(responses.map((r) => r.statusCode)).toEqual([201, 200, 400, 401, 404, 404, 405, 413, 415, 422, 503, expect.any(Number)]);
        const codes = responses.filter((r) => r.statusCode >= 400).map((r) => errorBodySchema.parse(r.json()).code);
        expect(codes).toEqual([
          'invalid',
          'unauthorized',
          'not_found',
          'not_found',
          'method_not_allowed',
          'too_large',
          'unsupported_type',
          'unknown_step',
          'unavailable',
          'invalid',
        ]);
        for (const res of responses) expectHeaders(res);
      });

      it('a wrong method gets 405 and Allow', async () => {
        const res = await app.inject({ method: 'DELETE', url: '/api/reports' });
        expect(res.statusCode).toBe(405);
        expect(res.headers.allow).toBe('POST, OPTIONS');
      });
    });

    describe('over a socket', () => {
      let port = 0;
      beforeAll(async () => {
        await app.listen({ host: '127.0.0.1', port: 0 });
        port = (app.server.address() as net.AddressInfo).port;
      });

      const raw = (request: string, keepOpen = false) =>
        new Promise<string>((resolve, reject) => {
          const socket = net.connect(port, '127.0.0.1');
          let data = '';
          socket.on('data', (d) => {
            data += d.toString();
            if (keepOpen && data.includes('\r\n\r\n') && /\}$/.test(data)) socket.destroy();
          });
          socket.on('close', () => resolve(data));
          socket.on('error', reject);
          socket.setTimeout(5000, () => socket.destroy(new Error('no answer in 5 s')));
          socket.write(request);
        });

      it('refuses a body announced over 4 KB at once, without waiting for it', async () => {
        const answer = await raw(
          `POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{"guide":`,
          true,
        );
        expect(answer).toMatch(/^HTTP\/1\.1 413 /);
        expect(answer).toContain('x-frame-options: DENY');
        expect(answer).toContain('{"ok":false,"code":"too_large","error":"the body is larger than 4 KB"}');
      });

      it('answers malformed HTTP with 400 and the headers', async () => {
        const answer = await raw('GARBAGE\r\n\r\n');
        expect(answer).toMatch(/^HTTP\/1\.1 400 /);
        expect(answer).toContain('X-Frame-Options: DENY');
        expect(answer).toContain('{"ok":false,"code":"invalid","error":"malformed HTTP request"}');
      });
    });

    describe('when the database goes away', () => {
      it('answers 503 (never 500) to writes, reads and health, and recovers by itself', async () => {
        expect((await app.inject({ url: '/api/health' })).json()).toEqual({ ok: true, db: 'up' });
        const { restore } = await backend.outage(store);
        const down = [
          await post(app, '/api/reports', report()),
          await post(app, '/api/device-checks', deviceCheck()),
          await app.inject({ url: '/api/reports/summary', headers: bearer(TOKEN) }),
          await app.inject({ url: '/api/reports/export', headers: bearer(TOKEN) }),
          await app.inject({ url: '/api/health' }),
        ];
        for (const res of down) {
          expect(res.statusCode).toBe(503);
          expect(res.json()).toMatchObject({ ok: false, error: expect.stringContaining('database is unavailable') });
          expect(res.body).not.toMatch(/at .*\.ts:\d+/); // no stack
          expectHeaders(res);
        }
        await restore();
        let health = await app.inject({ url: '/api/health' });
        for (let i = 0; i < 100 && health.statusCode !== 200; i++) {
          await new Promise((r) => setTimeout(r, 100));
          health = await app.inject({ url: '/api/health' });
        }
        expect(health.json()).toEqual({ ok: true, db: 'up' });
        expect((await post(app, '/api/reports', report())).statusCode).toBe(201);
      }, 60_000);
    });

    describe('what the service promises (issue 25)', () => {
      it.each([
        ['a Hangul filler', '\u3164'],
        ['Hangul fillers around a word', '\u3164找不到\u3164'],
        ['braille blanks', '\u2800\u2800\u2800'],
        ['a letter under dozens of combining marks', `a${'\u0301\u0302\u0303'.repeat(12)}`],
        ['no visible letter', '？？？ …'],
      ])('422 unreadable for %s; nothing stored', async (_what, text) => {
        const before = await store.rowCounts();
        const res = await post(app, '/api/reports', different({ text }));
        expect(res.statusCode).toBe(422);
        expect(res.json()).toMatchObject({ ok: false, code: 'unreadable', field: 'text' });
        expect(await store.rowCounts()).toEqual(before);
      });

      it('wrong tokens: 429 past the limit per address (even for the right token there), and past the limit in all for anyone who guessed wrong; a clean address still reads', async () => {
        const gated = server(store, { authLimit: parseAuthLimit('3/600,6') });
        const get = (remoteAddress: string, token: string, realIp?: string) =>
          gated.inject({
            url: '/api/reports/summary',
            remoteAddress,
            headers: { ...bearer(token), ...(realIp ? { 'x-real-ip': realIp } : {}) },
          });
        const statuses = async (n: number, from: string) => {
          const out: number[] = [];
          for (let i = 0; i < n; i++) out.push((await get(from, `guess-${i}`)).statusCode);
          return out;
        };
        expect(await statuses(5, '203.0.113.20')).toEqual([401, 401, 401, 429, 429]);
        const limited = await get('203.0.113.20', TOKEN);
        expect(limited.statusCode).toBe(429); // its token is not even looked at
        expect(limited.json()).toMatchObject({ code: 'rate_limited' });
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(590);
        expect((await get('203.0.113.21', TOKEN)).statusCode).toBe(200);
        // Behind nginx, each address on its own.
        expect(await statuses(2, '127.0.0.1').then(() => get('127.0.0.1', 'x', '198.51.100.30'))).toMatchObject({ statusCode: 401 });
        // 3 + 2 + 1 = 6 wrong in all: the next wrong guess from anywhere is 429, and so is anything from an address that guessed wrong.
        expect((await get('203.0.113.22', 'wrong')).statusCode).toBe(429);
        expect((await get('203.0.113.22', TOKEN)).statusCode).toBe(429);
        expect((await get('127.0.0.1', TOKEN, '198.51.100.30')).statusCode).toBe(429);
        expect((await get('203.0.113.23', TOKEN)).statusCode).toBe(200);
        expect((await get('127.0.0.1', TOKEN, '198.51.100.31')).statusCode).toBe(200);
        await gated.close();
      });

      it('believes X-Real-IP and X-Forwarded-For only from the configured proxy', async () => {
        const { parseTrustedProxies } = await import('../src/client-ip');
        const behind = server(store, { rateLimit: { limit: 1, windowMs: 600_000 }, trustedProxies: parseTrustedProxies('10.0.0.5') });
        const from = (remoteAddress: string, headers: Record<string, string>) =>
          post(behind, '/api/reports', report(), { remoteAddress, headers });
        expect((await from('10.0.0.5', { 'x-real-ip': '198.51.100.40' })).statusCode).toBe(201);
        expect((await from('10.0.0.5', { 'x-real-ip': '198.51.100.40' })).statusCode).toBe(429);
        expect((await from('10.0.0.5', { 'x-forwarded-for': '198.51.100.40, 198.51.100.41' })).statusCode).toBe(201); // .41, the last hop before the proxy
        // Loopback is not trusted now: its header is ignored, and loopback itself is one address.
        expect((await from('127.0.0.1', { 'x-real-ip': '198.51.100.50' })).statusCode).toBe(201);
        expect((await from('127.0.0.1', { 'x-real-ip': '198.51.100.51' })).statusCode).toBe(429);
        await behind.close();
      });

      it('the summary lists at most 20 texts a step and counts the rest; GET /api/reports/texts pages through all of them', async () => {
        const fresh = await backend.makeStore();
        const view = server(fresh);
        try {
          for (let i = 0; i < 35; i++) {
            const times = i < 5 ? 3 : 1;
            for (let t = 0; t < times; t++)
              expect((await post(view, '/api/reports', different({ text: `按钮叫“服务 ${String(i).padStart(2, '0')}”` }))).statusCode).toBe(
                201,
              );
          }
          expect((await post(view, '/api/reports', different({ rev: '00000000', text: '旧的说法' }))).statusCode).toBe(201);
          const summary = (await view.inject({ url: '/api/reports/summary', headers: bearer(TOKEN) })).json();
          const services = summary.guides
            .find((g: { guide: string }) => g.guide === 'view-real-name')
            .variants.find((v: { variant: string }) => v.variant === 'v8')
            .steps.find((st: { step: string }) => st.step === 'tap-services');
          expect(services.texts).toHaveLength(20);
          expect(services.textsMore).toBe(16);
          expect(services.texts[0]).toEqual({ text: '按钮叫“服务 00”', count: 3, current: true, last: TODAY });

          const seen: string[] = [];
          let next: string | null = null;
          let pages = 0;
          do {
            const url: string = `/api/reports/texts?guide=view-real-name&variant=v8&step=tap-services&limit=7${next ? `&cursor=${next}` : ''}`;
            const res = await view.inject({
              url,
              headers: bearer(TOKEN),
            });
            expect(res.statusCode).toBe(200);
            const page = res.json();
            expect(page).toMatchObject({
              ok: true,
              guide: 'view-real-name',
              variant: 'v8',
              step: 'tap-services',
              rev: '9a0b1c2d',
              total: 36,
            });
            expect(page.texts.length).toBeLessThanOrEqual(7);
            seen.push(...page.texts.map((t: { text: string }) => t.text));
            next = page.next;
            pages++;
          } while (next && pages < 20);
          expect(pages).toBe(6);
          expect(new Set(seen).size).toBe(36);
          expect(seen.slice(0, 20)).toEqual(services.texts.map((t: { text: string }) => t.text)); // the same order as the summary
          expect(seen.at(-1)).toBe('旧的说法'); // an earlier rev's last

          const bad = async (query: string, status: number, code: string) => {
            const res = await view.inject({ url: `/api/reports/texts?${query}`, headers: bearer(TOKEN) });
            expect(res.statusCode, query).toBe(status);
            expect(res.json(), query).toMatchObject({ ok: false, code });
          };
          await bad('guide=view-real-name&variant=v8&step=tap-services&cursor=bm90IGEgY3Vyc29y', 400, 'invalid');
          await bad('guide=view-real-name&variant=v8&step=tap-services&limit=0', 400, 'invalid');
          await bad('guide=view-real-name&variant=v8&step=tap-services&limit=201', 400, 'invalid');
          await bad('guide=view-real-name&variant=v8', 400, 'invalid');
          await bad('guide=view-real-name&variant=v8&step=no-such-step', 404, 'unknown_step');
          await bad('guide=view-real-name&variant=v6&step=tap-services', 404, 'unknown_step');
          expect((await view.inject({ url: '/api/reports/texts?guide=view-real-name&variant=v8&step=tap-services' })).statusCode).toBe(401);
        } finally {
          await view.close();
          await fresh.close();
        }
      }, 120_000);
    });
  });
}
