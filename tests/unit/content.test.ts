import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBannedClaims } from '@/lib/server/content/check/banned-claims';
import { checkLock, publishedLinks, readLock } from '@/lib/server/content/check/links-lock';
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

  it('lists every step link it publishes, in both editions, in content/links.lock.json (else: npm run links:lock)', () => {
    const locked = readLock(CONTENT_ROOT)!.links.map((l) => l.url);
    expect(content.en.guides.length).toBeGreaterThan(0);
    expect(publishedLinks([...content.guides, ...content.en.guides]).filter((l) => !locked.includes(l))).toEqual([]);
  });

  it('fails the check when a locked English step link stops opening', () => {
    const lock = readLock(CONTENT_ROOT)!;
    const enLinks = lock.links.filter((l) => l.url.startsWith('/en/guides/'));
    expect(enLinks.length).toBeGreaterThan(0);
    // The English guide loses its first step: every locked link to that step must be reported, at the guide.
    const [guide, ...others] = content.en.guides;
    const gone = guide!.flow.steps[0]!.id;
    const cut = { ...guide!, flow: { ...guide!.flow, steps: guide!.flow.steps.slice(1) } };
    const slugs = { zh: content.slugs, en: content.en.slugs };
    expect(checkLock(lock, [...content.guides, ...content.en.guides], slugs)).toEqual([]);
    const problems = checkLock(lock, [...content.guides, cut, ...others], slugs);
    expect(problems.map((p) => [p.file, p.message.split(',')[0]])).toEqual([
      [guide!.file, `guide "${guide!.slug}": published step "${gone}" no longer opens`],
    ]);
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
