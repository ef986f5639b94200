import 'server-only';
import { OS_VALUES } from '../../../../shared/constants';
import { problem } from '../../problem';
import { componentOf, textProps } from '../jsx';
import type { Rule } from '../rule';


/** os="…" names one of the two OSes every guide has. */
export const osValue: Rule = (node, { file }) => {
  const c = componentOf(node);
  const os = c && textProps(c.el).os;
  return os && !(OS_VALUES as readonly string[]).includes(os.value) ? [problem(file, os.at, `os="${os.value}" is not an OS`, 'use os="ios" or os="android"')] : [];
};
