import type { PlayerState } from './player-state';
import type { Flow, FlowContext, FlowOption, FlowStep } from './types';
import { applies, continuePath, findStep, firstStep, successors } from './walk';

/**
 * What the page shows about the reader's route, derived once per state change and read by
 * everyone who needs it: the status line (第 n / N 步), every step's number in the article,
 * and the “选“…”之后” label on steps of another branch.
 */
export interface Route {
  /** The steps the reader took, first to current. */
  steps: FlowStep[];
  current: FlowStep;
  /** n and N of 第 n / N 步: the position on the reader's path, and that path continued to its end. */
  index: number;
  total: number;
  /** A step's number: its position on the reader's path, else on the shortest path to it; undefined outside this variant/OS. */
  numberOf(id: string): number | undefined;
  /** The choice option on the shortest path to a step (the last one), if any. */
  viaOf(id: string): FlowOption | undefined;
  /** For a step of this variant off the reader's continued route: the option that leads there (“选“…”之后”). */
  branchOf(id: string): FlowOption | undefined;
}

export function computeRoute(flow: Flow, state: Pick<PlayerState, 'variant' | 'os' | 'path'>): Route {
  const ctx = { variant: state.variant, os: state.os };
  const steps = state.path.map((id) => findStep(flow, id)).filter((s): s is FlowStep => !!s);
  const current = steps[steps.length - 1] ?? flow.steps[0]!;
  const continued = new Set(continuePath(flow, ctx, steps).map((s) => s.id));
  const tree = shortestPaths(flow, ctx);
  const onPath = new Map(steps.map((s, i) => [s.id, i + 1]));
  return {
    steps,
    current,
    index: steps.length,
    total: continuePath(flow, ctx, steps).length,
    numberOf: (id) => {
      if (onPath.has(id)) return onPath.get(id);
      const step = findStep(flow, id);
      return step && applies(step, ctx) ? tree.get(id)?.depth : undefined;
    },
    viaOf: (id) => viaOf(tree, id),
    branchOf: (id) => (continued.has(id) ? undefined : viaOf(tree, id)),
  };
}

/** The last choice on the shortest path to a step, walking back from it. */
function viaOf(tree: Map<string, Node>, id: string): FlowOption | undefined {
  for (let at = tree.get(id); at?.parent; at = tree.get(at.parent.id)) {
    const option = at.parent.options?.find((o) => o.to === at!.step.id);
    if (option) return option;
  }
  return undefined;
}

interface Node {
  step: FlowStep;
  parent?: FlowStep;
  /** Steps from the first step, inclusive (the first step is 1). */
  depth: number;
}

/**
 * One breadth-first walk from the first step gives the shortest path to every step (the same
 * paths `pathTo` finds one at a time). It depends only on the variant and OS, so it is kept per flow.
 */
const trees = new WeakMap<Flow, Map<string, Map<string, Node>>>();

function shortestPaths(flow: Flow, ctx: FlowContext): Map<string, Node> {
  const key = `${ctx.variant}/${ctx.os}`;
  const perFlow = trees.get(flow) ?? new Map<string, Map<string, Node>>();
  trees.set(flow, perFlow);
  const known = perFlow.get(key);
  if (known) return known;
  const nodes = new Map<string, Node>();
  const start = firstStep(flow, ctx);
  if (start) {
    nodes.set(start.id, { step: start, depth: 1 });
    const queue = [start];
    while (queue.length) {
      const s = queue.shift()!;
      for (const n of successors(flow, s, ctx)) {
        if (!nodes.has(n.id)) {
          nodes.set(n.id, { step: n, parent: s, depth: nodes.get(s.id)!.depth + 1 });
          queue.push(n);
        }
      }
    }
  }
  perFlow.set(key, nodes);
  return nodes;
}
