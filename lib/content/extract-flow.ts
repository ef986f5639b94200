import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Flow, FlowStep } from '../flow/types';
import { closest } from './closest';
import { ALLOWED_HTML, CALLOUT_TYPES, COMPONENTS, COMPONENT_NAMES, type ComponentName } from './component-spec';
import { PAGE_ANCHORS, parseVariants } from './constants';
import { CONFIDENCE_VALUES, ID_PATTERN, OS_VALUES, type Confidence, type Os } from './guide-schema';
import { problem, type Position, type Problem } from './problem';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

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
}

const pos = (n: { position?: { start: { line: number; column: number } } }): Position | undefined =>
  n.position ? { line: n.position.start.line, column: n.position.start.column } : undefined;

/**
 * Reads the steps of a guide out of its MDX tree (without running any code) and reports
 * every misuse of the editor components: unknown names, missing or misspelled props,
 * props written as code, bad ids, forbidden HTML and import/export statements.
 */
export function extractFlow(file: string, tree: Root): { flow: Flow; source: FlowSource; problems: Problem[] } {
  const problems: Problem[] = [];
  const steps: FlowStep[] = [];
  const source: FlowSource = { step: {}, attr: {}, variantRefs: [], option: {}, links: [], only: [], text: {} };

  // Reference-style images ( ![alt][ref] ) take their address from a definition elsewhere.
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => void definitions.set(d.identifier, d.url));

  // Everything in the tree: forbidden code and HTML, unknown components, props.
  visit(tree, (node, _i, parent) => {
    if (node.type === 'mdxjsEsm') {
      problems.push(problem(file, pos(node), 'import/export statements are not allowed in guides', 'guides are content: use the components listed in docs/editing.md'));
      return;
    }
    const imageUrl = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
    if (imageUrl && /^(?:[a-z]+:)?\/\//i.test(imageUrl)) {
      problems.push(problem(file, pos(node), `image loads from another site (${imageUrl.slice(0, 60)})`, 'guides load nothing from elsewhere: put images in public/ and write /path.png'));
      return;
    }
    // Same-site links, absolute (/…, #…) or relative (checked, and refused, with the others).
    if ((node.type === 'link' || node.type === 'definition') && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url)) {
      source.links.push({ url: node.url, at: pos(node)! });
    }
    if (node.type === 'text' && /\*\*|__/.test(node.value)) {
      problems.push(problem(file, pos(node), 'bold markers ** did not take effect and will show as literal asterisks', 'next to Chinese punctuation put the punctuation outside: **“清除”的作用**： not **“清除”的作用：**'));
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push(problem(file, pos(node), 'code in { } is not allowed in guides', 'write plain text; to show a literal brace write \\{'));
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as Jsx;
    const name = el.name ?? '';
    if (!name) return void problems.push(problem(file, pos(el), 'fragments (<>…</>) are not allowed in guides'));
    if (/^[a-z]/.test(name)) {
      if (!ALLOWED_HTML.includes(name)) {
        const hint = name === 'a' ? 'write links in Markdown: [text](/guides/…)' : `guides are content: write Markdown, or use ${ALLOWED_HTML.map((t) => `<${t}>`).join(' ')}`;
        problems.push(problem(file, pos(el), `<${name}> is not allowed in guides`, hint));
      }
      return;
    }
    if (!(name in COMPONENTS)) {
      problems.push(problem(file, pos(el), `unknown component <${name}>`, closest(name, COMPONENT_NAMES)));
      return;
    }
    const spec = COMPONENTS[name as ComponentName];
    const attrs = readAttributes(file, el, problems);
    const written = new Set(el.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : [])));
    for (const [prop, p] of Object.entries(spec.props)) {
      const required = (p as { required?: boolean }).required;
      if (required && !written.has(prop)) problems.push(problem(file, pos(el), `<${name}> is missing the required prop "${prop}"`, (p as { doc: string }).doc));
      else if (required && attrs[prop] && !attrs[prop].value.trim()) problems.push(problem(file, attrs[prop]!.at, `prop "${prop}" of <${name}> is empty`, (p as { doc: string }).doc));
    }
    for (const a of el.attributes) {
      if (a.type === 'mdxJsxAttribute' && !(a.name in spec.props)) problems.push(problem(file, pos(a) ?? pos(el), `<${name}> has no prop "${a.name}"`, closest(a.name, Object.keys(spec.props))));
    }
    const parentName = parent && 'name' in parent ? (parent as Jsx).name : undefined;
    if (spec.placement === 'top' && parent?.type !== 'root') {
      problems.push(problem(file, pos(el), `<${name}> must be at the top level of the guide, not inside <${parentName ?? parent?.type}>`, 'use variants="…" on the step instead of wrapping it'));
    }
    if (typeof spec.placement === 'object' && parentName !== spec.placement.inside) {
      problems.push(problem(file, pos(el), `<${name}> must be inside <${spec.placement.inside}>`));
    }
    for (const id of parseVariants(attrs.variants?.value) ?? []) source.variantRefs.push({ id, at: attrs.variants!.at });
    if (name === 'Only') source.only.push({ variants: parseVariants(attrs.variants?.value), os: attrs.os?.value as Os | undefined });
    if ('os' in attrs && !(OS_VALUES as readonly string[]).includes(attrs.os!.value)) {
      problems.push(problem(file, attrs.os!.at, `os="${attrs.os!.value}" is not an OS`, 'use os="ios" or os="android"'));
    }
    if ('confidence' in attrs && !(CONFIDENCE_VALUES as readonly string[]).includes(attrs.confidence!.value)) {
      problems.push(problem(file, attrs.confidence!.at, `confidence="${attrs.confidence!.value}" is not a confidence`, 'use high, medium or low'));
    }
    if (name === 'Callout' && 'type' in attrs && !(CALLOUT_TYPES as readonly string[]).includes(attrs.type!.value)) {
      problems.push(problem(file, attrs.type!.at, `Callout type="${attrs.type!.value}" is unknown`, `use ${CALLOUT_TYPES.join(', ')}`));
    }
  });

  // The steps, in file order.
  for (const node of tree.children as RootContent[]) {
    if (node.type !== 'mdxJsxFlowElement' || (node.name !== 'Step' && node.name !== 'Choice')) continue;
    const attrs = readAttributes(file, node, []);
    const v = (k: string) => attrs[k]?.value;
    const id = v('id');
    if (id === undefined) continue;
    if (!ID_PATTERN.test(id)) {
      problems.push(problem(file, attrs.id!.at, `step id "${id}" is malformed`, 'use kebab-case: lower-case letters, digits and single hyphens, e.g. tap-services'));
    } else if ((PAGE_ANCHORS as readonly string[]).includes(id)) {
      problems.push(problem(file, attrs.id!.at, `step id "${id}" is taken by the page itself`, `choose another id; ${PAGE_ANCHORS.join(', ')} are page anchors`));
    }
    if (source.step[id]) {
      problems.push(problem(file, attrs.id!.at, `step id "${id}" is used twice in this guide (first at line ${source.step[id]!.line})`, 'step ids must be unique; links point at them'));
      continue;
    }
    source.step[id] = pos(node)!;
    source.text[id] = toString(node).replace(/\s+/g, ' ').trim();
    source.attr[id] = Object.fromEntries(Object.entries(attrs).map(([k, a]) => [k, a.at]));
    const step: FlowStep = { id, title: v('title') ?? id, screen: v('screen') ?? '' };
    if (v('tap')) step.target = v('tap');
    if (v('next')) step.next = v('next');
    const variants = parseVariants(v('variants'));
    if (variants) step.variants = variants;
    if (v('os')) step.os = v('os') as Os;
    if (v('confidence')) step.confidence = v('confidence') as Confidence;
    if (node.name === 'Choice') {
      const options = node.children.filter((c): c is MdxJsxFlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'Option');
      if (options.length < 2) problems.push(problem(file, pos(node), `<Choice id="${id}"> needs at least two <Option>`, 'a choice with one option is a Step'));
      step.options = options.map((o, i) => {
        const oa = readAttributes(file, o, []);
        source.option[`${id}/${i}`] = Object.fromEntries(Object.entries(oa).map(([k, a]) => [k, a.at]));
        return { to: oa.to?.value ?? '', target: oa.tap?.value ?? '', label: oa.label?.value ?? '' };
      });
      step.options.forEach((o, i) => {
        const first = step.options!.findIndex((x) => x.target === o.target);
        if (o.target && first < i) problems.push(problem(file, source.option[`${id}/${i}`]?.tap, `options "${step.options![first]!.label}" and "${o.label}" both ask for a tap on "${o.target}"`, 'each option needs its own element to tap, or the second can never be chosen'));
      });
    }
    steps.push(step);
  }
  if (!steps.length) problems.push(problem(file, undefined, 'this guide has no <Step>', 'see docs/editing.md for an example'));
  return { flow: { steps }, source, problems };
}

function readAttributes(file: string, el: Jsx, problems: Problem[]): Record<string, { value: string; at: Position }> {
  const out: Record<string, { value: string; at: Position }> = {};
  for (const a of el.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name in out) {
      problems.push(problem(file, pos(a) ?? pos(el), `prop "${a.name}" of <${el.name}> is written twice`, 'keep one'));
      continue;
    }
    if (a.type !== 'mdxJsxAttribute') {
      problems.push(problem(file, pos(a) ?? pos(el), `<${el.name}> has a {...spread} prop`, 'write each prop as name="value"'));
      continue;
    }
    const at = pos(a as MdxJsxAttribute) ?? pos(el)!;
    if (typeof a.value === 'string') out[a.name] = { value: a.value, at };
    else if (a.value === null || a.value === undefined) problems.push(problem(file, at, `prop "${a.name}" of <${el.name}> has no value`, `write ${a.name}="…"`));
    else problems.push(problem(file, at, `prop "${a.name}" of <${el.name}> is code ({…}), not text`, `write ${a.name}="…" with quotes`));
  }
  return out;
}
