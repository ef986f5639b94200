// Load: a bounded autocannon run of valid random reports against the service on loopback, as
// many readers behind nginx (each request from its own X-Real-IP, so the per-address limit is
// exercised but not hit). 1,500 requests (--short) or 20,000. Prints requests/s, p99 latency and
// non-2xx responses, then checks that the rows stored are exactly the reports acknowledged with
// 201, id for id.
// Usage: tsx service/scripts/load.ts [--short] [--db pglite|postgres|both]
import autocannon from 'autocannon';
import { FIXTURE_INDEX, randomIp, randomReport } from '../testing/reports';
import { startService } from '../testing/service-process';
import type { Target } from '../testing/targets';
import { check, cli, type Outcome } from './harness';

export async function load(target: Target, short: boolean): Promise<Outcome> {
  const service = await startService(target, { indexPath: FIXTURE_INDEX });
  const acked: number[] = [];
  // A fixed number of requests rather than a duration: autocannon drops the requests in flight
  // when a duration ends, and those could be stored without their 201 ever being read.
  const amount = short ? 1500 : 20_000;
  let result: autocannon.Result;
  let stored: number[];
  try {
    result = await autocannon({
      url: service.url,
      connections: 20,
      amount,
      timeout: 10,
      requests: [
        {
          method: 'POST',
          path: '/api/reports',
          setupRequest: (req) => ({
            ...req,
            headers: { 'content-type': 'application/json', 'x-real-ip': randomIp() },
            body: JSON.stringify(randomReport()),
          }),
          onResponse: (status, body) => {
            if (status === 201) acked.push((JSON.parse(body) as { id: number }).id);
          },
        },
      ],
    });
    stored = (await service.rows()).ids;
  } finally {
    await service.stop();
  }

  const storedSet = new Set(stored);
  const missing = acked.filter((id) => !storedSet.has(id));
  const problems: string[] = [];
  check(problems, result.non2xx === 0, `${result.non2xx} non-2xx responses`);
  check(problems, result.errors === 0, `${result.errors} connection errors (${result.timeouts} timeouts)`);
  check(problems, acked.length === amount, `${acked.length} of ${amount} requests acknowledged`);
  check(problems, stored.length === acked.length, `${stored.length} rows stored for ${acked.length} acknowledged`);
  check(problems, missing.length === 0, `${missing.length} acknowledged ids missing, e.g. ${missing.slice(0, 5).join(', ')}`);
  return {
    figures: {
      requests: amount,
      'req/s': Math.round((result.requests.total / result.duration) * 10) / 10,
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      acked: acked.length,
      rows: stored.length,
    },
    problems,
  };
}

await cli(import.meta.url, 'load', load);
