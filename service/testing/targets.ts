import fs from 'node:fs';
import path from 'node:path';
import { PGLITE_TEMPLATE, tempDataDir } from './pglite';
import { startPostgres, type PgCluster } from './postgres';

/** Where a fault script's service keeps its data: a fresh PGlite folder, or a fresh database on a throwaway PostgreSQL. */
export type Target =
  | { kind: 'pglite'; name: string; dataDir: string; templateDir: string }
  | { kind: 'postgres'; name: string; url: string; cluster: PgCluster };

export type Kind = Target['kind'];

/** One PostgreSQL server per process, shared by every script run in it; a new database for each. */
let cluster: Promise<PgCluster> | undefined;
let databases = 0;

export async function makeTarget(kind: Kind, label: string): Promise<Target> {
  if (kind === 'pglite') return { kind, name: 'PGlite', dataDir: tempDataDir(label), templateDir: PGLITE_TEMPLATE };
  cluster ??= startPostgres();
  const c = await cluster;
  return { kind, name: 'PostgreSQL', url: await c.createDatabase(`${label.replace(/\W/g, '_')}_${++databases}`), cluster: c };
}

export function removeTarget(target: Target): void {
  if (target.kind === 'pglite') fs.rmSync(path.dirname(target.dataDir), { recursive: true, force: true });
}

export function stopPostgres(): void {
  void cluster?.then((c) => c.destroy());
  cluster = undefined;
}

/** `--db pglite|postgres|both` (default both). */
export function kindsFromArgs(argv: string[]): Kind[] {
  const i = argv.indexOf('--db');
  const v = i >= 0 ? argv[i + 1] : 'both';
  if (v === 'both') return ['pglite', 'postgres'];
  if (v === 'pglite' || v === 'postgres') return [v];
  throw new Error('--db must be pglite, postgres or both');
}
