import 'server-only';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * When a content file last changed, as YYYY-MM-DD: the date of its last commit, or its
 * modification time when git has no record of it (a new file, or a copy without .git).
 */
export function lastUpdated(absFile: string): string {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', path.basename(absFile)], {
      cwd: path.dirname(absFile),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    // A file with uncommitted changes was updated now, not at its last commit.
    if (/^\d{4}-\d{2}-\d{2}$/.test(out) && !isModified(absFile)) return out;
  } catch {
    /* no git, or not a repository: fall back to the file's own time */
  }
  return fs.statSync(absFile).mtime.toISOString().slice(0, 10);
}

function isModified(absFile: string): boolean {
  const out = execFileSync('git', ['status', '--porcelain', '--', path.basename(absFile)], {
    cwd: path.dirname(absFile),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out.trim().length > 0;
}
