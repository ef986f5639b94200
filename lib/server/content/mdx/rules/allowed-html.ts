import 'server-only';
import { problem } from '../../problem';
import { ALLOWED_HTML } from '../../schema/components';
import { isJsx, pos } from '../jsx';
import type { Rule } from '../rule';

/** Raw HTML is refused but for a few harmless inline tags: MDX compiles to code, and nothing may load from elsewhere. */
export const allowedHtml: Rule = (node, { file }) => {
  if (!isJsx(node) || !node.name || !/^[a-z]/.test(node.name) || ALLOWED_HTML.includes(node.name)) return [];
  const hint = node.name === 'a' ? 'write links in Markdown: [text](/guides/…)' : `guides are content: write Markdown, or use ${ALLOWED_HTML.map((t) => `<${t}>`).join(' ')}`;
  return [problem(file, pos(node), `<${node.name}> is not allowed in guides`, hint)];
};
