import type { Flow } from '../flow/types';
import { continuePath, pathTo, stepsFor } from '../flow/walk';
import { OS_VALUES, type Os } from './constants';
import { stepPagePath } from '../step-link';

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
export function stepPages(guide: { slug: string; flow: Flow; variants: readonly string[] }): StepPage[] {
  const pages: StepPage[] = [];
  for (const variant of guide.variants) {
    for (const os of OS_VALUES) {
      const ctx = { variant, os };
      for (const step of stepsFor(guide.flow, ctx)) {
        const route = pathTo(guide.flow, ctx, step.id);
        if (!route) continue;
        const at = { slug: guide.slug, variant, os, step: step.id };
        pages.push({ ...at, title: step.title, index: route.length, total: continuePath(guide.flow, ctx, route).length, path: stepPagePath(at) });
      }
    }
  }
  return pages;
}

/** Old step ids kept as aliases: each gets a page that redirects to its replacement, wherever that has a page. */
export function aliasPages(pages: StepPage[], aliases: Record<string, string> | undefined): { path: string; to: StepPage; from: string }[] {
  return Object.entries(aliases ?? {}).flatMap(([from, to]) =>
    pages.filter((p) => p.step === to).map((p) => ({ from, to: p, path: stepPagePath({ ...p, step: from }) })),
  );
}
