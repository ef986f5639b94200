// Fuzz: hundreds of malformed, oversized, wrong-typed and hostile requests (broken JSON, deep
// nesting, huge strings, unicode controls, __proto__/constructor keys, SQL-ish ids, wrong
// methods and content types, lying Content-Lengths, broken HTTP). Every one must get a 4xx with
// a JSON error (or, for broken HTTP, a 4xx or a closed connection), nothing may be stored, and
// the service must still be healthy afterwards. About 600 requests (--short) or 6,000. Then what
// the service promises (fuzz-promises.ts): personal data in every shape of the corpus and
// unreadable text refused with their codes, the harmless corpus stored, a token-guessing flood
// answered 429 while the right token reads, a weak token refused at start, the summary capped.
// Usage: tsx service/scripts/fuzz.ts [--short] [--db pglite|postgres|both]
import http from 'node:http';
import { errorBodySchema } from '../../lib/shared/report-contract.schemas';
import net from 'node:net';
import { FIXTURE_INDEX, randomIp, randomReport } from '../testing/reports';
import { startService } from '../testing/service-process';
import type { Target } from '../testing/targets';
import { cappedSummary, harmless, promiseCases, tokenFlood, weakToken } from './fuzz-promises';
import { check, cli, type Outcome } from './harness';

interface Case {
  what: string;
  method?: string;
  path?: string;
  contentType?: string | null;
  body?: string | Buffer;
  /** Sent as Content-Length instead of the body's real length. */
  contentLength?: number;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const json = (v: unknown) => JSON.stringify(v);

const FIELDS = ['guide', 'variant', 'os', 'step', 'rev', 'answer', 'reason', 'text', 'appVersion', 'source'];
// Values no field accepts: wrong types, or strings with spaces, capitals, controls or quotes,
// which none of the id, enum, hash or version patterns allow, and which the free-text fields
// refuse for their controls or length.
const JUNK: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  [],
  ['view-real-name'],
  {},
  { $gt: '' },
  "'; DROP TABLE reports; --",
  '1 OR 1=1',
  "view-real-name' OR '1'='1",
  'Robert"); DELETE FROM reports;--',
  '\u0000',
  'a\u0000b',
  '\u202Eevil',
  'line\nbreak',
  'tab\there',
  '\u2028',
  'zero\u200Bwidth',
  'x'.repeat(3000),
  '字'.repeat(61),
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '${7*7}',
  '{{7*7}}',
  'NaN',
  'constructor', // a valid id, and a key every plain object has
  'valueOf',
];

const STRICT = FIELDS.filter((f) => f !== 'text');

/**
 * A report with `field` set to junk. Much of the junk is fine as a reader's text ("1 OR 1=1" is
 * stored verbatim, as data, like any label), so junk text goes with answer "same", which takes no
 * text: every fuzz body is one the service must refuse.
 */
function withField(field: string, value: unknown): Record<string, unknown> {
  return {
    ...randomReport(),
    answer: field === 'text' ? 'same' : 'different',
    reason: field === 'text' ? undefined : 'other',
    [field]: value,
  };
}

function deep(n: number, open: string, close: string, inner = '1'): string {
  return open.repeat(n) + inner + close.repeat(n);
}

