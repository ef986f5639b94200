import type { Flow } from './types';
import { pathTo } from './walk';

/** The other variants in which this step is not on any path: where the reader's screen would differ. */
export function variantsDifferingAt<V extends { id: string }>(
  flow: Flow,
  variants: V[],
  at: { variant: string; os: 'ios' | 'android'; step: string },
): V[] {
  return variants.filter((v) => v.id !== at.variant && !pathTo(flow, { variant: v.id, os: at.os }, at.step));
}
