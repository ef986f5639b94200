import 'server-only';
import { allPaths, applies, findStep, type PathResult } from '../../../flow/walk';
import { OS_VALUES } from '../../../shared/constants';
import type { Flow, FlowContext, FlowStep } from '../../../flow/types';
import { closest } from './closest';
import type { FlowSource } from '../mdx/extract-flow';
import type { Variant } from '../../../shared/types';
import { problem, type Position, type Problem } from '../problem';
import type { ScreenData } from '../../../shared/types';
import { tapTargets } from '../../../shared/screen-elements';

/**
 * Checks a guide's steps against its declared variants and the screen library:
 * every screen and tap target exists, every reference resolves, every variant × OS
 * path reaches an end, and every step shown in a variant is on one of its paths.
 */
export function checkFlow(
  file: string,
  flow: Flow,
  source: FlowSource,
  /** Undefined when the frontmatter is broken: variant checks are then skipped. */
  variants: Variant[] | undefined,
  screens: Record<string, ScreenData>,
  /** Graph checks on a guide with other problems would mostly repeat them. */
  { graph, variantAt = {} }: { graph: boolean; variantAt?: Record<string, Position> },
): Problem[] {
  const problems: Problem[] = [];
  const variantIds = variants?.map((v) => v.id) ?? [];
  const stepIds = flow.steps.map((s) => s.id);
  const screenNames = Object.keys(screens);

  for (const ref of variants ? source.variantRefs : []) {
    if (!variantIds.includes(ref.id)) problems.push(problem(file, ref.at, `variant "${ref.id}" is not declared in the frontmatter`, closest(ref.id, variantIds)));
  }

  const targetProblem = (at: typeof source.step[string] | undefined, screenName: string, target: string) => {
    const screen = screens[screenName];
    if (!screen) return;
    const ids = tapTargets(screen);
    if (!ids.includes(target)) problems.push(problem(file, at, `screen "${screenName}" has no element "${target}" to tap`, closest(target, ids)));
  };

  for (const step of flow.steps) {
    const at = source.attr[step.id] ?? {};
    if (step.screen && !screens[step.screen]) {
      problems.push(problem(file, at.screen, `no screen named "${step.screen}"`, closest(step.screen, screenNames) ?? 'screens live in content/screens/<app>/<name>.yaml'));
    }
    if (step.target) targetProblem(at.tap, step.screen, step.target);
    if (step.next && !stepIds.includes(step.next)) problems.push(problem(file, at.next, `next="${step.next}" is not a step in this guide`, closest(step.next, stepIds)));
    step.options?.forEach((o, i) => {
      const oat = source.option[`${step.id}/${i}`] ?? {};
      if (o.to && !stepIds.includes(o.to)) problems.push(problem(file, oat.to, `option "${o.label}" leads to "${o.to}", which is not a step in this guide`, closest(o.to, stepIds)));
      if (o.target) targetProblem(oat.tap, step.screen, o.target);
    });
  }
  if (problems.length || !graph || !variants) return problems;

  for (const v of variantIds) {
    // Describe each OS's faults, then say them once when both OSes share them.
    const perOs = OS_VALUES.map((os) => {
      const ctx = { variant: v, os };
      const paths = allPaths(flow, ctx);
      const faults: Fault[] = paths.flatMap((p) => (p.end === 'end' ? [] : [describeFault(flow, p, ctx)]));
      // A step shown in this variant's article must be on one of its paths, or its link goes nowhere.
      const here = new Set(paths.flatMap((p) => p.steps.map((s) => s.id)));
      for (const s of flow.steps) {
        if (applies(s, ctx) && !here.has(s.id)) faults.push({ step: s.id, message: `step "${s.id}" belongs to this variant but no path reaches it`, hint: 'limit it with variants="…", or lead to it with next="…" or an <Option>' });
      }
      if (!paths.length) faults.push({ step: undefined, message: 'has no steps', hint: 'give at least one step no variants="…", or include this variant' });
      return { os, faults };
    });
    const same = JSON.stringify(perOs[0]!.faults) === JSON.stringify(perOs[1]!.faults);
    for (const { os, faults } of same ? [{ os: undefined, faults: perOs[0]!.faults }] : perOs) {
      for (const f of faults) {
        problems.push(problem(file, f.step ? source.step[f.step] : undefined, `variant "${v}"${os ? ` on ${os}` : ''}: ${f.message}`, f.hint));
      }
    }
  }
  // A declared variant must show something its neighbours do not, or readers get a choice that changes nothing.
  const scoped = [...flow.steps, ...source.only];
  variantIds.forEach((v, j) => {
    const twin = variantIds.slice(0, j).find((u) => OS_VALUES.every((os) => scoped.every((x) => applies(x, { variant: v, os }) === applies(x, { variant: u, os }))));
    if (twin) {
      problems.push(problem(file, variantAt[v], `variant "${v}" changes nothing: no step or block is shown differently from "${twin}"`, `scope a step or an <Only> block to it with variants="${v}", or remove it`));
    }
  });
  return problems;
}

interface Fault {
  step?: string;
  message: string;
  hint?: string;
}

function describeFault(flow: Flow, p: Extract<PathResult, { at: FlowStep }>, ctx: FlowContext): Fault {
  const route = p.steps.map((s) => s.id).join(' → ');
  if (p.end === 'dead-end') return { step: p.at.id, message: `step "${p.at.id}" asks for a tap but no step follows it (path: ${route})`, hint: 'add a final step without tap="…", or next="…"' };
  if (p.end === 'loop') return { step: p.at.id, message: `the path loops back from "${p.at.id}" (path: ${route})` };
  const target = p.at.options?.map((o) => o.to).find((id) => !findStep(flow, id) || !applies(findStep(flow, id)!, ctx)) ?? p.at.next;
  return { step: p.at.id, message: `step "${p.at.id}" leads to "${target}", which does not apply to this variant/OS`, hint: 'check variants="…" and os="…" on both steps' };
}
