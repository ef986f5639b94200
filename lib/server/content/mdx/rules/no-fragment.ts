import 'server-only';
import { problem } from '../../problem';
import { isJsx, pos } from '../jsx';
import type { Rule } from '../rule';

/** `<>…</>` groups nothing a guide needs and hides what is inside from the other rules' names. */
export const noFragment: Rule = (node, { file }) => (isJsx(node) && !node.name ? [problem(file, pos(node), 'fragments (<>…</>) are not allowed in guides')] : []);
