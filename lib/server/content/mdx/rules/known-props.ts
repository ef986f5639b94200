import 'server-only';
import { closest } from '../../check/closest';
import { problem } from '../../problem';
import { componentOf, pos } from '../jsx';
import type { Rule } from '../rule';


/** A prop the component does not take is a typo or a misunderstanding: say which props it has. */
export const knownProps: Rule = (node, { file }) => {
  const c = componentOf(node);
  if (!c) return [];
  return c.el.attributes.flatMap((a) =>
    a.type === 'mdxJsxAttribute' && !(a.name in c.spec.props) ? [problem(file, pos(a) ?? pos(c.el), `<${c.el.name}> has no prop "${a.name}"`, closest(a.name, Object.keys(c.spec.props)))] : [],
  );
};
