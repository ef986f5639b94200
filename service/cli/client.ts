/**
 * The editors' commands talk to the running service over HTTP, as anyone else would: the
 * service holds the database, and the token is what lets them read it.
 */
export const REPORTS_URL = (process.env.REPORTS_URL || 'http://127.0.0.1:4174').replace(/\/+$/, '');

export async function getJson<T>(path: string): Promise<T> {
  const token = process.env.REPORTS_TOKEN;
  if (!token) fail('set REPORTS_TOKEN to the editors’ token (the one the service was started with)');
  let res: Response;
  try {
    res = await fetch(`${REPORTS_URL}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    fail(
      `cannot reach the report service at ${REPORTS_URL} (${(e as Error).cause ? String((e as Error).cause) : (e as Error).message}): is it running (npm run service)? Set REPORTS_URL if it runs elsewhere.`,
    );
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: string }) | null;
  if (res.status === 401) fail('the service refused the token: REPORTS_TOKEN must be the token the service was started with');
  if (!res.ok || !body) fail(`the service answered ${res.status}: ${body?.error ?? res.statusText}`);
  return body;
}

export function fail(message: string): never {
  console.error(`reports: ${message}`);
  process.exit(1);
}
