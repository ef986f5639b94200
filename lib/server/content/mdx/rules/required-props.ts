import 'server-only';
import { problem } from '../../problem';
import { componentOf, pos, textProps } from '../jsx';
import type { Rule } from '../rule';


/** Every required prop is written, and not empty. */
export const requiredProps: Rule = (node, { file }) => {
  const c = componentOf(node);
  if (!c) return [];
  const props = textProps(c.el);
  const written = new Set(c.el.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : [])));
  return Object.entries(c.spec.props).flatMap(([prop, p]) => {
    if (!p.required) return [];
    if (!written.has(prop)) return [problem(file, pos(c.el), `<${c.el.name}> is missing the required prop "${prop}"`, p.doc)];
    if (props[prop] && !props[prop].value.trim()) return [problem(file, props[prop].at, `prop "${prop}" of <${c.el.name}> is empty`, p.doc)];
    return [];
  });
};
