import type { VariantMeta } from './types';

/** How readers see a variant named (“8.0 及以上”); the id itself when the guide does not declare it. */
export function variantLabel(variants: readonly Pick<VariantMeta, 'id' | 'label'>[], id: string): string {
  return variants.find((v) => v.id === id)?.label ?? id;
}
