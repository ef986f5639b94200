import 'server-only';
import { problem } from '../../problem';
import { pos, textProps } from '../jsx';
import type { Rule } from '../rule';
import { isStepNode } from './step-node';

/** Links point at step ids: two steps with one id would make one of them unreachable by link. */
export const uniqueStepId: Rule = (node, ctx) => {
  const id = isStepNode(node, ctx) ? textProps(node).id : undefined;
  if (!id) return [];
  const first = ctx.steps.find((s) => isStepNode(s, ctx) && textProps(s).id?.value === id.value);
  if (!first || first === node) return [];
  return [problem(ctx.file, id.at, `step id "${id.value}" is used twice in this guide (first at line ${pos(first)!.line})`, 'step ids must be unique; links point at them')];
};