/** The fixed hostile set: every kind once. */
function fixedCases(): Case[] {
  const valid = json(randomReport());
  const cases: Case[] = [];
  for (const field of FIELDS)
    for (const v of JUNK) cases.push({ what: `${field}=${String(json(v)).slice(0, 30)}`, body: json(withField(field, v)) });
  cases.push(
    {
      what: 'lone surrogate in text',
      body: '{"guide":"view-real-name","variant":"v8","os":"ios","step":"open-me","rev":"3f2a9c1b","answer":"different","reason":"other","text":"\\ud800","source":"reader"}',
    },
    { what: '__proto__ at the top', body: `{"__proto__":{"polluted":true},${valid.slice(1)}` },
    { what: '__proto__ nested', body: `${valid.slice(0, -1)},"nested":{"__proto__":{"polluted":true}}}` },
    { what: 'constructor.prototype', body: `{"constructor":{"prototype":{"polluted":true}},${valid.slice(1)}` },
    { what: 'prototype key', body: `{"prototype":1,${valid.slice(1)}` },
    { what: 'duplicate keys, the last one bad', body: `${valid.slice(0, -1)},"guide":"x"}` },
    { what: 'unknown key', body: json({ ...randomReport(), ip: '1.2.3.4' }) },
    {
      what: 'unknown keys many',
      body: json({ ...randomReport(), ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])) }),
    },
    { what: 'deep arrays', body: deep(1500, '[', ']') },
    { what: 'deep objects', body: deep(300, '{"a":', '}') },
    { what: 'deep in a field', body: json({ ...randomReport(), text: 'x' }).replace('"text":"x"', `"text":${deep(500, '[', ']')}`) },
    { what: 'empty body', body: '' },
    { what: 'whitespace body', body: '   \n  ' },
    { what: 'null', body: 'null' },
    { what: 'a number', body: '42' },
    { what: 'a string', body: '"report"' },
    { what: 'an array of reports', body: json([randomReport(), randomReport()]) },
    { what: 'truncated', body: valid.slice(0, valid.length / 2) },
    { what: 'trailing garbage', body: `${valid}xyz` },
    { what: 'two bodies', body: `${valid}${valid}` },
    { what: 'single quotes', body: valid.replace(/"/g, "'") },
    { what: 'comments', body: `/* hi */${valid}` },
    { what: 'BOM', body: `\uFEFF${valid}` },
    { what: 'invalid UTF-8', body: Buffer.concat([Buffer.from(valid.slice(0, -2)), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('"}')]) },
    { what: 'NUL bytes', body: Buffer.from([0, 0, 0, 0]) },
    { what: 'UTF-16', body: Buffer.from(valid, 'utf16le') },
    { what: 'oversize 5 KB', body: json({ ...randomReport(), pad: 'x'.repeat(5000) }) },
    { what: 'oversize 100 KB', body: 'x'.repeat(100_000) },
    { what: 'oversize 1 MB of JSON', body: json({ a: 'x'.repeat(1_000_000) }) },
    { what: 'Content-Length smaller than the body', body: valid, contentLength: 10 },
    { what: 'personal data: phone', body: json({ ...randomReport(), answer: 'different', reason: 'other', text: '打我 13812345678' }) },
    { what: 'personal data: ID', body: json({ ...randomReport(), answer: 'different', reason: 'other', text: '110101199003071234' }) },
    { what: 'personal data: card', body: json({ ...randomReport(), answer: 'different', reason: 'other', text: '6222021234567890123' }) },
    { what: 'personal data: address', body: json({ ...randomReport(), answer: 'different', reason: 'other', text: '建国路88号' }) },
    { what: 'unknown guide', body: json({ ...randomReport(), guide: 'no-such-guide' }) },
    {
      what: 'device check: junk steps',
      path: '/api/device-checks',
      body: json({ guide: 'view-real-name', variant: 'v8', os: 'ios', appVersion: '8.0.1', role: 'x', steps: [1, 'a', null] }),
    },
    {
      what: 'device check: 101 steps',
      path: '/api/device-checks',
      body: json({
        guide: 'view-real-name',
        variant: 'v8',
        os: 'ios',
        appVersion: '8.0.1',
        role: 'x',
        steps: Array.from({ length: 101 }, (_, i) => ({ step: `s${i}`, rev: '3f2a9c1b', matches: true })),
      }),
    },
    { what: 'device check: a report', path: '/api/device-checks', body: valid },
    {
      what: 'device check: __proto__ step',
      path: '/api/device-checks',
      body: '{"guide":"view-real-name","variant":"v8","os":"ios","appVersion":"8.0.1","role":"x","steps":[{"__proto__":{"matches":true},"step":"open-me","rev":"3f2a9c1b"}]}',
    },
  );
  for (const contentType of [
    null,
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/json-patch+json',
    'application/jsonp',
    'text/json',
    '*/*',
    '',
  ]) {
    cases.push({ what: `content type ${String(contentType)}`, contentType, body: valid });
  }
  for (const method of ['GET', 'PUT', 'PATCH', 'DELETE', 'HEAD'])
    cases.push({ what: `${method} /api/reports`, method, body: method === 'GET' || method === 'HEAD' ? undefined : valid });
  cases.push({ what: 'query string', path: '/api/reports?x=1&__proto__=1', body: json(withField('os', 'windows')) });
  for (const path of [
    '/api/health',
    '/api/reports/summary',
    '/api/reports/export',
    '/api/reports/',
    '/api/../api/reports',
    '/api/reports%00',
    '/api/REPORTS',
    '/api//reports',
    '/api/reports/../reports',
    '/',
  ]) {
    cases.push({ what: `POST ${path}`, path, body: valid });
  }
  for (const url of ['/api/reports/summary', '/api/reports/export']) {
    for (const auth of ['', 'Bearer ', 'Bearer wrong', "Bearer ' OR 1=1 --", `Bearer ${'x'.repeat(4000)}`])
      cases.push({ what: `GET ${url} auth ${auth.slice(0, 20)}`, method: 'GET', path: url, body: undefined, contentType: auth });
  }
  return cases;
}

