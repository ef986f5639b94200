// `npm run service`: the report service on 127.0.0.1:4174 (PORT), with the embedded database in
// service/data/ unless DATABASE_URL names a PostgreSQL. Settings: service/README.md.
import { pino } from 'pino';
import { readConfig } from './config';
import { IndexFile } from './index-file';
import { buildServer } from './server';
import { DataDirError, PgliteStore } from './store-pglite';
import { PostgresStore } from './store-postgres';

const config = readConfig();
const log = pino({ level: config.logLevel });
const store = config.databaseUrl
  ? new PostgresStore(config.databaseUrl, log)
  : new PgliteStore({ dataDir: config.dataDir, templateDir: config.pgliteTemplate }, log);
const where = config.databaseUrl ? `PostgreSQL at ${new URL(config.databaseUrl).host}` : `the embedded database in ${config.dataDir}`;

const index = new IndexFile(config.indexPath, log);
await index.current(); // says in the log whether reports can be taken yet

try {
  await store.open();
} catch (e) {
  const cause = (e as Error).cause;
  if (cause instanceof DataDirError) {
    log.fatal(cause.message);
    process.exit(1);
  }
  // Start anyway: /api/health says 503 and every request retries until the database is there.
}
if (!config.token) log.warn('REPORTS_TOKEN is not set: the editors’ endpoints answer 503 until it is');

const app = buildServer({
  store,
  index,
  token: config.token,
  siteOrigin: config.siteOrigin,
  rateLimit: config.rateLimit,
  testHooks: config.testHooks,
  logger: log,
});
await app.listen({ host: config.host, port: config.port });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
log.info(`report service on http://${config.host}:${port}/api/ with ${where}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: closing`);
  await app.close(); // finishes requests in flight
  await store.close(); // PGlite checkpoints and releases its folder
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
