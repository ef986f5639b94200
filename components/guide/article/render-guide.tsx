import 'server-only';
import { evaluate } from '@mdx-js/mdx';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import remarkFrontmatter from 'remark-frontmatter';
import type { Guide } from '@/lib/server/content/types';
import type { Provenance } from '@/lib/server/views/provenance';
import { guideComponents } from './mdx-components';
import { StepSources } from './step-sources';

/**
 * Compiles a guide's MDX at build time and renders it with the editors' components. Returns
 * the whole article and, separately, each step's body for the player's caption.
 */
export async function renderGuide(
  guide: Guide,
  provenance: Provenance,
): Promise<{ article: ReactNode; bodies: Record<string, ReactNode> }> {
  const { default: Content } = await evaluate(guide.source, { ...runtime, remarkPlugins: [remarkFrontmatter], development: false });
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
