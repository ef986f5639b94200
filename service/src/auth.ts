import crypto from 'node:crypto';

/**
 * The editors' token. Both sides are hashed first so the comparison takes the same time whatever
 * the lengths, then compared with timingSafeEqual. There is no default token: without
 * REPORTS_TOKEN the editors' endpoints are closed (503), never open.
 */
export type AuthResult = { ok: true } | { ok: false; status: 401 | 503; error: string };

export function checkToken(configured: string | undefined, authorization: string | undefined): AuthResult {
  if (!configured) return { ok: false, status: 503, error: 'the editors’ token is not configured on the server (set REPORTS_TOKEN)' };
  const m = /^Bearer (.+)$/.exec(authorization ?? '');
  const given = m?.[1] ?? '';
  const same = crypto.timingSafeEqual(sha256(given), sha256(configured));
  return same && m ? { ok: true } : { ok: false, status: 401, error: 'a valid editor token is required (Authorization: Bearer <token>)' };
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest();
