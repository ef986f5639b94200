import 'server-only';
import { stepsFor } from '../../../flow/walk';
import type { Flow } from '../../../flow/types';
import { CONFIDENCE_LABEL, confidenceRank, KIND_CEILING, OS_VALUES, type Confidence } from '../../../shared/constants';
import type { GuideFrontmatter } from '../../../shared/types';
import type { Register } from '../load/register';
import { positionAt } from '../load/yaml';
import { problem, type Problem } from '../problem';

/**
 * The most a step may be trusted: what its best source allows (a step with no source: low), and no
 * more than its own `confidence` when the editor says it is less sure.
 */
export function stepCeiling(ids: readonly string[], register: Register, own?: Confidence): Confidence {
  const ranks = ids.flatMap((id) => (register.sources[id] ? [confidenceRank(KIND_CEILING[register.sources[id].kind])] : []));
  const best = Math.max(0, ...ranks);
  return (['low', 'medium', 'high'] as const)[own ? Math.min(best, confidenceRank(own)) : best]!;
}

/**
 * A variant may be trusted as far as its weakest step allows, or fully once someone walked it on a
 * real phone; the guide as far as its weakest variant. Says where a stated confidence claims more.
 */
export function confidenceCeilings(fm: GuideFrontmatter, flow: Flow, stepSources: Record<string, string[]>, register: Register) {
  const variants = fm.variants.map((v) => {
    if (fm.checkedOnDevice.some((c) => c.variant === v.id)) return { id: v.id, ceiling: 'high' as Confidence, weakest: undefined };
    const steps = [...new Set(OS_VALUES.flatMap((os) => stepsFor(flow, { variant: v.id, os })))];
    let weakest: { step: string; ceiling: Confidence } | undefined;
    for (const s of steps) {
      const ceiling = stepCeiling(stepSources[s.id] ?? [], register, s.confidence);
      if (!weakest || confidenceRank(ceiling) < confidenceRank(weakest.ceiling)) weakest = { step: s.id, ceiling };
    }
    return { id: v.id, ceiling: weakest?.ceiling ?? 'high', weakest };
  });
  const guide = variants.reduce((a, b) => (confidenceRank(b.ceiling) < confidenceRank(a.ceiling) ? b : a));
  return { variants, guide };
}

export function checkConfidence(file: string, yaml: string, fm: GuideFrontmatter, flow: Flow, stepSources: Record<string, string[]>, register: Register): Problem[] {
  const { variants, guide } = confidenceCeilings(fm, flow, stepSources, register);
  const why = (w: { step: string; ceiling: Confidence } | undefined) => (w ? `step "${w.step}" allows no more than ${w.ceiling} (its best source, or its own confidence="…")` : '');
  const problems: Problem[] = [];
  if (confidenceRank(fm.confidence) > confidenceRank(guide.ceiling)) {
    problems.push(
      problem(file, positionAt(yaml, ['confidence'], 1), `confidence "${fm.confidence}" claims more than the sources allow (at most ${guide.ceiling}: in variant "${guide.id}", ${why(guide.weakest)})`, `lower it to ${guide.ceiling} (${CONFIDENCE_LABEL[guide.ceiling]}), or cite a better source for that step`),
    );
  }
  fm.variants.forEach((v, i) => {
    const c = variants[i]!;
    if (v.confidence && confidenceRank(v.confidence) > confidenceRank(c.ceiling)) {
      problems.push(problem(file, positionAt(yaml, ['variants', i, 'confidence'], 1), `variant "${v.id}": confidence "${v.confidence}" claims more than its sources allow (at most ${c.ceiling}: ${why(c.weakest)})`, `lower it to ${c.ceiling}, or cite a better source for that step`));
    }
  });
  return problems;
}

/** Frontmatter `sources:` names register ids too. */
export function checkGuideSources(file: string, yaml: string, ids: readonly string[], register: Register): Problem[] {
  return ids.flatMap((id, i) => (register.sources[id] ? [] : [problem(file, positionAt(yaml, ['sources', i], 1), `source "${id}" is not in content/sources.yaml`, 'add it to the register first, or check its spelling')]));
}
