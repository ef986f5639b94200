import 'server-only';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { Register } from '../load/register';
import type { Problem } from '../problem';
import { RULES } from './rules';
import type { RuleContext } from './rule';

/** Runs every rule (./rules, one per file) over every node of a guide's MDX tree; returns all problems. */
export function checkMdx(file: string, tree: Root, register: Register): Problem[] {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => void definitions.set(d.identifier, d.url));
  const steps: Node[] = tree.children.filter((n) => n.type === 'mdxJsxFlowElement' && (n.name === 'Step' || n.name === 'Choice'));
  const problems: Problem[] = [];
  visit(tree, (node, _i, parent) => {
    const ctx: RuleContext = { file, parent, definitions, steps, register };
    for (const rule of Object.values(RULES)) problems.push(...rule(node, ctx));
  });
  return problems;
}
