import 'server-only';
import { Fragment, isValidElement, type ReactNode } from 'react';
import type { BodyNode } from './step-body';
import { OptionLink } from './option-link.client';
import { Only } from './only.client';

/** The client components a step's text may hold, by the name the browser renders them under (./step-body.tsx). */
const CLIENT = new Map<unknown, string>([
  [OptionLink, 'Option'],
  [Only, 'Only'],
]);

/**
 * A step's rendered text as plain JSON, for the browser to render (./step-body.tsx): HTML
 * elements as `[tag, props, ...children]`, the server's own components (Callout, Checklist, 依据…)
 * expanded into the elements they return, the client components by name. The guide page sends its
 * version's steps this way once, and another version's steps come as the same JSON when the reader
 * switches (app/guides/[slug]/[variant]/steps.json/route.ts).
 */
export function toBodyJson(node: ReactNode): BodyNode {
  if (node === null || node === undefined || typeof node === 'boolean') return null;
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return ['', {}, ...node.map(toBodyJson)];
  if (!isValidElement<Record<string, unknown> & { children?: ReactNode }>(node))
    throw new Error(`A step's text holds something that cannot be sent: ${String(node)}`);
  const { children, ...props } = node.props;
  const kids = children === undefined ? [] : (Array.isArray(children) ? children : [children]).map(toBodyJson);
  if (node.type === Fragment) return ['', {}, ...kids];
  if (typeof node.type === 'string') return [node.type, props, ...kids];
  const client = CLIENT.get(node.type);
  if (client) return [client, props, ...kids];
  // A server component (a plain function): its output is what the browser needs.
  if (typeof node.type === 'function') return toBodyJson((node.type as (p: unknown) => ReactNode)(node.props));
  throw new Error(`A step's text holds a component the browser cannot render: add it to CLIENT in step-body-json.ts`);
}