/** Random mutations of a valid report: 1–3 fields set to junk (one of them not free text), sometimes an extra key. */
function mutatedCase(): Case {
  const body: Record<string, unknown> = { ...randomReport(), answer: 'different', reason: 'other' };
  const n = Math.floor(Math.random() * 3);
  for (let i = 0; i < n; i++) body[pick(FIELDS)] = pick(JUNK);
  body[pick(STRICT)] = pick(JUNK); // at least one field no junk can pass
  if (Math.random() < 0.2) body[pick(['admin', 'id', 'received_on', 'ip', 'userAgent'])] = pick(JUNK);
  return { what: 'mutated', body: json(body) };
}

function isErrorBody(text: string): boolean {
  try {
    return errorBodySchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

const codeOf = (text: string): string | undefined => {
  try {
    return (JSON.parse(text) as { code?: string }).code;
  } catch {
    return undefined;
  }
};

function send(url: string, c: Case): Promise<{ status: number; body: string }> {
  const target = new URL(c.path ?? '/api/reports', url);
  const body = c.body === undefined ? undefined : Buffer.isBuffer(c.body) ? c.body : Buffer.from(c.body);
  const headers: Record<string, string | number> = { 'x-real-ip': randomIp() };
  // For the editors' GETs, contentType carries the Authorization header.
  if (c.method === 'GET' && c.path?.includes('/reports/')) {
    if (c.contentType) headers.authorization = c.contentType;
  } else if (c.contentType !== null) headers['content-type'] = c.contentType ?? 'application/json';
  if (body) headers['content-length'] = c.contentLength ?? body.length;
  return new Promise((resolve) => {
    let answered = false; // a server that refuses a large body early may reset the upload after answering
    const req = http.request(
      { host: target.hostname, port: target.port, path: c.path ?? '/api/reports', method: c.method ?? 'POST', headers },
      (res) => {
        answered = true;
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => {
      if (!answered) resolve({ status: -1, body: e.message });
    });
    if (body) req.write(body);
    req.end();
  });
}

/** Broken HTTP on a raw socket: the answer must be a 4xx, or the connection closed. */
function sendRaw(port: number, raw: string | Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', () => {});
    socket.setTimeout(5000, () => socket.destroy());
    socket.end(raw);
  });
}

const RAW: (string | Buffer)[] = [
  'GARBAGE\r\n\r\n',
  'POST /api/reports HTTP/1.1\r\n\r\n',
  'POST /api/reports HTTP/9.9\r\nHost: x\r\n\r\n',
  'POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
  'POST /api/reports HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n',
  'POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
  `POST /api/reports HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  'POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{"guide":',
  Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00]), // a TLS hello on the plain port
  'POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '1000\r\n' +
    'x'.repeat(4096) +
    '\r\n1000\r\n' +
    'x'.repeat(4096) +
    '\r\n0\r\n\r\n',
];

export async function fuzz(target: Target, short: boolean): Promise<Outcome> {
  // With the test hooks (the rows are read through them), which the fuzz leaves alone; the API
  // tests check that they are closed without REPORTS_TEST_HOOKS.
  const service = await startService(target, { indexPath: FIXTURE_INDEX });
  const port = Number(new URL(service.url).port);
  const cases = fixedCases();
  const total = short ? 600 : 6000;
  while (cases.length < total) cases.push(mutatedCase());

  const statuses = new Map<number, number>();
  const wrong: string[] = [];
  // Eight at a time: concurrent hostile clients, without turning the fuzz into a load test.
  for (let i = 0; i < cases.length; i += 8) {
    const batch = cases.slice(i, i + 8);
    const answers = await Promise.all(batch.map((c) => send(service.url, c)));
    answers.forEach((a, j) => {
      const c = batch[j]!;
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      const isJsonError = c.method === 'HEAD' || isErrorBody(a.body);
      // A body over the limit is refused before it is read: the service answers 413 and closes, and a
      // client still uploading may see its write fail (EPIPE, ECONNRESET) before it reads the answer.
      // That is a refusal too; whether anything was stored is checked below, row by row.
      const refusedUpload = a.status === -1 && /EPIPE|ECONNRESET/.test(a.body) && c.body !== undefined && Buffer.byteLength(c.body) > 4096;
      if (refusedUpload) return;
      if (a.status < 400 || a.status > 499 || !isJsonError) wrong.push(`${c.what}: ${a.status} ${a.body.slice(0, 80)}`);
    });
  }
  // Personal data in every shape, unreadable text: refused, each with its code.
  const promised = promiseCases();
  const promisedWrong: string[] = [];
  for (let i = 0; i < promised.length; i += 8) {
    const batch = promised.slice(i, i + 8);
    const answers = await Promise.all(batch.map((c) => send(service.url, { what: c.what, path: c.path, body: c.body })));
    answers.forEach((a, j) => {
      const c = batch[j]!;
      if (a.status < 400 || a.status > 499 || codeOf(a.body) !== c.code)
        promisedWrong.push(`${c.what}: ${a.status} ${a.body.slice(0, 100)}`);
    });
  }
  const rawStatuses: number[] = [];
  for (const raw of RAW) rawStatuses.push(await sendRaw(port, raw));
  const rawWrong = rawStatuses.map((s, i) => [s, i] as const).filter(([s]) => s !== 0 && (s < 400 || s > 499));

  const health = await fetch(`${service.url}/api/health`).then((r) => r.status);
  const polluted = ({} as Record<string, unknown>).polluted;
  const rows = await service.rows();

  const kept = await harmless(service);
  const flood = await tokenFlood(service, short);
  const capped = await cappedSummary(service, short);
  const healthAfterAll = await fetch(`${service.url}/api/health`).then((r) => r.status);
  await service.stop();
  const weak = await weakToken(target);

  const problems: string[] = [];
  check(problems, wrong.length === 0, `${wrong.length} requests not answered with a 4xx JSON error: ${wrong.slice(0, 5).join(' | ')}`);
  check(problems, rawWrong.length === 0, `broken HTTP answered ${rawWrong.map(([s, i]) => `${s} (#${i})`).join(', ')}`);
  check(problems, rows.reports === 0 && rows.deviceChecks === 0, `${rows.reports} reports and ${rows.deviceChecks} device checks stored`);
  check(problems, health === 200, `health answered ${health} afterwards`);
  check(problems, polluted === undefined, 'Object.prototype was polluted (in this process)');
  check(
    problems,
    promisedWrong.length === 0,
    `${promisedWrong.length} personal-data or unreadable bodies not refused with their code: ${promisedWrong.slice(0, 5).join(' | ')}`,
  );
  check(problems, kept.stored === kept.sent, `only ${kept.stored} of ${kept.sent} harmless texts stored`);
  check(problems, flood.s429 > flood.guesses / 2, `only ${flood.s429} of ${flood.guesses} wrong tokens answered 429`);
  check(problems, flood.s401 <= 110, `${flood.s401} wrong tokens were checked (401) past the limit of 100 in all`);
  check(problems, flood.other === 0, `${flood.other} wrong tokens answered something other than 401 or 429`);
  check(problems, flood.readsOk === flood.reads, `the right token read ${flood.readsOk} of ${flood.reads} times during the flood`);
  check(
    problems,
    weak.refused && weak.says,
    `a short REPORTS_TOKEN: ${weak.refused ? 'refused, but without saying how to make a good one' : 'the service started'}`,
  );
  const textsHeld = kept.stored + capped.distinct;
  check(
    problems,
    capped.ok && capped.listed + capped.more === textsHeld && capped.paged === textsHeld,
    `summary texts: ${capped.listed} listed + ${capped.more} more, ${capped.paged} paged, of ${textsHeld}`,
  );
  check(problems, healthAfterAll === 200, `health answered ${healthAfterAll} after the flood`);
  return {
    figures: {
      requests: cases.length,
      'raw HTTP': RAW.length,
      answers: [...statuses]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(' '),
      'raw answers': rawStatuses.map((s) => (s ? s : 'closed')).join(' '),
      'rows stored': rows.reports + rows.deviceChecks,
      'health after': health,
      'personal/unreadable refused': `${promised.length - promisedWrong.length}/${promised.length}`,
      'harmless stored': `${kept.stored}/${kept.sent}`,
      'token flood': `${flood.guesses} guesses in ${flood.seconds.toFixed(1)} s: 401×${flood.s401} 429×${flood.s429}, right token ${flood.readsOk}/${flood.reads}`,
      'weak token': weak.refused && weak.says ? 'refused' : 'NOT refused',
      'summary texts': `${capped.listed} listed + ${capped.more} more (${(capped.summaryBytes / 1024).toFixed(1)} KB), ${capped.paged} paged in ${capped.pages}`,
    },
    problems,
  };
}

await cli(import.meta.url, 'fuzz', fuzz);
