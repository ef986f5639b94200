import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pgliteTemplateCache } from '../src/config';

/** The empty cluster the tests' and scripts' data folders are copied from (see pgliteTemplateCache). */
export const PGLITE_TEMPLATE = pgliteTemplateCache();

/** A new folder for a data dir, not yet created (the store fills it from the template). */
export function tempDataDir(label = 'data'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), `tapguide-${label.replace(/\W+/g, '-')}-`)), 'data');
}
