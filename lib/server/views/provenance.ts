import 'server-only';
import { SOURCE_KINDS, type Confidence } from '../../shared/constants';
import type { GuideFrontmatter, Source } from '../../shared/types';
import { stepCeiling } from '../content/check/confidence';
import type { Register } from '../content/load/register';
import type { Guide } from '../content/types';

/** What a guide rests on, as readers see it: its sources, each step's, and how sure each version is. */
export interface Provenance {
  /** Every source the guide cites (text and steps), most trustworthy kind first. */
  sources: Source[];
  /** Each step's sources, best first; an empty list: the step rests on no source. */
  steps: Record<string, { sources: Source[]; confidence: Confidence }>;
  /** Per version: how sure we are, and the real-phone checks of it. */
  variants: { id: string; label: string; confidence: Confidence; checks: GuideFrontmatter['checkedOnDevice'] }[];
  confidence: Confidence;
  confidenceNote?: string;
}

export function provenanceOf(guide: Guide, register: Register): Provenance {
  const fm = guide.frontmatter;
  const lookup = (ids: readonly string[]) => ids.flatMap((id) => (register.sources[id] ? [register.sources[id]] : []));
  const cited = [...new Set([...fm.sources, ...Object.values(guide.stepSources).flat()])];
  const sources = lookup(cited).sort((a, b) => SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind));
  const steps = Object.fromEntries(
    Object.entries(guide.stepSources).map(([id, ids]) => {
      // A step is as sure as its best source allows, and no surer than the editor says.
      return [id, { sources: lookup(ids), confidence: stepCeiling(ids, register, guide.flow.steps.find((s) => s.id === id)?.confidence) }];
    }),
  );
  return {
    sources,
    steps,
    variants: fm.variants.map((v) => ({
      id: v.id,
      label: v.label,
      confidence: v.confidence ?? fm.confidence,
      checks: fm.checkedOnDevice.filter((c) => c.variant === v.id),
    })),
    confidence: fm.confidence,
    ...(fm.confidenceNote ? { confidenceNote: fm.confidenceNote } : {}),
  };
}
