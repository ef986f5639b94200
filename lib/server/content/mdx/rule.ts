import 'server-only';
import type { Parent, Node } from 'unist';
import type { Register } from '../load/register';
import type { Problem } from '../problem';

/** What a rule may know besides the node: the file, where the node sits, and guide-wide facts. */
export interface RuleContext {
  file: string;
  parent: Parent | undefined;
  /** Reference-style image definitions (`[ref]: url`) of the whole guide. */
  definitions: ReadonlyMap<string, string>;
  /** Every top-level <Step>/<Choice> node, in file order (rules that compare steps read it). */
  steps: readonly Node[];
  /** The sources register, the blocked sites and the banned claims. */
  register: Register;
}

/** One check of an MDX guide: looks at one node of the tree and reports what is wrong with it. */
export type Rule = (node: Node, ctx: RuleContext) => Problem[];
