import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Tx } from './migrate';
import { describeError, permanentFault } from './db-error';
import { SqlStore, StoreUnavailableError, type StoreLog } from './store';

/**
 * The embedded default: PostgreSQL compiled to WebAssembly, in this process, persisting to a
 * folder. Each write reaches the operating system before its INSERT returns, so a killed process
 * (kill -9) loses nothing acknowledged; PGlite does not fsync, so a power cut can lose the last
 * writes: production runs PostgreSQL.
 */

export interface PgliteStoreOptions {
  dataDir: string;
  /** An initialised empty cluster to copy instead of running initdb (which takes 10–20 s in WebAssembly); made on first use. */
  templateDir?: string;
  /** The free space the folder's disk must have before the database opens, in MB (REPORTS_MIN_FREE_MB, default 64). */
  minFreeMb?: number;
}

const LOCK_FILE = 'tapguide-service.pid';

/**
 * The folder is held by another live service, is not a database, cannot be written, or its disk
 * is full: not an outage to wait out, a reason not to start. The message says what to do.
 */
export class DataDirError extends Error {}

export class PgliteStore extends SqlStore {
  readonly kind = 'pglite' as const;
  #db: PGlite | null = null;
  #downUntil = 0;
  #locked = false;

  constructor(
    private readonly options: PgliteStoreOptions,
    log: StoreLog,
  ) {
    super(log);
  }

  protected async connect(): Promise<void> {
    if (Date.now() < this.#downUntil) throw new StoreUnavailableError('simulated outage');
    if (this.#db) return;
    await prepareDataDir(this.options.dataDir, this.options.templateDir, this.log);
    checkWritable(this.options.dataDir, this.options.minFreeMb ?? 64);
    if (!this.#locked) {
      lockDataDir(this.options.dataDir);
      this.#locked = true;
    }
    this.#db = await PGlite.create(this.options.dataDir);
  }

  protected async reset(): Promise<void> {
    const db = this.#db;
    this.#db = null;
    if (db && !db.closed) await db.close();
  }

  protected async run<T>(sql: string, params?: unknown[]): Promise<T[]> {
    const db = this.#db;
    if (!db) throw new StoreUnavailableError();
    return (await db.query<T>(sql, params)).rows;
  }

  protected transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const db = this.#db;
    if (!db) throw new StoreUnavailableError();
    return db.transaction((tx) =>
      fn({
        query: async <R>(sql: string, params?: unknown[]) => (await tx.query<R>(sql, params)).rows,
        exec: async (sql: string) => void (await tx.exec(sql)),
      }),
    );
  }

  override isPermanent(e: unknown): boolean {
    return e instanceof DataDirError || super.isPermanent(e);
  }

  /** A database error carries a SQLSTATE; anything else (a closed handle, a WebAssembly abort) means the handle is gone. */
  protected isOutage(e: unknown): boolean {
    const code = (e as { code?: unknown } | null)?.code;
    return typeof code !== 'string' || /^(08|53|57|58)/.test(code);
  }

  /**
   * For the fault scripts (REPORTS_TEST_HOOKS=1 only): close the database as if it had crashed,
   * and refuse to reopen it for `ms`. The store is told nothing more: it must notice and recover.
   */
  async simulateOutage(ms: number): Promise<void> {
    this.#downUntil = Date.now() + ms;
    await this.reset();
  }

  async close(): Promise<void> {
    await this.reset();
    if (this.#locked) unlockDataDir(this.options.dataDir);
    this.#locked = false;
  }
}

/**
 * A data folder is made whole or not at all: initdb (or the template copy) runs in a sibling
 * folder that is renamed into place, so a first start killed half-way leaves nothing broken.
 */
async function prepareDataDir(dataDir: string, templateDir: string | undefined, log: StoreLog): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new DataDirError(
      `${dataDir} is not empty and holds no database: refusing to touch it (set REPORTS_DATA_DIR to an empty or new folder)`,
    );
  }
  const staging = `${dataDir.replace(/\/+$/, '')}.init-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    if (templateDir) {
      await ensureTemplate(templateDir, log);
      fs.mkdirSync(path.dirname(staging), { recursive: true });
      fs.cpSync(templateDir, staging, { recursive: true });
    } else {
      log.info(`creating the embedded database in ${dataDir} (the first start takes a while)`);
      await initCluster(staging);
    }
    fs.rmSync(dataDir, { recursive: true, force: true }); // empty, checked above
    fs.renameSync(staging, dataDir);
  } catch (e) {
    // A half-made copy would keep a full disk full: it goes, whatever went wrong.
    fs.rmSync(staging, { recursive: true, force: true });
    const fault = permanentFault(e);
    if (fault)
      throw new DataDirError(`cannot create the embedded database in ${dataDir}: ${fault.cause}. ${capital(fault.todo)}.`, { cause: e });
    throw e;
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Before PGlite opens the folder: a file can be written in it, and its disk has `minFreeMb` free
 * (PostgreSQL needs room for its write-ahead log; on a full disk every write would fail).
 */
function checkWritable(dataDir: string, minFreeMb: number): void {
  const probe = path.join(dataDir, `.write-test-${process.pid}`);
  try {
    fs.writeFileSync(probe, 'x');
    fs.rmSync(probe, { force: true });
  } catch (e) {
    fs.rmSync(probe, { force: true });
    const fault = permanentFault(e);
    throw new DataDirError(
      `cannot write in the embedded database's folder ${dataDir}: ${fault ? `${fault.cause}. ${capital(fault.todo)}` : describeError(e)}.`,
      { cause: e },
    );
  }
  const st = fs.statfsSync(dataDir);
  const freeMb = Math.floor((st.bavail * st.bsize) / 1024 / 1024);
  if (freeMb < minFreeMb) {
    throw new DataDirError(
      `only ${freeMb} MB free on the disk of ${dataDir}, and the embedded database needs at least ${minFreeMb} MB (REPORTS_MIN_FREE_MB): free space on that disk, or set REPORTS_DATA_DIR to a folder on a disk with room.`,
    );
  }
}

