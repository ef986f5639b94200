import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuide } from '@/lib/server/content/load/guide';
import { loadContent } from '@/lib/server/content/load/content';
import { loadScreens } from '@/lib/server/content/load/screens';
import { RULES } from '@/lib/server/content/mdx/rules';
import { formatProblem, sortProblems, type Problem } from '@/lib/server/content/problem';

/**
 * Fixture pairs: tests/fixtures/checker/guides/<case>.mdx must produce exactly the problems in
 * <case>.expected.txt (path:line:column  message  (hint)); clean.mdx none. Every MDX rule
 * (lib/server/content/mdx/rules/<rule>.ts) has a fixture named <rule> or <rule>-<case>. The whole
 * fixture library is loaded the way the build loads content, so checks that span guides (links)
 * run too. `npx vitest run -u` rewrites the expected files: review the diff.
 */
const root = path.join(__dirname, '../fixtures/checker');
const dir = path.join(root, 'guides');
const { screens, problems: screenProblems } = loadScreens(root);
// Review ages are counted to a fixed day, so the fixtures' expected reports do not change with the calendar.
const all = loadContent(root, { today: '2026-12-07' });
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const report = (problems: Problem[]) => {
  const text = sortProblems(problems).map(formatProblem).join('\n');
  return text ? `${text}\n` : '';
};

describe('content checker fixtures', () => {
  it('has valid fixture screens and a fixture for every MDX rule', () => {
    expect(screenProblems).toEqual([]);
    const names = cases.map((f) => f.replace(/\.mdx$/, ''));
    const untested = Object.keys(RULES).filter((rule) => !names.some((n) => n === rule || n.startsWith(`${rule}-`)));
    expect(untested).toEqual([]);
  });

  for (const file of cases) {
    it(`reports exactly the expected problems for ${file}`, async () => {
      const shown = `tests/fixtures/checker/guides/${file}`;
      const problems = all.problems.filter((p) => p.file === shown);
      await expect(report(problems)).toMatchFileSnapshot(path.join(dir, file.replace(/\.mdx$/, '.expected.txt')));
      expect(all.guides.some((g) => g.file === shown)).toBe(problems.length === 0);
      // Checking one file alone finds the same problems, except those that need the other guides.
      const alone = loadGuide(path.join(dir, file), screens, all.register).problems.map(formatProblem);
      for (const p of alone) expect(report(problems)).toContain(p);
    });
  }
});

/** content/links.lock.json's own problems: a guide file that is gone, a link that is no step link. */
describe('links lock fixture', () => {
  it('reports exactly the expected problems for tests/fixtures/checker/links.lock.json', async () => {
    await expect(report(all.problems.filter((p) => p.file.endsWith('links.lock.json')))).toMatchFileSnapshot(
      path.join(root, 'links.lock.expected.txt'),
    );
  });

  it('keeps a renamed step’s links through its alias', () => {
    expect(all.guides.map((g) => g.slug)).toContain('published-step-aliased');
  });
});

/** The registers' own checks: a source id used twice, a source on a blocked site, a banned-claim pattern that does not compile. */
describe('register fixture', () => {
  it('reports exactly the expected problems for the fixture sources.yaml, banned-claims.yaml and a screen citing sources', async () => {
    const registers = all.problems.filter((p) => /(sources|banned-claims)\.yaml$|screens\/test\/cited/.test(p.file));
    await expect(report(registers)).toMatchFileSnapshot(path.join(root, 'register.expected.txt'));
  });
});

/** A review over a year old is a warning (printed by npm run check, never failing it), with its file:line. */
describe('register warnings', () => {
  it('warns, and only warns, about a source reviewed over a year ago', async () => {
    await expect(report(all.warnings)).toMatchFileSnapshot(path.join(root, 'register.warnings.expected.txt'));
    expect(all.problems.some((p) => /fixture-old-review/.test(p.message))).toBe(false);
    expect(loadContent(root, { today: '2026-11-29' }).warnings).toEqual([]);
  });
});

/** The screen library's own checks: one fixture library with a problem per file, and its expected report. */
describe('screen checker fixtures', () => {
  it('reports exactly the expected problems for tests/fixtures/screens-bad', async () => {
    const bad = path.join(__dirname, '../fixtures/screens-bad');
    await expect(report(loadScreens(bad).problems)).toMatchFileSnapshot(path.join(bad, 'expected.txt'));
  });
});
