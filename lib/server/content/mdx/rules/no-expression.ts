import 'server-only';
import { problem } from '../../problem';
import { pos } from '../jsx';
import type { Rule } from '../rule';

/** `{…}` is JavaScript in MDX: guides are text. */
export const noExpression: Rule = (node, { file }) =>
  node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' ? [problem(file, pos(node), 'code in { } is not allowed in guides', 'write plain text; to show a literal brace write \\{')] : [];
