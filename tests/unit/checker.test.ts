import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuide } from '@/lib/content/load-content';
import { loadScreens } from '@/lib/content/load-screens';
import { formatProblem, sortProblems } from '@/lib/content/problem';

/**
 * Fixture pairs: each tests/fixtures/checker/guides/<case>.mdx is checked against the
 * fixture screens, and its problems must match <case>.expected.txt line for line
 * (path:line:column  message  (hint)). `clean.mdx` expects none.
 */
const root = path.join(__dirname, '../fixtures/checker');
const dir = path.join(root, 'guides');
const { screens, problems: screenProblems } = loadScreens(root);
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'));

describe('content checker fixtures', () => {
  it('has fixtures and valid fixture screens', () => {
    expect(cases.length).toBeGreaterThan(4);
    expect(screenProblems).toEqual([]);
  });

  for (const file of cases) {
    it(`reports exactly the expected problems for ${file}`, () => {
      const { guide, problems } = loadGuide(path.join(dir, file), screens);
      const actual = sortProblems(problems).map(formatProblem).join('\n');
      const expectedFile = path.join(dir, file.replace(/\.mdx$/, '.expected.txt'));
      if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, actual ? `${actual}\n` : '');
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8').trimEnd());
      expect(!!guide).toBe(problems.length === 0);
    });
  }
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
