import 'server-only';
import { CONFIDENCE_VALUES } from '../../../../shared/constants';
import { problem } from '../../problem';
import { componentOf, textProps } from '../jsx';
import type { Rule } from '../rule';


/** confidence="…" is high, medium or low. */
export const confidenceValue: Rule = (node, { file }) => {
  const c = componentOf(node);
  const value = c && textProps(c.el).confidence;
  return value && !(CONFIDENCE_VALUES as readonly string[]).includes(value.value) ? [problem(file, value.at, `confidence="${value.value}" is not a confidence`, 'use high, medium or low')] : [];
};
