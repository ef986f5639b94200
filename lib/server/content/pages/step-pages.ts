import 'server-only';
import type { Flow } from '../../../flow/types';
import { continuePath, pathTo, stepsFor } from '../../../flow/walk';
import { OS_VALUES, type Lang, type Os } from '../../../shared/constants';
import { stepPagePath } from '../../../shared/links';
import type { Guide } from '../types';

/** One published step link: a step as one variant on one OS reaches it. */
export interface StepPage {
  slug: string;
  variant: string;
  os: Os;
  step: string;
  title: string;
  /** 第 index / total 步 on the shortest path to the step. */
  index: number;
  total: number;
  path: string;
}

/** Every step page of a guide, in variant → OS → step order (steps in the order written). */
export function stepPages(guide: { slug: string; flow: Flow; variants: readonly string[]; lang?: Lang }): StepPage[] {
  const pages: StepPage[] = [];
  for (const variant of guide.variants) {
    for (const os of OS_VALUES) {
      const ctx = { variant, os };
      for (const step of stepsFor(guide.flow, ctx)) {
        const route = pathTo(guide.flow, ctx, step.id);
        if (!route) continue;
        const at = { slug: guide.slug, variant, os, step: step.id };
        pages.push({ ...at, title: step.title, index: route.length, total: continuePath(guide.flow, ctx, route).length, path: stepPagePath({ ...at, lang: guide.lang }) });
      }
    }
  }
  return pages;
}

/** Old step ids kept as aliases: each gets a page that redirects to its replacement, wherever that has a page. */
export function aliasPages(pages: StepPage[], aliases: Record<string, string> | undefined, lang: Lang = 'zh'): { path: string; to: StepPage; from: string }[] {
  return Object.entries(aliases ?? {}).flatMap(([from, to]) =>
    pages.filter((p) => p.step === to).map((p) => ({ from, to: p, path: stepPagePath({ ...p, step: from, lang }) })),
  );
}

/** A guide's step pages, computed once per guide object (dev reloads content per request, so a new object). */
const byGuide = new WeakMap<Guide, StepPage[]>();

export function pagesOf(guide: Guide): StepPage[] {
  let pages = byGuide.get(guide);
  if (!pages) {
    pages = stepPages({ slug: guide.slug, flow: guide.flow, variants: guide.frontmatter.variants.map((v) => v.id), lang: guide.lang });
    byGuide.set(guide, pages);
  }
  return pages;
}

/** The step page an address names, or the page an old (aliased) step id now leads to. */
export function findStepPage(guides: Guide[], at: { slug: string; variant: string; os: string; step: string }): { guide: Guide; page: StepPage; alias: boolean } | undefined {
  const guide = guides.find((g) => g.slug === at.slug);
  if (!guide) return undefined;
  const pages = pagesOf(guide);
  const same = (p: StepPage, step: string) => p.variant === at.variant && p.os === at.os && p.step === step;
  const page = pages.find((p) => same(p, at.step));
  if (page) return { guide, page, alias: false };
  const to = guide.frontmatter.aliases?.[at.step];
  const target = to ? pages.find((p) => same(p, to)) : undefined;
  return target ? { guide, page: target, alias: true } : undefined;
}
