import 'server-only';
import type { Metadata } from 'next';
import { telltaleSteps } from '../../flow/telltale';
import type { FlowStep } from '../../flow/types';
import { APPS } from '../../shared/constants';
import type { GuideMeta, ScreenData } from '../../shared/types';
import { versionPagePath } from '../../shared/links';
import type { Content, Guide } from '../content/types';
import { guideMeta, guideUpdated, screensOf } from './guide-meta';
import { ogImagePath, pageMetadata } from './page-metadata';
import { provenanceOf, type Provenance } from './provenance';

/** The guide pages of the versions but the first (/guides/<slug>/<variant>/). */
export function versionParams(content: Content): { slug: string; variant: string }[] {
  return content.guides.flatMap((g) => g.frontmatter.variants.slice(1).map((v) => ({ slug: g.slug, variant: v.id })));
}

/** Every version of every guide: each has its steps' text as JSON (steps.json), loaded when a reader switches to it. */
export function versionStepsParams(content: Content): { slug: string; variant: string }[] {
  return content.guides.flatMap((g) => g.frontmatter.variants.map((v) => ({ slug: g.slug, variant: v.id })));
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
}

/** `variant`: a version's own page (/guides/<slug>/<variant>/), any version but the first. */
export function guideView(content: Content, slug: string, variant?: string): GuideView | undefined {
  const guide = content.guides.find((g) => g.slug === slug);
  if (!guide) return undefined;
  const fm = guide.frontmatter;
  const variants = fm.variants.map((v) => v.id);
  if (variant !== undefined && (variant === variants[0] || !variants.includes(variant))) return undefined;
  const shown = variant ?? variants[0]!;
  const meta = guideMeta(guide, content);
  const telltale = variants.length > 1 ? telltaleSteps(guide.flow, variants) : {};
  return {
    guide,
    meta: variant ? { ...meta, inline: variant } : meta,
    app: APPS[fm.app],
    screens: screensOf(guide.flow.steps, content.screens),
    telltale: Object.entries(telltale).flatMap(([variant, step]) => (step ? [{ variant, step }] : [])),
    updated: guideUpdated(guide),
    provenance: provenanceOf(guide, content.register),
    variant: shown,
    versions: fm.variants.map((v, i) => ({ id: v.id, label: v.label, href: versionPagePath(guide.slug, v.id, i === 0) })),
    metadata: pageMetadata({
      path: variant ? versionPagePath(guide.slug, variant) : `/guides/${guide.slug}/`,
      // A version's page is the guide too, for readers without JavaScript: the guide page is canonical.
      ...(variant ? { canonical: `/guides/${guide.slug}/` } : {}),
      title: fm.title,
      description: fm.summary,
      type: 'article',
      image: { path: ogImagePath({ kind: 'guide', slug: guide.slug }), alt: `${fm.title}：第一步的模拟手机画面，要点的地方已圈出` },
    }),
  };
}
