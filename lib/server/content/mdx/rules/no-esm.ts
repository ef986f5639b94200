import 'server-only';
import { problem } from '../../problem';
import { pos } from '../jsx';
import type { Rule } from '../rule';

/** Guides are content: `import`/`export` would run code at build time. */
export const noEsm: Rule = (node, { file }) =>
  node.type === 'mdxjsEsm' ? [problem(file, pos(node), 'import/export statements are not allowed in guides', 'guides are content: use the components listed in docs/editing.md')] : [];
