import 'server-only';
import type { Metadata } from 'next';
import { initialState } from '../../flow/player-state';
import { findStep, nextAfterTap, stepsFor } from '../../flow/walk';
import type { Lang, Os } from '../../shared/constants';
import { dictFor } from '../../shared/i18n';
import { appName, format } from '../../shared/i18n/format';
import { guideStatePath, stepPagePath } from '../../shared/links';
import { stepPageTitle } from '../../shared/titles';
import type { ControlLinks, GuideMeta, ScreenData } from '../../shared/types';
import { variantLabel } from '../../shared/variants';
import { aliasPages, findStepPage, pagesOf, type StepPage } from '../content/pages/step-pages';
import type { Content, Guide } from '../content/types';
import { guideMeta, guideUpdated, screensOf } from './guide-meta';
import { editionGuides } from './guide-view';
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
export function stepParams(content: Content, lang: Lang = 'zh'): StepParams[] {
  return editionGuides(content, lang).flatMap((guide) => {
    const pages = pagesOf(guide);
    const all = [...pages, ...aliasPages(pages, guide.frontmatter.aliases, lang).map((a) => ({ ...a.to, step: a.from }))];
    return all.map(({ slug, variant, os, step }) => ({ slug, variant, os, step }));
  });
}

export function stepView(content: Content, params: StepParams, lang: Lang = 'zh'): StepView | AliasView | undefined {
  const found = findStepPage(editionGuides(content, lang), params);
  const t = dictFor(lang);
  if (!found) return undefined;
  const { guide, page, alias } = found;
  const fm = guide.frontmatter;
  const label = variantLabel(fm.variants, page.variant);
  const title = stepPageTitle({ index: page.index, step: page.title, guide: fm.title, app: fm.app, variant: label, os: page.os }, t);
  if (alias)
    return {
      kind: 'alias',
      to: page.path,
      title: format(t.stepTitle, { index: page.index, step: page.title }),
      metadata: pageMetadata({
        path: stepPagePath({ ...page, step: params.step, lang }),
        lang,
        canonical: page.path,
        title,
        description: title,
        noindex: true,
      }),
    };

  const at = { variant: page.variant, os: page.os as Os, step: page.step };
  const steps = stepsFor(guide.flow, at);
  const text = guide.stepText[page.step];
  const description = format(t.stepDescription, {
    index: page.index,
    total: page.total,
    text: text ? `${text.length > 90 ? `${text.slice(0, 90)}…` : text}` : fm.summary,
  });
  return {
    kind: 'step',
    guide,
    meta: guideMeta(guide, content, at),
    app: { name: appName(t, fm.app, true), short: appName(t, fm.app) },
    page,
    variantLabel: label,
    steps: steps.map((s) => s.id),
    screens: screensOf(steps, content.screens),
    links: controlLinks(guide, page),
    inGuide: guideStatePath({ slug: guide.slug, ...at, firstVariant: fm.variants[0]!.id, lang }),
    changeVersion: guideStatePath({ slug: guide.slug, variant: page.variant, os: page.os, firstVariant: fm.variants[0]!.id, lang }),
    updated: guideUpdated(guide),
    provenance: provenanceOf(guide, content.register),
    // Its own canonical: a step page is what support staff send and what the sitemap lists, and
    // its preview is that step's screen with the target marked.
    metadata: pageMetadata({
      path: page.path,
      lang,
      title,
      description,
      type: 'article',
      image: {
        path: ogImagePath({ kind: 'step', slug: guide.slug, variant: page.variant, os: page.os, step: page.step, lang }),
        alt: format(t.stepImageAlt, { title: page.title }),
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
  const link = (id: string | undefined) => id && stepPagePath({ slug: guide.slug, ...at, step: id, lang: guide.lang });
  return { back: link(route[route.length - 2]), restart: link(route[0]), next: link(next?.id) };
}
