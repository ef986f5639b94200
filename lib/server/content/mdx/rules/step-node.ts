import 'server-only';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import type { RuleContext } from '../rule';

/** A top-level <Step> or <Choice> (the nodes the flow is read from). */
export function isStepNode(node: Node, ctx: RuleContext): node is MdxJsxFlowElement {
  return ctx.steps.includes(node);
}
