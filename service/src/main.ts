// `npm run service`: the report service on 127.0.0.1:4174 (PORT), with the embedded database in
// service/data/ unless DATABASE_URL names a PostgreSQL. Settings: service/README.md.
import { pino } from 'pino';
import { readConfig, type Config } from './config';
import { describeError, permanentFault } from './db-error';
import { IndexFile } from './index-file';
import { buildServer } from './server';
import { DataDirError, PgliteStore } from './store-pglite';
import { PostgresStore } from './store-postgres';

let config: Config;
try {
  config = readConfig();
} catch (e) {
  // A setting that would do the wrong thing (a weak REPORTS_TOKEN, a bad URL): say which, and stop.
  console.error(`report service: ${(e as Error).message}`);
  process.exit(1);
}
const log = pino({ level: config.logLevel });
const store = config.databaseUrl
  ? new PostgresStore(config.databaseUrl, log)
  : new PgliteStore({ dataDir: config.dataDir, templateDir: config.pgliteTemplate, minFreeMb: config.minFreeMb }, log);
const where = config.databaseUrl ? `PostgreSQL at ${new URL(config.databaseUrl).host}` : `the embedded database in ${config.dataDir}`;

const index = new IndexFile(config.indexPath, log);
await index.current(); // says in the log whether reports can be taken yet

try {
  await store.open();
} catch (e) {
  // A fault no wait will mend (the folder held by another service, not writable, no space; a
  // refused login) stops the service with its cause and what to do, rather than 503 forever.
  const cause = (e as Error).cause;
  const fault = cause instanceof DataDirError ? null : permanentFault(cause ?? e);
  if (cause instanceof DataDirError || fault) {
    log.fatal(cause instanceof DataDirError ? cause.message : `the database cannot be used: ${fault!.cause}. What to do: ${fault!.todo}.`);
    process.exit(1);
  }
  // Anything else may pass (a database still starting): start anyway; /api/health says 503 and
  // every request retries until the database is there.
  log.warn(`starting without the database for now: ${describeError(cause ?? e)}`);
}
if (!config.token)
  log.warn('REPORTS_TOKEN is not set: the editors’ endpoints answer 503 until it is (make one with `openssl rand -base64 32`)');

const app = buildServer({
  store,
  index,
  token: config.token,
  siteOrigin: config.siteOrigin,
  rateLimit: config.rateLimit,
  authLimit: config.authLimit,
  trustedProxies: config.trustedProxies,
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
