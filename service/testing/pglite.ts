import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/config';

/**
 * An initialised empty PGlite cluster, kept under node_modules/.cache and copied for each test
 * or fault run: PGlite's initdb takes 10–20 s in WebAssembly, a copy a few milliseconds. Named
 * after the PGlite version, so an upgrade makes a new one.
 */
const pgliteVersion = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as { version: string }).version;

export const PGLITE_TEMPLATE = path.join(REPO_ROOT, 'node_modules', '.cache', 'tapguide', `pglite-${pgliteVersion}-empty`);

/** A new empty folder for a data dir (the store fills it from the template). */
export function tempDataDir(label = 'data'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), `tapguide-${label}-`)), 'data');
}