async function initCluster(dir: string): Promise<void> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const db = await PGlite.create(dir);
  await db.close();
}

async function ensureTemplate(templateDir: string, log: StoreLog): Promise<void> {
  if (fs.existsSync(path.join(templateDir, 'PG_VERSION'))) return;
  log.info(`creating an empty embedded database in ${templateDir}, to copy from now on (once, takes a while)`);
  const staging = `${templateDir.replace(/\/+$/, '')}.init-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    await initCluster(staging);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  try {
    fs.renameSync(staging, templateDir);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another process made it first
  }
}

/**
 * PGlite runs PostgreSQL in single-user mode, whose own lock cannot see other processes: two
 * services on one folder would corrupt it. A pid file does the job; a stale one (the process
 * is gone, e.g. after kill -9) is taken over.
 */
const heldHere = new Set<string>();

function lockDataDir(dataDir: string): void {
  const file = path.join(dataDir, LOCK_FILE);
  if (heldHere.has(path.resolve(dataDir))) throw new DataDirError(`${dataDir} is already open in this process`);
  try {
    const pid = Number(fs.readFileSync(file, 'utf8'));
    // Our own pid, but not held here: a previous life of a process that always gets the same pid (PID 1 in a container).
    if (pid && pid !== process.pid && alive(pid)) {
      throw new DataDirError(
        `${dataDir} is in use by another service (pid ${pid}): stop that one first (kill ${pid}), or set REPORTS_DATA_DIR to another folder`,
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.writeFileSync(file, String(process.pid));
  heldHere.add(path.resolve(dataDir));
}

function unlockDataDir(dataDir: string): void {
  fs.rmSync(path.join(dataDir, LOCK_FILE), { force: true });
  heldHere.delete(path.resolve(dataDir));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
