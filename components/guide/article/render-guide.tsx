import 'server-only';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { Guide } from '@/lib/server/content/types';
import { guideContent } from '@/lib/server/compile-mdx';
import { parseVariants } from '@/lib/shared/constants';
import { dictFor } from '@/lib/shared/i18n';
import type { Dict } from '@/lib/shared/i18n/zh';
import type { Provenance } from '@/lib/server/views/provenance';
import { guideComponents } from './mdx-components';
import type { BodyNode } from './step-body';
import { toBodyJson } from './step-body-json';
import { StepSources } from './step-sources';

export interface RenderedGuide {
  /**
   * The article: the editors' text around the steps, and a section per step of every version.
   * A section shows its step's text from the guide's context, where only the shown version's are
   * at first: the others load when the reader switches (steps.json).
   */
  article: ReactNode;
  /** The version's steps' text with their 依据, as JSON: in the article and under the phone, sent once. */
  bodies: Record<string, BodyNode>;
}

const rendered = new WeakMap<Guide, Map<string, Promise<RenderedGuide>>>();

/**
 * Renders a guide's MDX (compiled once per build, lib/server/compile-mdx.ts) with the editors'
 * components for one version: its steps, and only the <Only> blocks that apply to it. Done once
 * per guide and version per process: the guide page and every step page of it share the result.
 */
export function renderGuide(guide: Guide, provenance: Provenance, variant: string): Promise<RenderedGuide> {
  let byVariant = rendered.get(guide);
  if (!byVariant) rendered.set(guide, (byVariant = new Map()));
  let out = byVariant.get(variant);
  if (!out) {
    out = guideContent(guide.source).then((Content) => split(Content, provenance, variant, dictFor(guide.lang)));
    byVariant.set(variant, out);
  }
  return out;
}

/** A short page's MDX (content/en/pages/), compiled as a guide's is, for components/site/article-page.tsx. */
export const pageContent = (source: string) => guideContent(source);

function split(Content: Awaited<ReturnType<typeof guideContent>>, provenance: Provenance, variant: string, t: Dict): RenderedGuide {
  const components = guideComponents(provenance.steps, variant, t);
  // MDX content is a plain function: calling it yields the top-level elements (our <Step>s).
  const tree = Content({ components }) as ReactElement<{ children?: ReactNode }>;
  const bodies: Record<string, BodyNode> = {};
  Children.forEach(tree.props.children, (child) => {
    if (!isValidElement<{ id?: string; variants?: string; children?: ReactNode }>(child) || child.type !== components.Step) return;
    const { id, variants } = child.props;
    if (!id || !(parseVariants(variants)?.includes(variant) ?? true)) return;
    // Under the phone (on phones) the step's text comes with its 依据, as in the article.
    bodies[id] = toBodyJson(
      <>
        {child.props.children}
        <StepSources sources={provenance.steps[id]?.sources ?? []} t={t} />
      </>,
    );
  });
  return { article: tree, bodies };
}
