/**
 * Reports per client in a fixed window, in memory only: nothing about who sent what outlives the
 * window, and a restart forgets it all. The table is bounded, so a flood of addresses cannot
 * grow it without end: expired windows are swept, and past `maxKeys` the oldest is dropped.
 */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  readonly #hits = new Map<string, { start: number; count: number }>();
  readonly #maxKeys: number;
  readonly #now: () => number;
  #lastSweep = 0;

  constructor(private readonly options: RateLimitOptions) {
    this.#maxKeys = options.maxKeys ?? 100_000;
    this.#now = options.now ?? Date.now;
  }

  take(key: string): RateDecision {
    const now = this.#now();
    const { limit, windowMs } = this.options;
    if (now - this.#lastSweep > windowMs) this.#sweep(now);
    let entry = this.#hits.get(key);
    if (!entry || now - entry.start >= windowMs) {
      this.#hits.delete(key); // re-inserted last, so the Map's order stays oldest first
      if (this.#hits.size >= this.#maxKeys) this.#hits.delete(this.#hits.keys().next().value!);
      entry = { start: now, count: 0 };
      this.#hits.set(key, entry);
    }
    if (entry.count >= limit) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.start + windowMs - now) / 1000)) };
    entry.count++;
    return { ok: true };
  }

  /** What `take` would say, without counting. */
  peek(key: string): RateDecision {
    const now = this.#now();
    const entry = this.#hits.get(key);
    if (!entry || now - entry.start >= this.options.windowMs || entry.count < this.options.limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.start + this.options.windowMs - now) / 1000)) };
  }

  /** How many `key` took in its current window. */
  count(key: string): number {
    const entry = this.#hits.get(key);
    return entry && this.#now() - entry.start < this.options.windowMs ? entry.count : 0;
  }

  get size(): number {
    return this.#hits.size;
  }

  #sweep(now: number): void {
    this.#lastSweep = now;
    for (const [key, e] of this.#hits) if (now - e.start >= this.options.windowMs) this.#hits.delete(key);
  }
}

/** `REPORTS_RATE_LIMIT`: "30/600" (30 per 600 seconds, the default) or "off". */
export function parseRateLimit(value: string | undefined): RateLimitOptions | null {
  if (value === 'off') return null;
  const m = /^(\d+)\/(\d+)$/.exec(value ?? '30/600');
  if (!m) throw new Error(`REPORTS_RATE_LIMIT must look like 30/600 (reports per seconds) or be "off", not "${value}"`);
  return { limit: Number(m[1]), windowMs: Number(m[2]) * 1000 };
}
