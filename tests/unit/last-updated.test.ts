import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastUpdated } from '@/lib/server/content/load/last-updated';

describe('last updated', () => {
  it('is the date of the last commit of a committed, unchanged file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_COMMITTER_DATE: '2024-03-05T10:00:00Z', GIT_AUTHOR_DATE: '2024-03-05T10:00:00Z' },
      });
    git('init', '-q');
    fs.writeFileSync(path.join(dir, 'g.mdx'), 'x');
    git('add', 'g.mdx');
    git(
      '-c',
      'user.email=t@example.invalid',
      '-c',
      'user.name=t',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'core.hooksPath=/dev/null',
      'commit',
      '-qm',
      'x',
    );
    expect(lastUpdated(path.join(dir, 'g.mdx'))).toBe('2024-03-05');
    // Edited since: the edit is the last update.
    fs.writeFileSync(path.join(dir, 'g.mdx'), 'y');
    fs.utimesSync(path.join(dir, 'g.mdx'), new Date('2025-01-02T00:00:00Z'), new Date('2025-01-02T00:00:00Z'));
    expect(lastUpdated(path.join(dir, 'g.mdx'))).toBe('2025-01-02');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('falls back to the file time without git', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-nogit-'));
    const file = path.join(dir, 'g.mdx');
    fs.writeFileSync(file, 'x');
    fs.utimesSync(file, new Date('2023-07-15T12:00:00Z'), new Date('2023-07-15T12:00:00Z'));
    expect(lastUpdated(file)).toBe('2023-07-15');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
