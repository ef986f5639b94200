import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, loadGuide } from '@/lib/content/load-content';
import { loadScreens } from '@/lib/content/load-screens';
import { formatProblem, sortProblems } from '@/lib/content/problem';

/**
 * Fixture pairs, one per error class: tests/fixtures/checker/guides/<class>.mdx must produce
 * exactly the problems in <class>.expected.txt (path:line:column  message  (hint)); clean.mdx
 * none. The whole fixture library is loaded the way the build loads content, so checks that span
 * guides (links) run too.
 */
const root = path.join(__dirname, '../fixtures/checker');
const dir = path.join(root, 'guides');
const { screens, problems: screenProblems } = loadScreens(root);
const all = loadContent(root);
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'));

describe('content checker fixtures', () => {
  it('has a fixture per error class and valid fixture screens', () => {
    expect(cases.length).toBeGreaterThan(30);
    expect(screenProblems).toEqual([]);
  });

  for (const file of cases) {
    it(`reports exactly the expected problems for ${file}`, () => {
      const shown = `tests/fixtures/checker/guides/${file}`;
      const problems = all.problems.filter((p) => p.file === shown);
      const actual = sortProblems(problems).map(formatProblem).join('\n');
      const expectedFile = path.join(dir, file.replace(/\.mdx$/, '.expected.txt'));
      if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, actual ? `${actual}\n` : '');
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8').trimEnd());
      expect(all.guides.some((g) => g.file === shown)).toBe(problems.length === 0);
      // Checking one file alone finds the same problems, except those that need the other guides.
      const alone = loadGuide(path.join(dir, file), screens).problems.map(formatProblem);
      for (const p of alone) expect(actual).toContain(p);
    });
  }
});

/** content/links.lock.json's own problems: a guide file that is gone, a link that is no step link. */
describe('links lock fixture', () => {
  it('reports exactly the expected problems for tests/fixtures/checker/links.lock.json', () => {
    const actual = sortProblems(all.problems.filter((p) => p.file.endsWith('links.lock.json'))).map(formatProblem).join('\n');
    const expectedFile = path.join(root, 'links.lock.expected.txt');
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, `${actual}\n`);
    expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8').trimEnd());
  });

  it('keeps a renamed step’s links through its alias', () => {
    expect(all.guides.map((g) => g.slug)).toContain('published-step-aliased');
  });
});

/** The screen library's own checks: one fixture library with a problem per file, and its expected report. */
describe('screen checker fixtures', () => {
  it('reports exactly the expected problems for tests/fixtures/screens-bad', () => {
    const bad = path.join(__dirname, '../fixtures/screens-bad');
    const actual = sortProblems(loadScreens(bad).problems).map(formatProblem).join('\n');
    const expectedFile = path.join(bad, 'expected.txt');
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, `${actual}\n`);
    expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8').trimEnd());
  });
});
