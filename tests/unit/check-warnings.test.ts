import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run check` on a copy of the real content: a review over a year old prints a warning with its
 * file:line and the check still passes; a source never reviewed fails it. (The checks themselves
 * are unit-tested on fixtures in checker.test.ts; this holds the script's exit code to the rule.)
 */
const project = path.join(__dirname, '../..');

function checkWith(edit: (sources: string) => string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-check-'));
  fs.cpSync(path.join(project, 'content'), path.join(dir, 'content'), { recursive: true });
  fs.symlinkSync(path.join(project, 'public'), path.join(dir, 'public'));
  const file = path.join(dir, 'content', 'sources.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  const run = spawnSync(
    process.execPath,
    [path.join(project, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'scripts/check-content.ts'],
    {
      cwd: project,
      env: { ...process.env, TAPGUIDE_CONTENT_DIR: path.join(dir, 'content') },
      encoding: 'utf8',
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return run;
}

describe('npm run check and source reviews', () => {
  it('prints a warning for a review over a year old and still passes', () => {
    const run = checkWith((s) => s.replace(/(- id: s5-tencent-2023\n(?:.*\n)*?  reviewed: )\S+/, '$12020-01-01'));
    expect(run.stderr).toMatch(
      /^warning: .*content\/sources\.yaml:\d+:1 {2}source "s5-tencent-2023" was last reviewed 2020-01-01, over a year ago/m,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ content ok');
  }, 60_000);

  it('fails when a source was never reviewed', () => {
    const run = checkWith((s) => s.replace(/(- id: s5-tencent-2023\n(?:.*\n)*?)  reviewed: \S+\n/, '$1'));
    expect(run.stderr).toMatch(/content\/sources\.yaml:\d+:1 {2}source "s5-tencent-2023" was never reviewed/);
    expect(run.status).toBe(1);
  }, 60_000);
});
