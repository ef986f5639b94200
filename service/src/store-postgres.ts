import pg from 'pg';
import type { Tx } from './migrate';
import { SqlStore, type StoreLog } from './store';

/**
 * PostgreSQL through a pg Pool (production). The pool reconnects by itself once the server is
 * back; this class only has to tell an outage (refused connection, server shutting down,
 * timeouts) from a fault in a query.
 */
export class PostgresStore extends SqlStore {
  readonly kind = 'postgres' as const;
  readonly #pool: pg.Pool;

  constructor(connectionString: string, log: StoreLog) {
    super(log);
    this.#pool = new pg.Pool({
      connectionString,
      max: 10,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 10_000,
      query_timeout: 10_000,
      statement_timeout: 8000,
      // An acknowledgement means the row is on disk, whatever the server's default says.
      options: '-c synchronous_commit=on',
    });
    // An idle client whose server went away emits here; without a listener the process would crash.
    this.#pool.on('error', (e) => log.warn(`idle database connection lost: ${e.message}`));
  }

  protected async connect(): Promise<void> {
    // The pool connects on demand; migrate() is the first query.
  }

  protected async reset(): Promise<void> {
    // Broken clients are discarded by the pool itself.
  }

  protected async run<T>(sql: string, params?: unknown[]): Promise<T[]> {
    return (await this.#pool.query(sql, params)).rows as T[];
  }

  protected async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn({
        query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
        exec: async (sql: string) => void (await client.query(sql)),
      });
      await client.query('COMMIT');
      return result;
    } catch (e) {
      broken = e instanceof Error ? e : new Error(String(e));
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release(broken); // a client that failed is not put back
    }
  }

  protected isOutage(e: unknown): boolean {
    const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      // Class 08 connection exception, 57P0x shutdown / cannot connect now, 57014 statement timeout, 53300 too many connections.
      if (/^(08|57P0|57014|53300)/.test(code)) return true;
      if (/^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE…
    }
    return (
      typeof message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Connection ended|not queryable/i.test(message)
    );
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
