import type { Flow, FlowContext, FlowStep } from './types';

/** Graph walking over a guide's steps for one variant × OS. Pure: used by the checker, the player and the e2e. */

export function applies(step: Pick<FlowStep, 'variants' | 'os'>, ctx: FlowContext): boolean {
  return (!step.variants || step.variants.includes(ctx.variant)) && (!step.os || step.os === ctx.os);
}

export function stepsFor(flow: Flow, ctx: FlowContext): FlowStep[] {
  return flow.steps.filter((s) => applies(s, ctx));
}

export function findStep(flow: Flow, id: string): FlowStep | undefined {
  return flow.steps.find((s) => s.id === id);
}

export function firstStep(flow: Flow, ctx: FlowContext): FlowStep | undefined {
  return flow.steps.find((s) => applies(s, ctx));
}

export function isEnd(step: FlowStep): boolean {
  return !step.target && !step.options?.length;
}

/** Where tapping this step's target leads: `next` if given, else the next applicable step in the file. */
export function nextAfterTap(flow: Flow, step: FlowStep, ctx: FlowContext): FlowStep | undefined {
  if (step.next) return findStep(flow, step.next);
  const i = flow.steps.indexOf(step);
  return flow.steps.slice(i + 1).find((s) => applies(s, ctx));
}

/** The steps reachable in one tap from this one (one per option on a choice). */
export function successors(flow: Flow, step: FlowStep, ctx: FlowContext): FlowStep[] {
  if (step.options?.length) return step.options.map((o) => findStep(flow, o.to)).filter((s): s is FlowStep => !!s);
  if (!step.target) return [];
  const n = nextAfterTap(flow, step, ctx);
  return n ? [n] : [];
}

/** Where a tap on `target` leads from `step`, or undefined when `target` is not what this step asks for. */
export function afterTap(flow: Flow, step: FlowStep, target: string, ctx: FlowContext): FlowStep | undefined {
  if (step.options?.length) {
    const o = step.options.find((x) => x.target === target);
    return o ? findStep(flow, o.to) : undefined;
  }
  return step.target === target ? nextAfterTap(flow, step, ctx) : undefined;
}

/** Shortest path from the first step to `id` (inclusive), or undefined when unreachable. */
export function pathTo(flow: Flow, ctx: FlowContext, id: string): FlowStep[] | undefined {
  const start = firstStep(flow, ctx);
  if (!start) return undefined;
  const prev = new Map<string, FlowStep | null>([[start.id, null]]);
  const queue = [start];
  while (queue.length) {
    const s = queue.shift()!;
    if (s.id === id) {
      const path: FlowStep[] = [];
      for (let cur: FlowStep | null | undefined = s; cur; cur = prev.get(cur.id)) path.unshift(cur);
      return path;
    }
    for (const n of successors(flow, s, ctx)) {
      if (!prev.has(n.id)) {
        prev.set(n.id, s);
        queue.push(n);
      }
    }
  }
  return undefined;
}

/**
 * Continues a path to its end, taking the first option at each choice not yet made
 * (used for "第 n / N 步": N is the length of the path the reader is on).
 */
export function continuePath(flow: Flow, ctx: FlowContext, path: FlowStep[]): FlowStep[] {
  const out = [...path];
  const seen = new Set(out.map((s) => s.id));
  let cur = out[out.length - 1];
  while (cur) {
    const n: FlowStep | undefined = successors(flow, cur, ctx)[0];
    if (!n || seen.has(n.id)) break;
    out.push(n);
    seen.add(n.id);
    cur = n;
  }
  return out;
}

export type PathResult = { steps: FlowStep[]; end: 'end' } | { steps: FlowStep[]; end: 'dead-end' | 'loop' | 'missing'; at: FlowStep };

/** Every route from the first step, one per combination of choices, each to an end or to the fault that stops it. */
export function allPaths(flow: Flow, ctx: FlowContext, limit = 1000): PathResult[] {
  const start = firstStep(flow, ctx);
  if (!start) return [];
  const out: PathResult[] = [];
  const walk = (path: FlowStep[]) => {
    if (out.length >= limit) return;
    const cur = path[path.length - 1]!;
    if (isEnd(cur)) return void out.push({ steps: path, end: 'end' });
    const wanted = cur.options?.length ? cur.options.map((o) => o.to) : [cur.next ?? nextAfterTap(flow, cur, ctx)?.id];
    for (const id of wanted) {
      const n = id ? findStep(flow, id) : undefined;
      if (!id) out.push({ steps: path, end: 'dead-end', at: cur });
      else if (!n || !applies(n, ctx)) out.push({ steps: path, end: 'missing', at: cur });
      else if (path.includes(n)) out.push({ steps: path, end: 'loop', at: cur });
      else walk([...path, n]);
    }
  };
  walk([start]);
  return out;
}
