import crypto from 'node:crypto';
import { RateLimiter, type RateLimitOptions } from './rate-limit';

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

export const TOKEN_MIN_LENGTH = 32;
const TOKEN_MIN_DISTINCT = 10;

/**
 * Why a REPORTS_TOKEN is too weak to guard the editors' endpoints, or undefined: shorter than 32
 * characters, or made of too few different ones (aaaa…, 1212…). The service refuses to start with it.
 */
export function weakTokenProblem(token: string): string | undefined {
  const how = 'make one with `openssl rand -base64 32` (32 or more random characters) and set it as REPORTS_TOKEN';
  if ([...token].length < TOKEN_MIN_LENGTH)
    return `REPORTS_TOKEN is ${[...token].length} characters long: a token anyone could guess in time. It needs ${TOKEN_MIN_LENGTH} or more: ${how}`;
  if (new Set(token).size < TOKEN_MIN_DISTINCT)
    return `REPORTS_TOKEN repeats too few characters (${new Set(token).size} different ones): it is not random. ${how}`;
  return undefined;
}

export interface AuthLimitOptions {
  /** Wrong tokens allowed per address (IPv6: per /64) in the window. */
  perAddress: RateLimitOptions;
  /** Wrong tokens allowed from all addresses together in the window. */
  total: RateLimitOptions;
}

/** REPORTS_AUTH_LIMIT: "10/600,100" (10 wrong tokens per address and 100 in all, per 600 seconds; the default). */
export function parseAuthLimit(value: string | undefined): AuthLimitOptions {
  const m = /^(\d+)\/(\d+),(\d+)$/.exec(value ?? '10/600,100');
  if (!m || Number(m[1]) < 1 || Number(m[3]) < 1)
    throw new Error(`REPORTS_AUTH_LIMIT must look like 10/600,100 (wrong tokens per address / seconds, in all), not "${value}"`);
  const windowMs = Number(m[2]) * 1000;
  return { perAddress: { limit: Number(m[1]), windowMs }, total: { limit: Number(m[3]), windowMs } };
}

export type GateDecision = { ok: true } | { ok: false; status: 401 | 429 | 503; error: string; retryAfterSeconds?: number };

/**
 * The token check behind a limit on wrong guesses. An address that has used up its wrong guesses
 * gets 429 without its token being looked at (so a 429 says nothing about the guess). When all
 * addresses together have used up theirs, an address that guessed wrong in this window gets 429
 * the same way, and every new wrong guess answers 429 instead of 401; an address with no wrong
 * guess still gets the right token checked, so an editor can read while a flood runs. In memory
 * only, like the report limit; right tokens are never counted.
 */
export class TokenGate {
  readonly #perAddress: RateLimiter;
  readonly #total: RateLimiter;
  readonly #failed: RateLimiter; // which addresses guessed wrong in the window (any count)

  constructor(
    private readonly configured: string | undefined,
    options: AuthLimitOptions,
  ) {
    this.#perAddress = new RateLimiter(options.perAddress);
    this.#total = new RateLimiter(options.total);
    this.#failed = new RateLimiter({ ...options.perAddress, limit: Number.MAX_SAFE_INTEGER });
  }

  check(key: string, authorization: string | undefined): GateDecision {
    const mine = this.#perAddress.peek(key);
    if (!mine.ok) return limited(mine.retryAfterSeconds);
    const all = this.#total.peek('all');
    if (!all.ok && this.#failed.count(key) > 0) return limited(all.retryAfterSeconds);
    const result = checkToken(this.configured, authorization);
    if (result.ok || result.status === 503) return result;
    this.#perAddress.take(key);
    this.#failed.take(key);
    const total = this.#total.take('all');
    return total.ok ? result : limited(total.retryAfterSeconds);
  }
}

const limited = (retryAfterSeconds: number): GateDecision => ({
  ok: false,
  status: 429,
  error: 'too many wrong editor tokens: try again later',
  retryAfterSeconds,
});
