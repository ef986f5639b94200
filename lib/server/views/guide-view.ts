import 'server-only';
import type { Metadata } from 'next';
import { telltaleSteps } from '../../flow/telltale';
import type { FlowStep } from '../../flow/types';
import { APPS } from '../../shared/constants';
import type { GuideMeta, ScreenData } from '../../shared/types';
import type { Content, Guide } from '../content/types';
import { guideMeta, guideUpdated, screensOf } from './guide-meta';
import { ogImagePath, pageMetadata } from './page-metadata';
import { provenanceOf, type Provenance } from './provenance';

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
  metadata: Metadata;
}

export function guideView(content: Content, slug: string): GuideView | undefined {
  const guide = content.guides.find((g) => g.slug === slug);
  if (!guide) return undefined;
  const fm = guide.frontmatter;
  const variants = fm.variants.map((v) => v.id);
  const telltale = variants.length > 1 ? telltaleSteps(guide.flow, variants) : {};
  return {
    guide,
    meta: guideMeta(guide, content),
    app: APPS[fm.app],
    screens: screensOf(guide.flow.steps, content.screens),
    telltale: Object.entries(telltale).flatMap(([variant, step]) => (step ? [{ variant, step }] : [])),
    updated: guideUpdated(guide),
    provenance: provenanceOf(guide, content.register),
    metadata: pageMetadata({
      path: `/guides/${guide.slug}/`,
      title: fm.title,
      description: fm.summary,
      type: 'article',
      image: { path: ogImagePath({ kind: 'guide', slug: guide.slug }), alt: `${fm.title}：第一步的模拟手机画面，要点的地方已圈出` },
    }),
  };
}
