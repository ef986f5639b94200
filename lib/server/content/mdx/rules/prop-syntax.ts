import 'server-only';
import { problem } from '../../problem';
import { componentOf, pos } from '../jsx';

import type { Rule } from '../rule';

/** Props are written once, as name="text": not twice, not {...spread}, not bare, not as {code}. */
export const propSyntax: Rule = (node, { file }) => {
  const el = componentOf(node)?.el;
  if (!el) return [];
  const seen = new Set<string>();
  return el.attributes.flatMap((a) => {
    const at = pos(a) ?? pos(el);
    if (a.type !== 'mdxJsxAttribute') return [problem(file, at, `<${el.name}> has a {...spread} prop`, 'write each prop as name="value"')];
    if (seen.has(a.name)) return [problem(file, at, `prop "${a.name}" of <${el.name}> is written twice`, 'keep one')];
    seen.add(a.name);
    if (a.value === null || a.value === undefined) return [problem(file, at, `prop "${a.name}" of <${el.name}> has no value`, `write ${a.name}="…"`)];
    if (typeof a.value !== 'string') return [problem(file, at, `prop "${a.name}" of <${el.name}> is code ({…}), not text`, `write ${a.name}="…" with quotes`)];
    return [];
  });
};
