import 'server-only';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { Guide } from '@/lib/server/content/types';
import { guideContent } from '@/lib/server/compile-mdx';
import type { Provenance } from '@/lib/server/views/provenance';
import { guideComponents } from './mdx-components';
import { StepSources } from './step-sources';

export interface RenderedGuide {
  /** The article: each step's section, whose text is its body (from the guide's context). */
  article: ReactNode;
  /** Each step's text with its 依据: in the article and under the phone, sent to the browser once. */
  bodies: Record<string, ReactNode>;
}

const rendered = new WeakMap<Guide, Promise<RenderedGuide>>();

/**
 * Renders a guide's MDX (compiled once per build, lib/server/compile-mdx.ts) with the editors'
 * components, once per guide per process: the guide page and every step page of the guide share it.
 */
export function renderGuide(guide: Guide, provenance: Provenance): Promise<RenderedGuide> {
  let out = rendered.get(guide);
  if (!out) {
    out = guideContent(guide.source).then((Content) => split(Content, provenance));
    rendered.set(guide, out);
  }
  return out;
}

function split(Content: Awaited<ReturnType<typeof guideContent>>, provenance: Provenance): RenderedGuide {
  const components = guideComponents(provenance.steps);
  // MDX content is a plain function: calling it yields the top-level elements (our <Step>s).
  const tree = Content({ components }) as ReactElement<{ children?: ReactNode }>;
  const bodies: Record<string, ReactNode> = {};
  Children.forEach(tree.props.children, (child) => {
    if (isValidElement<{ id?: string; children?: ReactNode }>(child) && child.type === components.Step && child.props.id) {
      // Under the phone (on phones) the step's text comes with its 依据, as in the article.
      const id = child.props.id;
      bodies[id] = (
        <>
          {child.props.children}
          <StepSources sources={provenance.steps[id]?.sources ?? []} />
        </>
      );
    }
  });
  return { article: tree, bodies };
}
