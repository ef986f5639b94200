import type { Socket } from 'node:net';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SECURITY_HEADERS } from '../../deploy/headers';
import { ERROR_CODES, SUMMARY_TEXTS_PER_STEP, type ErrorBody, type ErrorCode } from '../../lib/shared/report-contract';
import { describeIssues, textsQuerySchema, type TextsPage } from '../../lib/shared/report-contract.schemas';
import { parseAuthLimit, TokenGate, type AuthLimitOptions } from './auth';
import { registerEditorsView } from './editors-view';
import { clientIp, isLoopback, limitKey, parseTrustedProxies, type TrustedProxies } from './client-ip';
import { describeError } from './db-error';
import { checkPage, type IndexFile, type LoadedIndex } from './index-file';
import { RateLimiter, type RateLimitOptions } from './rate-limit';
import { StoreUnavailableError, type Store, type TextCursor } from './store';
import { buildExport, buildSummary, currentRevs, textView } from './summary';
import { checkDeviceCheck, checkReport } from './validate';

export const BODY_LIMIT = 4096;
const DEVICE_CHECKS_LISTED = 500;

export interface ServerOptions {
  store: Store;
  index: IndexFile;
  /** REPORTS_TOKEN: the editors' token; without it the editors' endpoints answer 503. */
  token?: string;
  /** SITE_ORIGIN: the only origin CORS allows; without it no CORS headers are sent at all. */
  siteOrigin?: string;
  rateLimit: RateLimitOptions | null;
  /** REPORTS_AUTH_LIMIT: wrong editors' tokens allowed per address and in all (default 10 per address, 100 in all, per 10 minutes). */
  authLimit?: AuthLimitOptions;
  /** REPORTS_TRUSTED_PROXY: whose X-Real-IP / X-Forwarded-For is believed (default loopback). */
  trustedProxies?: TrustedProxies;
  /** REPORTS_TEST_HOOKS=1: GET /api/_test/rows and POST /api/_test/outage (loopback only), for the fault scripts. */
  testHooks?: boolean;
  /** The day a report is received on, YYYY-MM-DD (UTC). */
  today?: () => string;
  /** Without one, nothing is logged (tests). */
  logger?: FastifyBaseLogger;
}

const RESPONSE_HEADERS: Record<string, string> = { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' };
const WRITES = new Set(['/api/reports', '/api/device-checks']);
// Which methods each path answers, so a wrong method gets 405 with Allow rather than 404.
const ROUTES: Record<string, string> = {
  '/api/reports': 'POST, OPTIONS',
  '/api/device-checks': 'POST, OPTIONS',
  '/api/reports/summary': 'GET, HEAD',
  '/api/reports/export': 'GET, HEAD',
  '/api/reports/texts': 'GET, HEAD',
  '/api/health': 'GET, HEAD',
  '/api/editors/view': 'GET, HEAD',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly field?: string,
  ) {
    super(message);
  }
}

// Fatal: broken UTF-8 is refused rather than stored as U+FFFD; a BOM is kept, so JSON.parse refuses it too.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new HttpError(400, 'invalid', 'the body is not valid UTF-8');
  }
}

/**
 * JSON.parse makes `__proto__` an own property, so nothing is polluted, but no body of ours has
 * such keys: one that does is hostile and is refused by name.
 */
function parseJson(text: string): unknown {
  if (text.trim() === '') throw new HttpError(400, 'invalid', 'the body is empty');
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype')
      throw new HttpError(400, 'invalid', `the body contains a forbidden key "${key}"`);
    return value;
  });
}

const utcToday = () => new Date().toISOString().slice(0, 10);

/** The request errors Fastify raises itself (body reading and parsing), in plain words. */
function frameworkMessage(code: string | undefined): [ErrorCode, string] | null {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return ['too_large', `the body is larger than ${BODY_LIMIT / 1024} KB`];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return ['unsupported_type', 'the body must be sent as application/json'];
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return ['invalid', 'the body is not as long as its Content-Length says'];
    case 'FST_ERR_BAD_URL':
      return ['invalid', 'the address is not valid'];
  }
  return null;
}

