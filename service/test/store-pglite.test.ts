import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirError, PgliteStore } from '../src/store-pglite';
import { PGLITE_TEMPLATE, tempDataDir } from '../testing/pglite';
import { report, silent, TODAY } from './api-suite';

// The embedded database's folder: kept across restarts, held by one service at a time.
describe('PGlite data folder', () => {
  const dataDir = tempDataDir('pglite-folder');
  afterAll(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));
  const open = async () => {
    const store = new PgliteStore({ dataDir, templateDir: PGLITE_TEMPLATE }, silent);
    await store.open();
    return store;
  };

  it('keeps its rows across a restart, and one service at a time holds it', async () => {
    const first = await open();
    const id = await first.insertReport(report() as never, TODAY);
    const second = new PgliteStore({ dataDir }, silent);
    const refused = await second.open().catch((e: Error) => e);
    expect((refused as Error).cause).toBeInstanceOf(DataDirError);
    expect(((refused as Error).cause as Error).message).toMatch(/is already open in this process/);
    await first.close();

    const again = await open();
    expect(await again.reportIds()).toEqual([id]);
    await again.close();
  }, 60_000);

  it('takes over a lock left by a process that is gone (kill -9)', async () => {
    fs.writeFileSync(path.join(dataDir, 'tapguide-service.pid'), '2147483646');
    const store = await open();
    expect((await store.rowCounts()).reports).toBe(1);
    await store.close();
  }, 60_000);

  it('refuses a folder that holds something else', async () => {
    const other = tempDataDir('not-a-database');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'notes.txt'), 'mine');
    const refused = await new PgliteStore({ dataDir: other, templateDir: PGLITE_TEMPLATE }, silent).open().catch((e: Error) => e);
    expect(((refused as Error).cause as Error).message).toMatch(/is not empty and holds no database/);
    expect(fs.readdirSync(other)).toEqual(['notes.txt']);
    fs.rmSync(path.dirname(other), { recursive: true, force: true });
  });
});
