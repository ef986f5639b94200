import 'server-only';
import type { Text } from 'mdast';
import { problem } from '../../problem';
import { pos } from '../jsx';
import type { Rule } from '../rule';

/** `**` left in the text: Markdown did not read it as bold (CommonMark's flanking rules and Chinese punctuation). */
export const boldMarkers: Rule = (node, { file }) =>
  node.type === 'text' && /\*\*|__/.test((node as Text).value)
    ? [problem(file, pos(node), 'bold markers ** did not take effect and will show as literal asterisks', 'next to Chinese punctuation put the punctuation outside: **“清除”的作用**： not **“清除”的作用：**')]
    : [];
