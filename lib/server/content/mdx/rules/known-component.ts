import 'server-only';
import { closest } from '../../check/closest';
import { problem } from '../../problem';
import { COMPONENTS, COMPONENT_NAMES } from '../../schema/components';
import { isComponent, pos } from '../jsx';
import type { Rule } from '../rule';

/** Only the editors' components (lib/server/content/schema/components.ts) exist in a guide. */
export const knownComponent: Rule = (node, { file }) =>
  isComponent(node) && !(node.name in COMPONENTS) ? [problem(file, pos(node), `unknown component <${node.name}>`, closest(node.name, COMPONENT_NAMES))] : [];
