import { migrate, type Tx } from './migrate';
import type { DeviceCheck, Report } from './schema';

/**
 * The one interface the server uses, over PGlite (embedded) and PostgreSQL alike. Both run the
 * same SQL (this file) and the same migrations; the backends differ only in how they connect,
 * which errors mean "the database is not there", and how they get it back.
 */
export interface Store {
  readonly kind: 'pglite' | 'postgres';
  /** Resolves with the new row's id once the row is committed. */
  insertReport(report: Report, receivedOn: string): Promise<number>;
  insertDeviceCheck(check: DeviceCheck, receivedOn: string): Promise<number>;
  reportCounts(): Promise<ReportCountRow[]>;
  reportTexts(): Promise<ReportTextRow[]>;
  deviceChecks(limit: number): Promise<DeviceCheckRow[]>;
  /** Reports per guide, week (its Monday) and answer, from `since` on (the editors' page, editors-view.ts). */
  reportWeeks(since: string): Promise<ReportWeekRow[]>;
  /** Rows held, for the fault scripts' "acknowledged == stored" checks. */
  rowCounts(): Promise<{ reports: number; deviceChecks: number }>;
  reportIds(): Promise<number[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Reports grouped by everything the editors' view splits on. */
export interface ReportCountRow {
  guide: string;
  variant: string;
  os: string;
  step: string;
  rev: string;
  answer: 'same' | 'different';
  reason: string | null;
  app_version: string | null;
  n: number;
  /** The latest received_on, YYYY-MM-DD. */
  last: string;
}

export interface ReportTextRow {
  guide: string;
  variant: string;
  step: string;
  rev: string;
  text: string;
  n: number;
  last: string;
}

export interface ReportWeekRow {
  guide: string;
  /** The Monday of the week, YYYY-MM-DD. */
  week: string;
  answer: 'same' | 'different';
  n: number;
}

export interface DeviceCheckRow {
  id: number;
  received_on: string;
  guide: string;
  variant: string;
  os: string;
  app_version: string;
  role: string;
  steps: { step: string; rev: string; matches: boolean; says?: string }[];
}

/** The database cannot be reached (or is being reopened): the request gets a 503, not a 500. */
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('the database is unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

export interface StoreLog {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

/**
 * Readiness and recovery shared by both backends: the first use connects and migrates; an error
 * that means the database went away marks the store not ready, and the next use (at most every
 * `retryMs`, so an outage is not hammered) connects and migrates again. Until then every call
 * fails fast with StoreUnavailableError.
 */
export abstract class SqlStore implements Store {
  abstract readonly kind: 'pglite' | 'postgres';
  #ready = false;
  #connecting: Promise<void> | null = null;
  #lastFailure = 0;
  #downLogged = false;

  constructor(
    protected readonly log: StoreLog,
    private readonly retryMs = 250,
  ) {}

  /** Open whatever handle the backend needs (throws when it cannot). */
  protected abstract connect(): Promise<void>;
  /** Drop a handle that failed, so the next connect starts clean. */
  protected abstract reset(): Promise<void>;
  protected abstract run<T>(sql: string, params?: unknown[]): Promise<T[]>;
  protected abstract transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Whether an error means "the database is not there" rather than a fault in the query. */
  protected abstract isOutage(error: unknown): boolean;

  /** Connects and migrates now, so a start-up problem shows in the log at once (the service starts anyway). */
  async open(): Promise<void> {
    await this.#ensureReady();
  }

  async #ensureReady(): Promise<void> {
    if (this.#ready) return;
    if (!this.#connecting) {
      if (Date.now() - this.#lastFailure < this.retryMs) throw new StoreUnavailableError();
      this.#connecting = (async () => {
        await this.connect();
        const applied = await migrate((fn) => this.transaction(fn));
        if (applied.length) this.log.info(`database migrated: ${applied.join(', ')}`);
        this.#ready = true;
        if (this.#downLogged) this.log.info(`database (${this.kind}) is back`);
        this.#downLogged = false;
      })()
        .catch(async (e: unknown) => {
          this.#lastFailure = Date.now();
          this.#noteDown(e);
          await this.reset().catch(() => {});
          throw e instanceof StoreUnavailableError ? e : new StoreUnavailableError(e);
        })
        .finally(() => (this.#connecting = null));
    }
    await this.#connecting;
  }

  #noteDown(e: unknown): void {
    if (this.#downLogged) return;
    this.#downLogged = true;
    this.log.warn(`database (${this.kind}) unavailable: ${e instanceof Error ? e.message : String(e)}; retrying on each request`);
  }

  protected async use<T>(sql: string, params?: unknown[]): Promise<T[]> {
    await this.#ensureReady();
    try {
      return await this.run<T>(sql, params);
    } catch (e) {
      if (!this.isOutage(e)) throw e;
      if (this.#ready) {
        this.#ready = false;
        this.#lastFailure = Date.now();
        this.#noteDown(e);
        await this.reset().catch(() => {});
      }
      throw new StoreUnavailableError(e);
    }
  }

  async insertReport(r: Report, receivedOn: string): Promise<number> {
    const [row] = await this.use<{ id: string | number }>(
      `INSERT INTO reports (received_on, guide, variant, os, step, rev, answer, reason, text, app_version, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [receivedOn, r.guide, r.variant, r.os, r.step, r.rev, r.answer, r.reason ?? null, r.text ?? null, r.appVersion ?? null, r.source],
    );
    return Number(row!.id);
  }

  async insertDeviceCheck(c: DeviceCheck, receivedOn: string): Promise<number> {
    const [row] = await this.use<{ id: string | number }>(
      `INSERT INTO device_checks (received_on, guide, variant, os, app_version, role, steps)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING id`,
      [receivedOn, c.guide, c.variant, c.os, c.appVersion, c.role, JSON.stringify(c.steps)],
    );
    return Number(row!.id);
  }

  // Dates leave the database as text: both drivers would otherwise turn a date into a Date at
  // local midnight, which shifts the day in any timezone west of UTC.
  reportCounts(): Promise<ReportCountRow[]> {
    return this.use(
      `SELECT guide, variant, os, step, rev, answer, reason, app_version, count(*)::int AS n, max(received_on)::text AS last
       FROM reports GROUP BY guide, variant, os, step, rev, answer, reason, app_version`,
    );
  }

  reportTexts(): Promise<ReportTextRow[]> {
    return this.use(
      `SELECT guide, variant, step, rev, text, count(*)::int AS n, max(received_on)::text AS last
       FROM reports WHERE text IS NOT NULL GROUP BY guide, variant, step, rev, text`,
    );
  }

  async deviceChecks(limit: number): Promise<DeviceCheckRow[]> {
    const rows = await this.use<DeviceCheckRow & { id: string | number }>(
      `SELECT id, received_on::text AS received_on, guide, variant, os, app_version, role, steps
       FROM device_checks ORDER BY received_on DESC, id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ ...r, id: Number(r.id) }));
  }

  reportWeeks(since: string): Promise<ReportWeekRow[]> {
    return this.use(
      `SELECT guide, date_trunc('week', received_on)::date::text AS week, answer, count(*)::int AS n
       FROM reports WHERE received_on >= $1::date GROUP BY 1, 2, 3`,
      [since],
    );
  }

  async rowCounts(): Promise<{ reports: number; deviceChecks: number }> {
    const [row] = await this.use<{ reports: number; device_checks: number }>(
      'SELECT (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM device_checks)::int AS device_checks',
    );
    return { reports: row!.reports, deviceChecks: row!.device_checks };
  }

  async reportIds(): Promise<number[]> {
    const rows = await this.use<{ id: string | number }>('SELECT id FROM reports ORDER BY id');
    return rows.map((r) => Number(r.id));
  }

  async ping(): Promise<void> {
    await this.use('SELECT 1');
  }

  abstract close(): Promise<void>;
}
