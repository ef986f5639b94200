import { allPaths, applies, findStep } from '../flow/walk';
import { OS_VALUES } from './guide-schema';
import type { Flow } from '../flow/types';
import { closest } from './closest';
import type { FlowSource } from './extract-flow';
import type { Variant } from './guide-schema';
import { problem, type Problem } from './problem';
import { tapTargets, type ScreenData } from './screen-schema';

/**
 * Checks a guide's steps against its declared variants and the screen library:
 * every screen and tap target exists, every reference resolves, every variant × OS
 * path reaches an end and every step is reachable in some variant × OS.
 */
export function checkFlow(
  file: string,
  flow: Flow,
  source: FlowSource,
  /** Undefined when the frontmatter is broken: variant checks are then skipped. */
  variants: Variant[] | undefined,
  screens: Record<string, ScreenData>,
  /** Graph checks on a guide with other problems would mostly repeat them. */
  { graph }: { graph: boolean },
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

  const reached = new Set<string>();
  for (const v of variantIds) {
    for (const os of OS_VALUES) {
      const ctx = { variant: v, os };
      const paths = allPaths(flow, ctx);
      if (!paths.length) problems.push(problem(file, undefined, `variant "${v}" on ${os} has no steps`, 'give at least one step no variants="…" or include this variant'));
      for (const p of paths) {
        p.steps.forEach((s) => reached.add(s.id));
        if (p.end === 'end') continue;
        const at = source.step[p.at.id];
        const route = p.steps.map((s) => s.id).join(' → ');
        if (p.end === 'dead-end') problems.push(problem(file, at, `variant "${v}" on ${os}: step "${p.at.id}" asks for a tap but no step follows it (path: ${route})`, 'add a final step without tap="…", or next="…"'));
        else if (p.end === 'loop') problems.push(problem(file, at, `variant "${v}" on ${os}: the path loops back from "${p.at.id}" (path: ${route})`));
        else {
          const target = p.at.options?.map((o) => o.to).find((id) => !findStep(flow, id) || !applies(findStep(flow, id)!, ctx)) ?? p.at.next;
          problems.push(problem(file, at, `variant "${v}" on ${os}: step "${p.at.id}" leads to "${target}", which does not apply to this variant/OS`, 'check variants="…" on both steps'));
        }
      }
    }
  }
  for (const s of flow.steps) {
    if (!reached.has(s.id)) problems.push(problem(file, source.step[s.id], `step "${s.id}" cannot be reached in any variant`, 'check its variants="…" and the next/to of the steps before it'));
  }
  return problems;
}
