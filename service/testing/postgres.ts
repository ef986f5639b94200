import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './ports';

/**
 * A throwaway PostgreSQL server for the tests and fault scripts: initdb in a temp folder, started
 * on a free port on 127.0.0.1, removed afterwards. PostgreSQL refuses to run as root, so as root
 * it runs as the `postgres` user (runuser) in a folder given to that user.
 */

export interface PgCluster {
  port: number;
  /** postgres://… of the cluster's `postgres` database. */
  url: string;
  /** A new empty database on the cluster, by URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (the data stays), as an outage would. */
  stop(): void;
  start(): void;
  destroy(): void;
}

export function findPgBin(): string {
  const candidates = [
    process.env.PG_BIN,
    ...(fs.existsSync('/usr/lib/postgresql')
      ? fs
          .readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
    ...(process.env.PATH ?? '').split(':'),
  ];
  const found = candidates.find((dir) => dir && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) not found: install them (Debian: apt-get install postgresql; .ci/run does) or set PG_BIN to their folder. The PostgreSQL tests do not skip without them.',
    );
  }
  return found;
}

export async function startPostgres(): Promise<PgCluster> {
  const bin = findPgBin();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    fs.chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr || r.stdout || r.error?.message}`);
  };
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'tapguide', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // A free port the OS picks, unless TAPGUIDE_PG_PORT names one (a machine that hands out port ranges).
  const port = process.env.TAPGUIDE_PG_PORT ? Number(process.env.TAPGUIDE_PG_PORT) : await freePort();
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
  start();
  const url = `postgres://tapguide@127.0.0.1:${port}/postgres`;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client(url);
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `postgres://tapguide@127.0.0.1:${port}/${name}`;
    },
    stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    start,
    destroy() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
