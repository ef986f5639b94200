import 'server-only';
import type { Node } from 'unist';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Position } from '../problem';
import { COMPONENTS, type ComponentName, type ComponentSpec } from '../schema/components';

/** Helpers over MDX's JSX nodes, shared by the flow extraction and the rules. */

export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export const pos = (n: { position?: { start: { line: number; column: number } } }): Position | undefined =>
  n.position ? { line: n.position.start.line, column: n.position.start.column } : undefined;

export function isJsx(node: Node): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A component (capitalised name), not a raw HTML tag or a fragment. */
export function isComponent(node: Node): node is Jsx & { name: string } {
  return isJsx(node) && !!node.name && /^[A-Z]/.test(node.name);
}

/**
 * The props written as plain text (`name="value"`), with their positions. A prop written twice
 * keeps its first value; spreads, props without a value and props written as code are left out
 * (the prop-syntax rule reports them).
 */
export function textProps(el: Jsx): Record<string, { value: string; at: Position }> {
  const out: Record<string, { value: string; at: Position }> = {};
  for (const a of el.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name in out || typeof a.value !== 'string') continue;
    out[a.name] = { value: a.value, at: pos(a as MdxJsxAttribute) ?? pos(el)! };
  }
  return out;
}

/** The element and its spec, when the node is one of the editors' components. */
export function componentOf(node: Node): { el: Jsx & { name: ComponentName }; spec: ComponentSpec } | undefined {
  if (!isComponent(node) || !(node.name in COMPONENTS)) return undefined;
  return { el: node as Jsx & { name: ComponentName }, spec: COMPONENTS[node.name as ComponentName] };
}
