import { PostgresStore } from '../src/store-postgres';
import { startPostgres, type PgCluster } from '../testing/postgres';
import { apiSuite, silent } from './api-suite';

// Started by the test itself; without PostgreSQL's binaries this fails (it does not skip).
let cluster: PgCluster | undefined;
let databases = 0;

apiSuite({
  name: 'PostgreSQL',
  async makeStore() {
    cluster ??= await startPostgres();
    const store = new PostgresStore(await cluster.createDatabase(`reports_${++databases}`), silent);
    await store.open();
    return store;
  },
  async outage() {
    cluster!.stop();
    return { restore: async () => cluster!.start() };
  },
  async cleanup() {
    cluster?.destroy();
  },
});
