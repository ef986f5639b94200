// Database outage: readers keep sending reports while the database goes away and comes back.
// PostgreSQL: `pg_ctl stop` under load, `pg_ctl start` a while later. PGlite (in the service's
// own process): the test hook closes the database as if it had crashed and keeps it closed for
// the same while. Meanwhile every answer must be 201 or 503 (never a 500, never a dropped
// connection), health must say 503, and afterwards the service must take reports again by itself,
// with every acknowledged report stored.
// Usage: tsx service/scripts/db-restart.ts [--short] [--db pglite|postgres|both]
import { FIXTURE_INDEX, randomIp, randomReport } from '../testing/reports';
import { sleep, startService, SCRIPT_TOKEN } from '../testing/service-process';
import type { Target } from '../testing/targets';
import { check, cli, type Outcome } from './harness';

const WORKERS = 8;

export async function dbRestart(target: Target, short: boolean): Promise<Outcome> {
  const outageMs = short ? 2000 : 10_000;
  const service = await startService(target, { indexPath: FIXTURE_INDEX });
  const statuses = new Map<string, number>();
  const acked: number[] = [];
  let phase: 'before' | 'down' | 'after' = 'before';
  let firstAckAfter = 0;
  let restoredAt = 0;
  let running = true;
  const count = (what: string) => statuses.set(what, (statuses.get(what) ?? 0) + 1);

  const worker = async () => {
    while (running) {
      try {
        const res = await fetch(`${service.url}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-real-ip': randomIp() },
          body: JSON.stringify(randomReport()),
        });
        const body = (await res.json()) as { id?: number };
        count(`${phase} ${res.status}`);
        if (res.status === 201) {
          acked.push(body.id!);
          if (phase === 'after' && !firstAckAfter) firstAckAfter = Date.now();
        } else await sleep(20);
      } catch {
        count(`${phase} connection error`);
        await sleep(20);
      }
    }
  };
  const workers = Array.from({ length: WORKERS }, worker);
  const health = async () => (await fetch(`${service.url}/api/health`)).status;

  await sleep(1000);
  phase = 'down';
  if (target.kind === 'postgres') target.cluster.stop();
  else
    await fetch(`${service.url}/api/_test/outage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms: outageMs }),
    });
  const wentDown = Date.now();
  await sleep(300);
  const healthDown = await health();
  const summaryDown = (await fetch(`${service.url}/api/reports/summary`, { headers: { authorization: `Bearer ${SCRIPT_TOKEN}` } })).status;
  await sleep(Math.max(0, outageMs - (Date.now() - wentDown)));
  if (target.kind === 'postgres') target.cluster.start();
  restoredAt = Date.now();
  phase = 'after';
  while (!firstAckAfter && Date.now() - restoredAt < 20_000) await sleep(50);
  await sleep(short ? 500 : 2000);
  const healthAfter = await health();
  running = false;
  await Promise.all(workers);
  const stored = new Set((await service.rows()).ids);
  await service.stop();

  const missing = acked.filter((id) => !stored.has(id));
  const problems: string[] = [];
  const bad = [...statuses].filter(([k]) => !/ (201|503)$/.test(k));
  check(problems, bad.length === 0, `answers other than 201/503: ${bad.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  check(problems, (statuses.get('down 503') ?? 0) > 0, 'no 503 while the database was down');
  check(problems, (statuses.get('before 201') ?? 0) > 0, 'no report stored before the outage');
  check(problems, healthDown === 503, `health answered ${healthDown} while the database was down`);
  check(problems, summaryDown === 503, `the summary answered ${summaryDown} while the database was down`);
  check(problems, firstAckAfter > 0, 'no report was acknowledged within 20 s after the database came back');
  check(problems, healthAfter === 200, `health answered ${healthAfter} after the database came back`);
  check(problems, missing.length === 0, `${missing.length} acknowledged reports missing`);
  return {
    figures: {
      'outage ms': outageMs,
      answers: [...statuses].map(([k, n]) => `${k}: ${n}`).join(', '),
      'recovered after ms': firstAckAfter ? firstAckAfter - restoredAt : 'never',
      acked: acked.length,
      stored: stored.size,
    },
    problems,
  };
}

await cli(import.meta.url, 'database restart', dbRestart);
