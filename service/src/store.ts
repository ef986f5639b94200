import { describeError, permanentFault } from './db-error';
import { migrate, type Tx } from './migrate';
import type { DeviceCheck, Report } from '../../lib/shared/report-contract.schemas';

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
  /** Per step, its `perStep` first texts (current rev first, then the most said), each row with the step's count of distinct texts. */
  reportTexts(current: CurrentRev[], perStep: number): Promise<ReportTextRow[]>;
  /** One step's texts in the same order, `limit` after the cursor (keyset paging). */
  stepTexts(q: StepTextsQuery): Promise<{ rows: StepTextRow[]; total: number }>;
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

export interface StepTextRow {
  rev: string;
  text: string;
  n: number;
  last: string;
  /** Said about the step's current rev. */
  current: boolean;
}

export interface ReportTextRow extends StepTextRow {
  guide: string;
  variant: string;
  step: string;
  /** Distinct texts the step has in all. */
  total: number;
}

/** A step's current rev, as the index says. */
export interface CurrentRev {
  guide: string;
  step: string;
  rev: string;
}

/** Where a page of texts starts: after this text in the order current first, most said, text, rev. */
export interface TextCursor {
  current: boolean;
  n: number;
  text: string;
  rev: string;
}

export interface StepTextsQuery {
  guide: string;
  variant: string;
  step: string;
  rev: string;
  after: TextCursor | null;
  limit: number;
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
  #lastLogged = '';
  #repeats = 0;

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
  /** Whether waiting will not help (no space, no permission, a refused login): the service stops at start on such a fault. */
  isPermanent(error: unknown): boolean {
    return permanentFault(error) !== null;
  }

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
        if (this.#downLogged)
          this.log.info(
            `database (${this.kind}) is back${this.#repeats ? ` (the same error ${this.#repeats} more time(s) meanwhile)` : ''}`,
          );
        this.#downLogged = false;
        this.#lastLogged = '';
        this.#repeats = 0;
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

  /** Every database error in the log with its message and code; the same one again during an outage is counted, not repeated. */
  #noteDown(e: unknown): void {
    const text = describeError(e instanceof StoreUnavailableError && e.cause !== undefined ? e.cause : e);
    if (this.#downLogged && text === this.#lastLogged) {
      this.#repeats++;
      return;
    }
    this.#downLogged = true;
    this.#lastLogged = text;
    if (this.isPermanent(e)) this.log.error(`database (${this.kind}) cannot be used: ${text}`);
    else this.log.warn(`database (${this.kind}) unavailable: ${text}; retrying on each request`);
  }

  protected async use<T>(sql: string, params?: unknown[]): Promise<T[]> {
    await this.#ensureReady();
    try {
      return await this.run<T>(sql, params);
    } catch (e) {
      if (!this.isOutage(e)) {
        this.log.error(`database (${this.kind}) query failed: ${describeError(e)}`);
        throw e;
      }
      this.#noteDown(e);
      if (this.#ready) {
        this.#ready = false;
        this.#lastFailure = Date.now();
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

  // The database ranks and cuts the texts, so the summary never holds more than `perStep` a step,
  // however many distinct texts readers sent. Text order is by code point (COLLATE "C"), the
  // same on every server and in the cursor.
  reportTexts(current: CurrentRev[], perStep: number): Promise<ReportTextRow[]> {
    return this.use(
      `WITH cur AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS c(guide text, step text, rev text)),
       t AS (
         SELECT r.guide, r.variant, r.step, r.rev, r.text, count(*)::int AS n, max(r.received_on)::text AS last,
                coalesce(r.rev = cur.rev, false) AS current
         FROM reports r LEFT JOIN cur ON cur.guide = r.guide AND cur.step = r.step
         WHERE r.text IS NOT NULL
         GROUP BY r.guide, r.variant, r.step, r.rev, r.text, cur.rev),
       ranked AS (
         SELECT t.*,
                row_number() OVER (PARTITION BY guide, variant, step ORDER BY current DESC, n DESC, text COLLATE "C", rev) AS pos,
                count(*) OVER (PARTITION BY guide, variant, step)::int AS total
         FROM t)
       SELECT guide, variant, step, rev, text, n, last, current, total FROM ranked WHERE pos <= $2 ORDER BY guide, variant, step, pos`,
      [JSON.stringify(current), perStep],
    );
  }

  async stepTexts(q: StepTextsQuery): Promise<{ rows: StepTextRow[]; total: number }> {
    const a = q.after;
    const rows = await this.use<StepTextRow & { total: number }>(
      `WITH t AS (
         SELECT rev, text, count(*)::int AS n, max(received_on)::text AS last, rev = $4 AS current
         FROM reports WHERE guide = $1 AND variant = $2 AND step = $3 AND text IS NOT NULL
         GROUP BY rev, text)
       SELECT rev, text, n, last, current, (SELECT count(*)::int FROM t) AS total FROM t
       WHERE $5::boolean IS NULL
          OR current < $5::boolean
          OR (current = $5::boolean AND n < $6::int)
          OR (current = $5::boolean AND n = $6::int AND (text COLLATE "C" > $7::text COLLATE "C" OR (text = $7::text AND rev > $8::text)))
       ORDER BY current DESC, n DESC, text COLLATE "C", rev
       LIMIT $9`,
      [q.guide, q.variant, q.step, q.rev, a?.current ?? null, a?.n ?? null, a?.text ?? null, a?.rev ?? null, q.limit],
    );
    const total =
      rows[0]?.total ??
      (
        await this.use<{ n: number }>(
          `SELECT count(DISTINCT (rev, text))::int AS n FROM reports WHERE guide = $1 AND variant = $2 AND step = $3 AND text IS NOT NULL`,
          [q.guide, q.variant, q.step],
        )
      )[0]!.n;
    return { rows: rows.map(({ total: _, ...r }) => r), total };
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
