import type { Flow, FlowStep } from './types';
import { continuePath, firstStep, stepsFor } from './walk';

/**
 * For each variant, the first step on its main path whose screen no other variant shows: the
 * picture that tells a reader which version they have (“我”页面里有“服务”还是“支付”).
 */
export function telltaleSteps(flow: Flow, variants: readonly string[]): Record<string, FlowStep | undefined> {
  const os = 'ios' as const;
  const screensOf = (variant: string) => new Set(stepsFor(flow, { variant, os }).map((s) => s.screen));
  return Object.fromEntries(
    variants.map((variant) => {
      const ctx = { variant, os };
      const first = firstStep(flow, ctx);
      const main = first ? continuePath(flow, ctx, [first]) : [];
      const elsewhere = new Set(variants.filter((v) => v !== variant).flatMap((v) => [...screensOf(v)]));
      return [variant, main.find((s) => !elsewhere.has(s.screen))];
    }),
  );
}
