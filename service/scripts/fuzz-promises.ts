// The fuzz's checks of what the service promises (issue 25), against the running service:
// personal data in every shape and unreadable text refused, harmless text stored, a token-guessing
// flood answered 429 while the right token still reads, a weak token refused at start, and the
// editors' summary capped with its texts paged. Used by fuzz.ts.
import { HARMLESS, HOSTILE } from '../../tests/fixtures/personal-data-corpus';
import { SUMMARY_TEXTS_PER_STEP } from '../../lib/shared/report-contract';
import { FIXTURE_INDEX, randomIp } from '../testing/reports';
import { SCRIPT_TOKEN, startService, type RunningService } from '../testing/service-process';
import type { Target } from '../testing/targets';

const STEP = { guide: 'view-real-name', variant: 'v8', os: 'ios', step: 'tap-services', rev: '9a0b1c2d' };
const reportWith = (text: string) => ({ ...STEP, answer: 'different', reason: 'other', text, source: 'reader' });
const checkWith = (over: Record<string, unknown>) => ({
  guide: 'view-real-name',
  variant: 'v8',
  os: 'android',
  appVersion: '8.0.50',
  role: '编辑',
  steps: [{ step: 'open-me', rev: '3f2a9c1b', matches: false, says: '服务' }],
  ...over,
});

export const UNREADABLE = [
  '\u3164',
  '\u3164\u3164\u3164',
  '找\u3164不到',
  '\u2800',
  '\u2800\u2800\u2800\u2800',
  '\u115F\u1160',
  '\uFFA0',
  `a${'\u0300\u0301\u0302\u0303\u0304'.repeat(10)}`,
  `服${'\u0489'.repeat(20)}务`,
  '？？？',
  '… … …',
  '!!!',
  '---',
];

export interface PromiseCase {
  what: string;
  path: string;
  body: string;
  /** The code it must be refused with. */
  code: string;
}

/** Every personal-data shape of the corpus in a report's text, a device check's says and its role; every unreadable shape. */
export function promiseCases(): PromiseCase[] {
  const json = JSON.stringify;
  return [
    ...HOSTILE.flatMap(([text, kind]) => [
      { what: `text ${kind}: ${text}`, path: '/api/reports', body: json(reportWith(text)), code: 'personal_data' },
      {
        what: `says ${kind}: ${text}`,
        path: '/api/device-checks',
        body: json(checkWith({ steps: [{ step: 'open-me', rev: '3f2a9c1b', matches: false, says: text }] })),
        code: 'personal_data',
      },
    ]),
    ...HOSTILE.filter(([text]) => [...text].length <= 20).map(([text, kind]) => ({
      what: `role ${kind}: ${text}`,
      path: '/api/device-checks',
      body: json(checkWith({ role: text })),
      code: 'personal_data',
    })),
    ...['张伟', 'Zhang Wei', '李明 编辑', 'editor Li'].map((role) => ({
      what: `role a name: ${role}`,
      path: '/api/device-checks',
      body: json(checkWith({ role })),
      code: 'invalid',
    })),
    ...UNREADABLE.map((text) => ({
      what: `unreadable: ${json(text)}`,
      path: '/api/reports',
      body: json(reportWith(text)),
      code: 'unreadable',
    })),
  ];
}

async function post(url: string, path: string, body: unknown): Promise<number> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-real-ip': randomIp() },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

/** The harmless corpus must be stored, every text. */
export async function harmless(service: RunningService): Promise<{ sent: number; stored: number }> {
  let stored = 0;
  for (const text of HARMLESS) if ((await post(service.url, '/api/reports', reportWith(text))) === 201) stored++;
  return { sent: HARMLESS.length, stored };
}

/**
 * A token-guessing flood from one address and from many, 16 requests at a time, with the editor
 * reading with the right token from a clean address every 50 guesses.
 */
