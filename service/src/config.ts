import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAuthLimit, weakTokenProblem, type AuthLimitOptions } from './auth';
import { parseTrustedProxies, type TrustedProxies } from './client-ip';
import { parseRateLimit, type RateLimitOptions } from './rate-limit';

/** Every setting the service reads, from the environment, in one place (service/README.md lists them). */

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Config {
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  pgliteTemplate?: string;
  indexPath: string;
  token?: string;
  siteOrigin?: string;
  rateLimit: RateLimitOptions | null;
  authLimit: AuthLimitOptions;
  trustedProxies: TrustedProxies;
  /** The free space the embedded database's disk must have at start, in MB. */
  minFreeMb: number;
  testHooks: boolean;
  logLevel: string;
}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const port = Number(env.PORT ?? 4174);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const siteOrigin = env.SITE_ORIGIN || undefined;
  if (siteOrigin && !/^https?:\/\/[^/]+$/.test(siteOrigin))
    throw new Error(`SITE_ORIGIN must be an origin like https://tapguide.example (no path, no trailing slash), not "${siteOrigin}"`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new Error('DATABASE_URL must start with postgres:// (unset it to use the embedded database)');
  const token = env.REPORTS_TOKEN || undefined;
  const weak = token === undefined ? undefined : weakTokenProblem(token);
  if (weak) throw new Error(weak);
  const minFreeMb = Number(env.REPORTS_MIN_FREE_MB ?? 64);
  if (!Number.isFinite(minFreeMb) || minFreeMb < 0)
    throw new Error(`REPORTS_MIN_FREE_MB must be a number of megabytes, not "${env.REPORTS_MIN_FREE_MB}"`);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    databaseUrl,
    dataDir: path.resolve(env.REPORTS_DATA_DIR || path.join(REPO_ROOT, 'service', 'data')),
    pgliteTemplate:
      env.REPORTS_PGLITE_TEMPLATE === 'auto'
        ? pgliteTemplateCache()
        : env.REPORTS_PGLITE_TEMPLATE
          ? path.resolve(env.REPORTS_PGLITE_TEMPLATE)
          : undefined,
    indexPath: path.resolve(env.REPORT_INDEX || path.join(REPO_ROOT, 'out', 'report-index.json')),
    token,
    siteOrigin,
    rateLimit: parseRateLimit(env.REPORTS_RATE_LIMIT || undefined),
    authLimit: parseAuthLimit(env.REPORTS_AUTH_LIMIT || undefined),
    trustedProxies: parseTrustedProxies(env.REPORTS_TRUSTED_PROXY || undefined),
    minFreeMb,
    testHooks: env.REPORTS_TEST_HOOKS === '1',
    logLevel: env.LOG_LEVEL || 'info',
  };
}

/**
 * REPORTS_PGLITE_TEMPLATE=auto: an initialised empty PGlite cluster kept under node_modules/.cache,
 * copied into each new data folder (initdb takes 10–20 s in WebAssembly, a copy milliseconds).
 * Named after the PGlite version, so an upgrade makes a new one. For throwaway data folders:
 * `npm run serve`, the tests and the fault scripts.
 */
export function pgliteTemplateCache(): string {
  const pkg = path.join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  const { version } = JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string };
  return path.join(REPO_ROOT, 'node_modules', '.cache', 'tapguide', `pglite-${version}-empty`);
}
