import 'server-only';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Flow, FlowStep } from '../../../flow/types';
import { parseVariants, type Confidence, type Os } from '../../../shared/constants';
import type { Position } from '../problem';
import { componentOf, pos, textProps } from './jsx';

/** Where things were written, so later checks can point at the right line. */
export interface FlowSource {
  step: Record<string, Position>;
  attr: Record<string, Partial<Record<string, Position>>>;
  /** Every `variants="…"` value written anywhere, with its position. */
  variantRefs: { id: string; at: Position }[];
  /** Option positions by `${stepId}/${index}`. */
  option: Record<string, Partial<Record<string, Position>>>;
  /** Same-site links (`/…`, `#…`), checked once every guide is loaded. */
  links: { url: string; at: Position }[];
  /** The scope of every <Only> block, to tell whether two variants show the same thing. */
  only: { variants?: string[]; os?: Os }[];
  /** Each step's text as plain words, for the description of its page. */
  text: Record<string, string>;
  /** Each step's source ids as written (`none` when it rests on none). */
  sources: Record<string, string[]>;
}

/**
 * Reads the steps of a guide out of its MDX tree, without running any code, and where each
 * thing was written. What is wrong with the MDX is the rules' business (./rules); a step whose
 * id repeats an earlier one is left out here (unique-step-id reports it).
 */
export function extractFlow(tree: Root): { flow: Flow; source: FlowSource } {
  const steps: FlowStep[] = [];
  const source: FlowSource = { step: {}, attr: {}, variantRefs: [], option: {}, links: [], only: [], text: {}, sources: {} };

  visit(tree, (node) => {
    // Same-site links, absolute (/…, #…) or relative (checked, and refused, with the others).
    if ((node.type === 'link' || node.type === 'definition') && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url)) source.links.push({ url: node.url, at: pos(node)! });
    const el = componentOf(node)?.el;
    if (!el) return;
    const props = textProps(el);
    for (const id of parseVariants(props.variants?.value) ?? []) source.variantRefs.push({ id, at: props.variants!.at });
    if (el.name === 'Only') source.only.push({ variants: parseVariants(props.variants?.value), os: props.os?.value as Os | undefined });
  });

  for (const node of tree.children) {
    if (node.type !== 'mdxJsxFlowElement' || (node.name !== 'Step' && node.name !== 'Choice')) continue;
    const props = textProps(node);
    const v = (k: string) => props[k]?.value;
    const id = v('id');
    if (id === undefined || source.step[id]) continue;
    source.step[id] = pos(node)!;
    source.text[id] = toString(node).replace(/\s+/g, ' ').trim();
    source.attr[id] = Object.fromEntries(Object.entries(props).map(([k, a]) => [k, a.at]));
    source.sources[id] = (v('sources') ?? '').split(/\s+/).filter((x) => x && x !== 'none');
    const step: FlowStep = { id, title: v('title') ?? id, screen: v('screen') ?? '' };
    if (v('tap')) step.target = v('tap');
    if (v('next')) step.next = v('next');
    const variants = parseVariants(v('variants'));
    if (variants) step.variants = variants;
    if (v('os')) step.os = v('os') as Os;
    if (v('confidence')) step.confidence = v('confidence') as Confidence;
    if (node.name === 'Choice') {
      const options = node.children.filter((c): c is MdxJsxFlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'Option');
      step.options = options.map((o, i) => {
        const oa = textProps(o);
        source.option[`${id}/${i}`] = Object.fromEntries(Object.entries(oa).map(([k, a]) => [k, a.at]));
        return { to: oa.to?.value ?? '', target: oa.tap?.value ?? '', label: oa.label?.value ?? '' };
      });
    }
    steps.push(step);
  }
  return { flow: { steps }, source };
}