export async function tokenFlood(service: RunningService, short: boolean) {
  const get = async (token: string, ip: string) => {
    const res = await fetch(`${service.url}/api/reports/summary`, { headers: { authorization: `Bearer ${token}`, 'x-real-ip': ip } });
    await res.arrayBuffer();
    return res.status;
  };
  const guesses = short ? 1000 : 10_000;
  const statuses = new Map<number, number>();
  let reads = 0;
  let readsOk = 0;
  const started = Date.now();
  for (let i = 0; i < guesses; i += 16) {
    const batch = Array.from({ length: Math.min(16, guesses - i) }, (_, j) => {
      const n = i + j;
      // Half from one address, half spread over many (each new address a few guesses).
      const ip = n % 2 ? '198.51.100.66' : `198.19.${Math.floor(n / 500)}.${Math.floor(n / 2) % 250}`;
      return get(`guess-${n}-${Math.random().toString(36).slice(2)}`, ip);
    });
    for (const s of await Promise.all(batch)) statuses.set(s, (statuses.get(s) ?? 0) + 1);
    if (i % 48 === 0) {
      reads++;
      if ((await get(SCRIPT_TOKEN, `203.0.113.${reads % 250}`)) === 200) readsOk++;
    }
  }
  const seconds = (Date.now() - started) / 1000;
  return {
    guesses,
    seconds,
    s401: statuses.get(401) ?? 0,
    s429: statuses.get(429) ?? 0,
    other: guesses - (statuses.get(401) ?? 0) - (statuses.get(429) ?? 0),
    reads,
    readsOk,
  };
}

/** A service started with a short token must not start, and must say how to make a good one. */
export async function weakToken(target: Target): Promise<{ refused: boolean; says: boolean }> {
  try {
    const s = await startService(target, { indexPath: FIXTURE_INDEX, env: { REPORTS_TOKEN: 'hunter2' }, timeoutMs: 60_000 });
    await s.stop();
    return { refused: false, says: false };
  } catch (e) {
    const out = String((e as Error).message);
    return { refused: /exited before it was healthy/.test(out), says: out.includes('openssl rand -base64 32') };
  }
}

/** Many distinct texts for one step: the summary lists SUMMARY_TEXTS_PER_STEP and counts the rest; the paged endpoint gives every one once. */
export async function cappedSummary(service: RunningService, short: boolean) {
  const distinct = short ? 300 : 3000;
  for (let i = 0; i < distinct; i += 16) {
    await Promise.all(
      Array.from({ length: Math.min(16, distinct - i) }, (_, j) => post(service.url, '/api/reports', reportWith(`按钮叫“服务 ${i + j}”`))),
    );
  }
  const auth = { authorization: `Bearer ${SCRIPT_TOKEN}`, 'x-real-ip': '203.0.113.250' };
  const res = await fetch(`${service.url}/api/reports/summary`, { headers: auth });
  const raw = await res.text();
  const summary = JSON.parse(raw) as {
    guides: { guide: string; variants: { variant: string; steps: { step: string; texts: unknown[]; textsMore: number }[] }[] }[];
  };
  const step = summary.guides
    .find((g) => g.guide === STEP.guide)!
    .variants.find((v) => v.variant === STEP.variant)!
    .steps.find((s) => s.step === STEP.step)!;
  const seen = new Set<string>();
  let next: string | null = null;
  let pages = 0;
  do {
    const page = (await fetch(
      `${service.url}/api/reports/texts?guide=${STEP.guide}&variant=${STEP.variant}&step=${STEP.step}&limit=200${next ? `&cursor=${next}` : ''}`,
      { headers: auth },
    ).then((r) => r.json())) as { texts: { text: string }[]; next: string | null };
    for (const t of page.texts) seen.add(t.text);
    next = page.next;
    pages++;
  } while (next && pages < 1000);
  return {
    distinct,
    listed: step.texts.length,
    more: step.textsMore,
    summaryBytes: Buffer.byteLength(raw),
    paged: seen.size,
    pages,
    ok: step.texts.length === SUMMARY_TEXTS_PER_STEP,
  };
}
