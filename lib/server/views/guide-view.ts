import 'server-only';
import type { Metadata } from 'next';
import { telltaleSteps } from '../../flow/telltale';
import type { FlowStep } from '../../flow/types';
import type { Lang } from '../../shared/constants';
import { dictFor } from '../../shared/i18n';
import { appName } from '../../shared/i18n/format';
import type { GuideMeta, ScreenData } from '../../shared/types';
import { guidePath, versionPagePath } from '../../shared/links';
import type { Content, Guide } from '../content/types';
import { guideMeta, guideUpdated, screensOf } from './guide-meta';
import { ogImagePath, pageMetadata } from './page-metadata';
import { provenanceOf, type Provenance } from './provenance';

/** The guide pages of the versions but the first (/guides/<slug>/<variant>/). */
export function versionParams(content: Content, lang: Lang = 'zh'): { slug: string; variant: string }[] {
  const guides = editionGuides(content, lang);
  const others = guides.flatMap((g) => g.frontmatter.variants.slice(1).map((v) => ({ slug: g.slug, variant: v.id })));
  // A static export refuses a route with no page: while no English guide has a second version, the
  // English version route holds each guide's first version (a copy of the guide page, `noindex`,
  // canonical to it), which no link names.
  if (!others.length && lang === 'en') return guides.map((g) => ({ slug: g.slug, variant: g.frontmatter.variants[0]!.id }));
  return others;
}

/** Every version of every guide: each has its steps' text as JSON (steps.json), loaded when a reader switches to it. */
export function versionStepsParams(content: Content, lang: Lang = 'zh'): { slug: string; variant: string }[] {
  return editionGuides(content, lang).flatMap((g) => g.frontmatter.variants.map((v) => ({ slug: g.slug, variant: v.id })));
}

/** Everything a guide page renders. */
export interface GuideView {
  guide: Guide;
  meta: GuideMeta;
  app: { name: string; short: string };
  /** The screens the guide's steps draw (all variants). */
  screens: Record<string, ScreenData>;
  /** For “看图认版本”: per version, the first step whose screen no other version shows. */
  telltale: { variant: string; step: FlowStep }[];
  updated: string;
  provenance: Provenance;
  /** The version whose steps are in the page (the first, or the one of /guides/<slug>/<variant>/). */
  variant: string;
  /** Every version's own page, for readers without JavaScript: the others are one link away. */
  versions: { id: string; label: string; href: string }[];
  metadata: Metadata;
  /** The same guide in the other edition (frontmatter `counterpart`), for the language link. */
  counterpart?: { href: string; lang: Lang; label: string; title: string };
}

/** One edition's guides. */
export const editionGuides = (content: Content, lang: Lang): Guide[] => (lang === 'en' ? content.en.guides : content.guides);

/**
 * The guide's counterpart in the other edition, when the frontmatter names one that loaded, and the
 * two pages as hreflang alternates when the two name each other.
 */
export function counterpartOf(
  content: Content,
  guide: Guide,
): { link?: GuideView['counterpart']; languages?: Partial<Record<Lang, string>> } {
  const other: Lang = guide.lang === 'en' ? 'zh' : 'en';
  const to = editionGuides(content, other).find((g) => g.slug === guide.frontmatter.counterpart);
  if (!to) return {};
  const link = { href: guidePath(to.slug, other), lang: other, label: dictFor(guide.lang).otherEditionName, title: to.frontmatter.title };
  const mutual = to.frontmatter.counterpart === guide.slug;
  return { link, ...(mutual ? { languages: { [guide.lang]: guidePath(guide.slug, guide.lang), [other]: link.href } } : {}) };
}

/** `variant`: a version's own page (/guides/<slug>/<variant>/), any version but the first. */
export function guideView(content: Content, slug: string, variant?: string, lang: Lang = 'zh'): GuideView | undefined {
  const guide = editionGuides(content, lang).find((g) => g.slug === slug);
  if (!guide) return undefined;
  const fm = guide.frontmatter;
  const variants = fm.variants.map((v) => v.id);
  if (
    variant !== undefined &&
    (!variants.includes(variant) ||
      (variant === variants[0] && !versionParams(content, lang).some((p) => p.slug === slug && p.variant === variant)))
  )
    return undefined;
  const shown = variant ?? variants[0]!;
  const meta = guideMeta(guide, content);
  const t = dictFor(lang);
  const counterpart = counterpartOf(content, guide);
  const telltale = variants.length > 1 ? telltaleSteps(guide.flow, variants) : {};
  return {
    guide,
    meta: variant ? { ...meta, inline: variant } : meta,
    app: { name: appName(t, fm.app, true), short: appName(t, fm.app) },
    ...(counterpart.link ? { counterpart: counterpart.link } : {}),
    screens: screensOf(guide.flow.steps, content.screens),
    telltale: Object.entries(telltale).flatMap(([variant, step]) => (step ? [{ variant, step }] : [])),
    updated: guideUpdated(guide),
    provenance: provenanceOf(guide, content.register),
    variant: shown,
    versions: fm.variants.map((v, i) => ({ id: v.id, label: v.label, href: versionPagePath(guide.slug, v.id, i === 0, lang) })),
    metadata: pageMetadata({
      path: variant ? versionPagePath(guide.slug, variant, false, lang) : guidePath(guide.slug, lang),
      // A version's page is the guide too, for readers without JavaScript: the guide page is canonical.
      ...(variant ? { canonical: guidePath(guide.slug, lang) } : {}),
      lang,
      ...(counterpart.languages && !variant ? { languages: counterpart.languages } : {}),
      ...(variant === variants[0] ? { noindex: true } : {}),
      title: fm.title,
      description: fm.summary,
      type: 'article',
      image: {
        path: ogImagePath({ kind: 'guide', slug: guide.slug, lang }),
        alt:
          lang === 'en'
            ? `${fm.title}: the first step's drawn phone screen, with where to tap circled`
            : `${fm.title}：第一步的模拟手机画面，要点的地方已圈出`,
      },
    }),
  };
}
