import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * service/migrations/NNN_name.sql, applied in order, once each, recorded in schema_migrations.
 * All pending files go in one transaction under an advisory lock, so two instances starting
 * together against one PostgreSQL neither race nor leave a half-applied schema.
 */

export interface Tx {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters. */
  exec(sql: string): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');
const LOCK_ID = 7_412_016; // any constant; only this service takes it

export function migrationFiles(dir = MIGRATIONS_DIR): { version: string; file: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: file.slice(0, 3), file }));
}

/** Applies what is pending; returns the files applied (none when up to date). */
export async function migrate(inTransaction: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = migrationFiles(dir);
  return inTransaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: string[] = [];
    for (const { version, file } of files) {
      if (done.has(version)) continue;
      await tx.exec(fs.readFileSync(path.join(dir, file), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (version, file) VALUES ($1, $2)', [version, file]);
      applied.push(file);
    }
    return applied;
  });
}
