import { createElement, Fragment, type ComponentType, type ReactNode } from 'react';
import { OptionLink } from './option-link.client';
import { Only } from './only.client';

/**
 * A step's text as the server sends it (./step-body-json.ts): a string, or `[tag, props, ...children]`
 * where the tag is an HTML element, '' for a fragment, or one of the client components below.
 */
export type BodyNode = string | null | [string, Record<string, unknown>, ...BodyNode[]];

const CLIENT: Record<string, ComponentType<never>> = { Option: OptionLink, Only };

/** Renders a step's text from its JSON: the same elements the server rendered, in the browser too. */
export function renderBody(node: BodyNode, key?: number): ReactNode {
  if (node === null || typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  const kids = children.map((c, i) => renderBody(c, i));
  if (tag === '') return createElement(Fragment, { key }, ...kids);
  return createElement((CLIENT[tag] ?? tag) as string, { ...props, key }, ...kids);
}
