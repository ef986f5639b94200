import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/server/content/load/content';
import { formatProblem, sortProblems } from '@/lib/server/content/problem';

/**
 * The English edition's content (content/en/guides/*.mdx, content/en/pages/*.mdx) is loaded as
 * lang 'en' beside the Chinese guides and checked the same way, plus the English checks: no
 * unmarked Chinese, English screens, links into /en/, counterparts. Fixtures in
 * tests/fixtures/checker/en/.
 */
const root = path.join(__dirname, '../fixtures/checker');
const all = loadContent(root, { today: '2026-12-07' });

describe('English content', () => {
  it('loads English guides and pages as lang en, apart from the Chinese guides', () => {
    expect(all.en.guides.map((g) => [g.slug, g.lang])).toEqual([['clean-en', 'en']]);
    expect(all.en.pages.map((p) => [p.slug, p.lang, p.frontmatter.updated])).toEqual([['about-paying', 'en', '2026-12-01']]);
    expect(all.guides.every((g) => g.lang === 'zh')).toBe(true);
    expect(all.en.slugs).toEqual(['clean-en', 'english-mistakes']);
  });

  it('reports English content mistakes with file:line', async () => {
    const text = sortProblems(all.problems.filter((p) => p.file.includes('/en/')))
      .map(formatProblem)
      .join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot(path.join(root, 'en/expected.txt'));
    expect(text).toContain('english-mistakes.mdx:15:19  Chinese text in English content (服务)');
    expect(text).toContain('link /guides/clean/ goes to the Chinese edition');
    expect(text).toContain('page-mistakes.mdx:7:1  <Step> belongs in a guide, not a page');
    expect(text).not.toContain('clean-en.mdx');
    expect(text).not.toContain('about-paying.mdx');
  });
});

describe('the real English edition (content/en/)', () => {
  const real = loadContent();
  it('loads with no problems, every guide as lang en, with English screens and its counterpart', () => {
    expect(real.problems.filter((p) => p.file.includes('/en/'))).toEqual([]);
    expect(real.en.guides.length).toBeGreaterThan(0);
    for (const g of real.en.guides) {
      expect(g.lang).toBe('en');
      if (g.frontmatter.counterpart) expect(real.guides.map((z) => z.slug)).toContain(g.frontmatter.counterpart);
    }
    expect(real.guides.every((g) => g.lang === 'zh')).toBe(true);
  });
});
