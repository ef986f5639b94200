import 'server-only';
import { problem } from '../../problem';
import { CALLOUT_TYPES } from '../../schema/components';
import { componentOf, textProps } from '../jsx';
import type { Rule } from '../rule';


/** A <Callout>'s type is one the page knows how to draw. */
export const calloutType: Rule = (node, { file }) => {
  const c = componentOf(node);
  const type = c?.el.name === 'Callout' ? textProps(c.el).type : undefined;
  return type && !(CALLOUT_TYPES as readonly string[]).includes(type.value) ? [problem(file, type.at, `Callout type="${type.value}" is unknown`, `use ${CALLOUT_TYPES.join(', ')}`)] : [];
};
