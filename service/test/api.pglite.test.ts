import fs from 'node:fs';
import path from 'node:path';
import { PgliteStore } from '../src/store-pglite';
import { PGLITE_TEMPLATE, tempDataDir } from '../testing/pglite';
import { apiSuite, silent } from './api-suite';

const dirs: string[] = [];

apiSuite({
  name: 'the embedded PGlite',
  async makeStore() {
    const dataDir = tempDataDir('pglite-test');
    dirs.push(path.dirname(dataDir));
    const store = new PgliteStore({ dataDir, templateDir: PGLITE_TEMPLATE }, silent);
    await store.open();
    return store;
  },
  async outage(store) {
    // As if the embedded database had crashed: closed under the service, unopenable for 1.5 s.
    await (store as PgliteStore).simulateOutage(1500);
    return { restore: () => new Promise((r) => setTimeout(r, 1600)) };
  },
  async cleanup() {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  },
});
