import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/server/content/load/content';
import { formatProblem } from '@/lib/server/content/problem';
import { scaffoldGuide } from '@/lib/server/content/scaffold';

describe('new:guide scaffold', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-scaffold-'));
  fs.cpSync(path.join(process.cwd(), 'content/screens'), path.join(root, 'screens'), { recursive: true });
  for (const register of ['sources.yaml', 'blocked-sources.yaml', 'banned-claims.yaml'])
    fs.copyFileSync(path.join(process.cwd(), 'content', register), path.join(root, register));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates a guide with two steps and a choice that passes the check as created', () => {
    scaffoldGuide('my-new-guide', path.join(root, 'guides'));
    const content = loadContent(root);
    expect(content.problems.map(formatProblem)).toEqual([]);
    const guide = content.guides.find((g) => g.slug === 'my-new-guide')!;
    expect(guide.flow.steps.filter((s) => s.options)).toHaveLength(1);
    expect(guide.flow.steps.filter((s) => !s.options).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a bad slug and never overwrites', () => {
    expect(() => scaffoldGuide('Bad Slug', path.join(root, 'guides'))).toThrow(/not a valid slug/);
    expect(() => scaffoldGuide('my-new-guide', path.join(root, 'guides'))).toThrow(/already exists/);
  });
});
