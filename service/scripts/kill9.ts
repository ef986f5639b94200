// kill -9: the service takes a burst of reports from many concurrent readers and is killed with
// SIGKILL in the middle of it (no shutdown, no flush), then restarted on the same data. Every
// report acknowledged with 201 before the kill must be in the database afterwards; reports in
// flight at the kill may or may not be (they were never acknowledged). Rounds: 1 (--short) or 5.
// Usage: tsx service/scripts/kill9.ts [--short] [--db pglite|postgres|both]
import { FIXTURE_INDEX, randomIp, randomReport } from '../testing/reports';
import { sleep, startService, type RunningService } from '../testing/service-process';
import type { Target } from '../testing/targets';
import { check, cli, type Outcome } from './harness';

const WORKERS = 16;

/** Readers posting one report after another until stopped; returns the ids acknowledged. */
function burst(url: string): { stop(): Promise<number[]> } {
  const acked: number[] = [];
  let running = true;
  const worker = async () => {
    while (running) {
      try {
        const res = await fetch(`${url}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-real-ip': randomIp() },
          body: JSON.stringify(randomReport()),
        });
        if (res.status === 201) acked.push(((await res.json()) as { id: number }).id);
        else await res.body?.cancel();
      } catch {
        await sleep(20); // the service is gone: this request was never acknowledged
      }
    }
  };
  const workers = Array.from({ length: WORKERS }, worker);
  return {
    async stop() {
      running = false;
      await Promise.all(workers);
      return acked;
    },
  };
}

export async function kill9(target: Target, short: boolean): Promise<Outcome> {
  const rounds = short ? 1 : 5;
  const acked: number[] = [];
  const problems: string[] = [];
  let service: RunningService = await startService(target, { indexPath: FIXTURE_INDEX });
  for (let round = 0; round < rounds; round++) {
    const load = burst(service.url);
    await sleep(short ? 1000 : 3000 + Math.random() * 2000);
    await service.kill9(); // mid-burst: requests are in flight on every worker
    acked.push(...(await load.stop()));
    service = await startService(target, { indexPath: FIXTURE_INDEX });
  }
  // The restarted service takes reports again.
  const after = await fetch(`${service.url}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(randomReport()),
  });
  check(problems, after.status === 201, `after the last restart a report got ${after.status}`);
  if (after.status === 201) acked.push(((await after.json()) as { id: number }).id);
  const stored = new Set((await service.rows()).ids);
  await service.stop();

  const missing = acked.filter((id) => !stored.has(id));
  check(problems, acked.length > 0, 'no report was acknowledged before the kill');
  check(
    problems,
    missing.length === 0,
    `${missing.length} acknowledged reports missing after the restart, e.g. ids ${missing.slice(0, 5).join(', ')}`,
  );
  return {
    figures: {
      rounds,
      acked: acked.length,
      stored: stored.size,
      'acked but missing': missing.length,
      'stored, never acked (in flight at the kill)': stored.size - (acked.length - missing.length),
    },
    problems,
  };
}

await cli(import.meta.url, 'kill -9', kill9);
