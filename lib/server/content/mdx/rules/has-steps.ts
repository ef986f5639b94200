import 'server-only';
import { problem } from '../../problem';
import type { Rule } from '../rule';

/** A guide is a sequence of steps: without one there is nothing to follow. */
export const hasSteps: Rule = (node, { file, steps }) => (node.type === 'root' && !steps.length ? [problem(file, undefined, 'this guide has no <Step>', 'see docs/editing.md for an example')] : []);
