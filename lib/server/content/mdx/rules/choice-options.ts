import 'server-only';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { problem } from '../../problem';
import { pos, textProps } from '../jsx';
import type { Rule } from '../rule';
import { isStepNode } from './step-node';

/** A choice offers two or more options, each tapping its own element (else the second can never be chosen). */
export const choiceOptions: Rule = (node, ctx) => {
  if (!isStepNode(node, ctx) || node.name !== 'Choice') return [];
  const id = textProps(node).id?.value;
  if (id === undefined) return [];
  const options = node.children.filter((c): c is MdxJsxFlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'Option').map((o) => textProps(o));
  const problems = options.length < 2 ? [problem(ctx.file, pos(node), `<Choice id="${id}"> needs at least two <Option>`, 'a choice with one option is a Step')] : [];
  options.forEach((o, i) => {
    const first = options.findIndex((x) => x.tap?.value === o.tap?.value);
    if (o.tap?.value && first < i) {
      problems.push(problem(ctx.file, o.tap.at, `options "${options[first]!.label?.value ?? ''}" and "${o.label?.value ?? ''}" both ask for a tap on "${o.tap.value}"`, 'each option needs its own element to tap, or the second can never be chosen'));
    }
  });
  return problems;
};
