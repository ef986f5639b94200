import 'server-only';
import type { Metadata } from 'next';
import { initialState } from '../../flow/player-state';
import { findStep, nextAfterTap, stepsFor } from '../../flow/walk';
import { APPS, type Os } from '../../shared/constants';
import { guideStatePath, stepPagePath } from '../../shared/links';
import { stepPageTitle } from '../../shared/titles';
import type { ControlLinks, GuideMeta, ScreenData } from '../../shared/types';
import { variantLabel } from '../../shared/variants';
import { aliasPages, findStepPage, pagesOf, type StepPage } from '../content/pages/step-pages';
import type { Content, Guide } from '../content/types';
import { guideMeta, guideUpdated, screensOf } from './guide-meta';
import { ogImagePath, pageMetadata } from './page-metadata';
import { provenanceOf, type Provenance } from './provenance';

export interface StepParams {
  slug: string;
  variant: string;
  os: string;
  step: string;
}

/** Everything a step page renders: one step of one variant on one OS. */
export interface StepView {
  kind: 'step';
  guide: Guide;
  meta: GuideMeta;
  app: { name: string; short: string };
  page: StepPage;
  variantLabel: string;
  /** Only this variant's steps travel to the browser (with their screens). */
  steps: string[];
  screens: Record<string, ScreenData>;
  /** Where the drawn player's Back / Restart / Next lead without JavaScript. */
  links: ControlLinks;
  /** The same step on the guide page, and the guide page on this version (to switch version or OS). */
  inGuide: string;
  changeVersion: string;
  updated: string;
  provenance: Provenance;
  metadata: Metadata;
}

/** An old step id kept as an alias: its page sends readers on to the step that replaced it. */
export interface AliasView {
  kind: 'alias';
  to: string;
  title: string;
  metadata: Metadata;
}

/** Every step of every variant on both OSes, and the old ids kept as aliases (redirect pages). */
export function stepParams(content: Content): StepParams[] {
  return content.guides.flatMap((guide) => {
    const pages = pagesOf(guide);
    const all = [...pages, ...aliasPages(pages, guide.frontmatter.aliases).map((a) => ({ ...a.to, step: a.from }))];
    return all.map(({ slug, variant, os, step }) => ({ slug, variant, os, step }));
  });
}

export function stepView(content: Content, params: StepParams): StepView | AliasView | undefined {
  const found = findStepPage(content.guides, params);
  if (!found) return undefined;
  const { guide, page, alias } = found;
  const fm = guide.frontmatter;
  const label = variantLabel(fm.variants, page.variant);
  const title = stepPageTitle({ index: page.index, step: page.title, guide: fm.title, app: fm.app, variant: label, os: page.os });
  if (alias)
    return {
      kind: 'alias',
      to: page.path,
      title: `第 ${page.index} 步：${page.title}`,
      metadata: pageMetadata({
        path: stepPagePath({ ...page, step: params.step }),
        canonical: page.path,
        title,
        description: title,
        noindex: true,
      }),
    };

  const at = { variant: page.variant, os: page.os as Os, step: page.step };
  const steps = stepsFor(guide.flow, at);
  const text = guide.stepText[page.step];
  const description = `第 ${page.index} / ${page.total} 步。${text ? `${text.length > 90 ? `${text.slice(0, 90)}…` : text}` : fm.summary}`;
  return {
    kind: 'step',
    guide,
    meta: guideMeta(guide, content, at),
    app: APPS[fm.app],
    page,
    variantLabel: label,
    steps: steps.map((s) => s.id),
    screens: screensOf(steps, content.screens),
    links: controlLinks(guide, page),
    inGuide: guideStatePath({ slug: guide.slug, ...at, firstVariant: fm.variants[0]!.id }),
    changeVersion: guideStatePath({ slug: guide.slug, variant: page.variant, os: page.os, firstVariant: fm.variants[0]!.id }),
    updated: guideUpdated(guide),
    provenance: provenanceOf(guide, content.register),
    // Its own canonical: a step page is what support staff send and what the sitemap lists, and
    // its preview is that step's screen with the target marked.
    metadata: pageMetadata({
      path: page.path,
      title,
      description,
      type: 'article',
      image: {
        path: ogImagePath({ kind: 'step', slug: guide.slug, variant: page.variant, os: page.os, step: page.step }),
        alt: `模拟手机画面：${page.title}（要点的地方已圈出）`,
      },
    }),
  };
}

/** Back retraces the shortest path to the step; Next follows its tap (a choice's answers link to theirs instead). */
function controlLinks(guide: Guide, page: StepPage): ControlLinks {
  const at = { variant: page.variant, os: page.os };
  const route = initialState(guide.flow, page.variant, page.os, page.step).path;
  const step = findStep(guide.flow, page.step)!;
  const next = step.options ? undefined : nextAfterTap(guide.flow, step, at);
  const link = (id: string | undefined) => id && stepPagePath({ slug: guide.slug, ...at, step: id });
  return { back: link(route[route.length - 2]), restart: link(route[0]), next: link(next?.id) };
}