export function buildServer(o: ServerOptions): FastifyInstance {
  const limiter = o.rateLimit ? new RateLimiter(o.rateLimit) : null;
  const gate = new TokenGate(o.token, o.authLimit ?? parseAuthLimit(undefined));
  const trusted = o.trustedProxies ?? parseTrustedProxies(undefined);
  const today = o.today ?? utcToday;
  const who = (req: FastifyRequest) =>
    limitKey(clientIp(req.socket.remoteAddress, req.headers['x-real-ip'], req.headers['x-forwarded-for'], trusted));

  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    requestTimeout: 15_000, // a client trickling its body in cannot hold a connection for long
    logController: new LogController({ disableRequestLogging: true }), // request logs would hold addresses; errors are logged below
    ...(o.logger ? { loggerInstance: o.logger } : { logger: false }),
    frameworkErrors: (err, _req, reply) => {
      const [code, error] = frameworkMessage(err.code) ?? ['invalid', 'bad request'];
      void fail((reply as FastifyReply).headers(RESPONSE_HEADERS), code, error);
    },
    // Malformed HTTP never reaches a route; answer it like everything else, headers included.
    clientErrorHandler: (err: NodeJS.ErrnoException, socket: Socket) => {
      if (err.code === 'ECONNRESET' || !socket.writable) return;
      const body = JSON.stringify({ ok: false, code: 'invalid', error: 'malformed HTTP request' } satisfies ErrorBody);
      const headers = Object.entries(RESPONSE_HEADERS)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('');
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}Connection: close\r\n\r\n${body}`,
      );
    },
  });

  // Only JSON is read (text/plain would let a cross-site form post without a CORS preflight).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseJson(decodeUtf8(body as Buffer)));
    } catch (e) {
      done(e instanceof HttpError ? e : new HttpError(400, 'invalid', 'the body is not valid JSON'), undefined);
    }
  });

  app.addHook('onRequest', async (req, reply) => {
    void reply.headers(RESPONSE_HEADERS);
    if (o.siteOrigin) {
      void reply.header('Vary', 'Origin');
      if (req.headers.origin === o.siteOrigin) void reply.header('Access-Control-Allow-Origin', o.siteOrigin);
    }
    if (req.method !== 'POST' || !WRITES.has(req.routeOptions.url ?? '')) return;
    if (limiter) {
      const decision = limiter.take(who(req));
      if (!decision.ok)
        throw new HttpError(429, 'rate_limited', 'too many reports from your address: try again later', {
          'Retry-After': String(decision.retryAfterSeconds),
        });
    }
    // Checked before the body is read: nothing of a wrong kind of body is taken in.
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
      throw new HttpError(415, 'unsupported_type', 'the body must be sent as application/json');
  });

  app.setErrorHandler((err: unknown, req, reply) => {
    if (err instanceof HttpError) return fail(reply.headers(err.headers), err.code, err.message, err.field, err.status);
    if (err instanceof StoreUnavailableError)
      return fail(reply.header('Retry-After', '5'), 'unavailable', 'the database is unavailable: please try again in a moment');
    const e = err as { code?: string; message?: string; statusCode?: number };
    const known = frameworkMessage(e.code);
    if (known) return fail(reply, known[0], known[1]);
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return fail(reply, 'invalid', 'bad request', undefined, e.statusCode);
    // A fault in a query or in the code: its message and code in the log, never “[object Object]”.
    req.log.error(`${req.method} ${req.routeOptions.url ?? 'unknown route'} failed: ${describeError(err)}`);
    return fail(reply, 'internal', 'internal error');
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const allow = ROUTES[path];
    if (allow) return fail(reply.header('Allow', allow), 'method_not_allowed', `${req.method} is not allowed here (allowed: ${allow})`);
    return fail(reply, 'not_found', 'not found');
  });

  const currentIndex = async (): Promise<LoadedIndex> => {
    const index = await o.index.current();
    if (!index) throw new HttpError(503, 'unavailable', 'index not loaded: the site’s report-index.json is missing');
    return index;
  };

  const editorsOnly = (req: FastifyRequest) => {
    const auth = gate.check(who(req), req.headers.authorization);
    if (auth.ok) return;
    if (auth.status === 429) throw new HttpError(429, 'rate_limited', auth.error, { 'Retry-After': String(auth.retryAfterSeconds ?? 60) });
    if (auth.status === 401) throw new HttpError(401, 'unauthorized', auth.error, { 'WWW-Authenticate': 'Bearer' });
    throw new HttpError(503, 'unavailable', auth.error);
  };

  app.post('/api/reports', async (req, reply) => {
    const checked = checkReport(req.body, await o.index.current());
    if (!checked.ok) return fail(reply, checked.code, checked.error, checked.field, checked.status);
    const id = await o.store.insertReport(checked.value, today());
    return reply.code(201).send({ ok: true, id });
  });

  app.post('/api/device-checks', async (req, reply) => {
    const checked = checkDeviceCheck(req.body, await o.index.current());
    if (!checked.ok) return fail(reply, checked.code, checked.error, checked.field, checked.status);
    const id = await o.store.insertDeviceCheck(checked.value, today());
    return reply.code(201).send({ ok: true, id });
  });

  app.get('/api/reports/summary', async (req) => {
    editorsOnly(req);
    const index = await currentIndex();
    const [rows, texts, checks] = [
      await o.store.reportCounts(),
      await o.store.reportTexts(currentRevs(index), SUMMARY_TEXTS_PER_STEP),
      await o.store.deviceChecks(DEVICE_CHECKS_LISTED),
    ];
    return buildSummary(index, rows, texts, checks, today());
  });

  // One step's texts, page by page (the summary lists the first SUMMARY_TEXTS_PER_STEP). The
  // cursor is the last text of the page before, so a text said meanwhile shifts no page.
  app.get('/api/reports/texts', async (req): Promise<TextsPage> => {
    editorsOnly(req);
    const q = textsQuerySchema.safeParse(req.query);
    if (!q.success) {
      const { error, field } = describeIssues(q.error);
      throw new HttpError(400, 'invalid', error, {}, field);
    }
    const { guide, variant, step, limit, cursor } = q.data;
    const index = await currentIndex();
    const g = Object.hasOwn(index.data.guides, guide) ? index.data.guides[guide] : undefined;
    const known =
      g &&
      Object.hasOwn(g.variants, variant) &&
      Object.hasOwn(g.steps, step) &&
      [...(index.pages.get(guide) ?? [])].some((p) => p.startsWith(`${variant}/`) && p.endsWith(`/${step}`));
    if (!known) {
      const page = checkPage(index, guide, variant, 'ios', step);
      throw new HttpError(
        404,
        'unknown_step',
        page.ok ? `step "${step}" is not in guide "${guide}" for ${variant}` : page.message,
        {},
        page.ok ? 'step' : page.field,
      );
    }
    const rev = g!.steps[step]!.rev;
    const after = cursor === undefined ? null : readCursor(cursor);
    const { rows, total } = await o.store.stepTexts({ guide, variant, step, rev, after, limit: limit + 1 });
    const texts = rows.slice(0, limit);
    const last = texts.at(-1);
    return {
      ok: true,
      guide,
      variant,
      step,
      rev,
      total,
      texts: texts.map(textView),
      next: rows.length > limit && last ? writeCursor({ current: last.current, n: last.n, text: last.text, rev: last.rev }) : null,
    };
  });

  app.get('/api/reports/export', async (req) => {
    editorsOnly(req);
    const index = await currentIndex();
    return { ok: true, confirmations: buildExport(index, await o.store.reportCounts(), today()) };
  });

  // The editors' page's weekly counts, app versions, stale and re-check lists (editors-view.ts).
  registerEditorsView(app, { store: o.store, currentIndex, editorsOnly, today });

  app.get('/api/health', async (_req, reply) => {
    try {
      await o.store.ping();
      return { ok: true, db: 'up' };
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      return reply.code(503).send({ ok: false, code: 'unavailable', db: 'down', error: 'the database is unavailable' });
    }
  });

  // CORS preflight: only the site's origin, only what the reader's form sends.
  app.options('/api/*', async (req, reply) => {
    const method = req.headers['access-control-request-method'];
    if (!o.siteOrigin || req.headers.origin !== o.siteOrigin)
      return fail(reply, 'forbidden', 'cross-origin requests are allowed only from the site itself');
    if (method !== 'POST' && method !== 'GET') return fail(reply, 'forbidden', `cross-origin ${String(method)} requests are not allowed`);
    return reply
      .code(204)
      .headers({
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      })
      .send();
  });

  if (o.testHooks) {
    // For the fault scripts: the rows held (so a check needs no second handle on PGlite's
    // folder), and, for PGlite, an outage.
    app.addHook('onRequest', async (req) => {
      if (req.url.startsWith('/api/_test/') && !isLoopback(req.socket.remoteAddress ?? ''))
        throw new HttpError(403, 'forbidden', 'test hooks answer loopback only');
    });
    app.get('/api/_test/rows', async () => ({ ok: true, ...(await o.store.rowCounts()), ids: await o.store.reportIds() }));
    const outage = (o.store as Partial<{ simulateOutage(ms: number): Promise<void> }>).simulateOutage;
    if (outage) {
      app.post('/api/_test/outage', async (req) => {
        const ms = Number((req.body as { ms?: unknown } | undefined)?.ms ?? 2000);
        await outage.call(o.store, Math.min(Math.max(ms, 0), 60_000));
        return { ok: true };
      });
    }
  }

  return app;
}

/** Every error, as the contract says: `{ ok: false, code, error[, field] }`, with the code's status unless told another. */
function fail(reply: FastifyReply, code: ErrorCode, error: string, field?: string, status: number = ERROR_CODES[code]): FastifyReply {
  const body: ErrorBody = { ok: false, code, error, ...(field ? { field } : {}) };
  return reply.code(status).send(body);
}

const cursorSchema = z.tuple([z.boolean(), z.number().int().min(0), z.string(), z.string()]);

function writeCursor(c: TextCursor): string {
  return Buffer.from(JSON.stringify([c.current, c.n, c.text, c.rev])).toString('base64url');
}

function readCursor(cursor: string): TextCursor {
  try {
    const [current, n, text, rev] = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { current, n, text, rev };
  } catch {
    throw new HttpError(
      400,
      'invalid',
      'cursor is not one this service gave: pass the `next` of the page before, as it came',
      {},
      'cursor',
    );
  }
}
