import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBannedClaims } from '@/lib/server/content/check/banned-claims';
import { publishedLinks, readLock } from '@/lib/server/content/check/links-lock';
import { loadRegister } from '@/lib/server/content/load/register';
import { loadContent } from '@/lib/server/content/load/content';
import { CONTENT_ROOT } from '@/lib/server/content/load/paths';
import { formatProblem } from '@/lib/server/content/problem';
import { allPaths } from '@/lib/flow/walk';
import { OS_VALUES } from '@/lib/shared/constants';

/** The real content under content/: it must pass every check, and be provably complete. */
const content = loadContent();
/** content/sources.yaml: the register every guide's sources are ids of. */
const register = parse(fs.readFileSync(path.join(CONTENT_ROOT, 'sources.yaml'), 'utf8')) as { id: string; url?: string }[];
const registered = new Set(register.map((s) => s.id));

describe('site content', () => {
  it('has no problems', () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.guides.length).toBeGreaterThan(0);
  });

  it('lists every step link it publishes in content/links.lock.json (else: npm run links:lock)', () => {
    const locked = readLock(CONTENT_ROOT)!.links.map((l) => l.url);
    expect(publishedLinks(content.guides).filter((l) => !locked.includes(l))).toEqual([]);
  });

  for (const g of content.guides) {
    it(`${g.slug}: names its sources and confidence`, () => {
      expect(g.frontmatter.sources.length).toBeGreaterThan(0);
      for (const id of g.frontmatter.sources) expect(registered, `source "${id}" is not in content/sources.yaml`).toContain(id);
      expect(['high', 'medium', 'low']).toContain(g.frontmatter.confidence);
    });

    it(`${g.slug}: every variant × OS × choice reaches an end`, () => {
      for (const v of g.frontmatter.variants) {
        for (const os of OS_VALUES) {
          const paths = allPaths(g.flow, { variant: v.id, os });
          expect(paths.length).toBeGreaterThan(0);
          for (const p of paths) expect(p.end).toBe('end');
        }
      }
    });
  }
});

describe('the site’s own words', () => {
  // The pages' fixed text (safety line, notices, footers) is held to the same banned claims as the guides.
  const banned = loadRegister(CONTENT_ROOT).register.banned;
  const files = ['app', 'components', 'lib/shared']
    .flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f))))
    .filter((f) => /\.tsx?$/.test(f));

  it('state no claim that no reliable source supports', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => checkBannedClaims(f, fs.readFileSync(f, 'utf8'), banned)).map(formatProblem)).toEqual([]);
  });

  it('would be caught if they did', () => {
    expect(checkBannedClaims('x.tsx', '<p>官方客服不会向你要这些。</p>', banned)).toHaveLength(1);
  });
});
