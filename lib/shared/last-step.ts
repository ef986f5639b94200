import { PREF_PREFIX, storage } from './prefs';

/**
 * The last step a reader reached in a guide's version, kept in this browser only
 * (`tapguide.step.<slug>.<variant>`: the step's id), so a guide opened again without a step in
 * its address can offer “上次看到第 N 步，继续？”. Only the lazy player reads and writes it.
 */
const lastStepKey = (slug: string, variant: string) => `${PREF_PREFIX}step.${slug}.${variant}`;

export function readLastStep(slug: string, variant: string): string | undefined {
  return storage()?.getItem(lastStepKey(slug, variant)) ?? undefined;
}

/** Remembers the step, or forgets it (`undefined`: the reader is back at the first step). */
export function saveLastStep(slug: string, variant: string, step: string | undefined): void {
  try {
    if (step) storage()?.setItem(lastStepKey(slug, variant), step);
    else storage()?.removeItem(lastStepKey(slug, variant));
  } catch {
    /* a convenience only */
  }
}
