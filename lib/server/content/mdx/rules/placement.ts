import 'server-only';
import { problem } from '../../problem';
import { componentOf, pos, type Jsx } from '../jsx';
import type { Rule } from '../rule';


/** Steps and choices sit at the top level (a step is not nested in text); an <Option> sits in a <Choice>. */
export const placement: Rule = (node, { file, parent }) => {
  const c = componentOf(node);
  if (!c) return [];
  const parentName = parent && 'name' in parent ? (parent as Jsx).name : undefined;
  if (c.spec.placement === 'top' && parent?.type !== 'root') {
    return [problem(file, pos(c.el), `<${c.el.name}> must be at the top level of the guide, not inside <${parentName ?? parent?.type}>`, 'use variants="…" on the step instead of wrapping it')];
  }
  if (typeof c.spec.placement === 'object' && parentName !== c.spec.placement.inside) return [problem(file, pos(c.el), `<${c.el.name}> must be inside <${c.spec.placement.inside}>`)];
  return [];
};
