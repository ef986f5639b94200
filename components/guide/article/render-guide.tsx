import 'server-only';
import { evaluate } from '@mdx-js/mdx';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import remarkFrontmatter from 'remark-frontmatter';
import type { Guide } from '@/lib/server/content/types';
import { guideComponents } from './mdx-components';

/**
 * Compiles a guide's MDX at build time and renders it with the editors' components. Returns
 * the whole article and, separately, each step's body for the player's caption.
 */
export async function renderGuide(guide: Guide): Promise<{ article: ReactNode; bodies: Record<string, ReactNode> }> {
  const { default: Content } = await evaluate(guide.source, { ...runtime, remarkPlugins: [remarkFrontmatter], development: false });
  const components = guideComponents();
  // MDX content is a plain function: calling it yields the top-level elements (our <Step>s).
  const tree = Content({ components }) as ReactElement<{ children?: ReactNode }>;
  const bodies: Record<string, ReactNode> = {};
  Children.forEach(tree.props.children, (child) => {
    if (isValidElement<{ id?: string; children?: ReactNode }>(child) && child.type === components.Step && child.props.id) {
      bodies[child.props.id] = child.props.children;
    }
  });
  return { article: tree, bodies };
}
