import { getContent, type Guide } from './load-content';
import { stepPages, type StepPage } from './step-pages';

/**
 * The step page an address names, or the page an old (aliased) step id now leads to. Step pages
 * are computed once per guide per build.
 */
const byGuide = new WeakMap<Guide, StepPage[]>();

export function pagesOf(guide: Guide): StepPage[] {
  let pages = byGuide.get(guide);
  if (!pages) {
    pages = stepPages({ slug: guide.slug, flow: guide.flow, variants: guide.frontmatter.variants.map((v) => v.id) });
    byGuide.set(guide, pages);
  }
  return pages;
}

export function findStepPage(at: { slug: string; variant: string; os: string; step: string }): { guide: Guide; page: StepPage; alias: boolean } | undefined {
  const guide = getContent().guides.find((g) => g.slug === at.slug);
  if (!guide) return undefined;
  const pages = pagesOf(guide);
  const same = (p: StepPage, step: string) => p.variant === at.variant && p.os === at.os && p.step === step;
  const page = pages.find((p) => same(p, at.step));
  if (page) return { guide, page, alias: false };
  const to = guide.frontmatter.aliases?.[at.step];
  const target = to ? pages.find((p) => same(p, to)) : undefined;
  return target ? { guide, page: target, alias: true } : undefined;
}
