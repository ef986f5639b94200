import 'server-only';
import { ID_PATTERN, PAGE_ANCHORS } from '../../../../shared/constants';
import { problem } from '../../problem';
import { textProps } from '../jsx';
import type { Rule } from '../rule';
import { isStepNode } from './step-node';

/** A step id goes into links (#id, step pages): kebab-case, and not one of the page's own anchors. */
export const stepId: Rule = (node, ctx) => {
  const id = isStepNode(node, ctx) ? textProps(node).id : undefined;
  if (!id) return [];
  if (!ID_PATTERN.test(id.value)) return [problem(ctx.file, id.at, `step id "${id.value}" is malformed`, 'use kebab-case: lower-case letters, digits and single hyphens, e.g. tap-services')];
  if ((PAGE_ANCHORS as readonly string[]).includes(id.value)) return [problem(ctx.file, id.at, `step id "${id.value}" is taken by the page itself`, `choose another id; ${PAGE_ANCHORS.join(', ')} are page anchors`)];
  return [];
};
