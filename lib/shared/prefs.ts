import { isOs, type Os } from './constants';

/**
 * Display preferences, the only thing the site stores (localStorage, never sent anywhere):
 * the reader's OS, per guide the version they picked, and per guide and version the last step
 * they reached (last-step.ts, to offer “继续” when they come back). Keys all start with `tapguide.`.
 */
export const PREF_PREFIX = 'tapguide.';
const OS_KEY = `${PREF_PREFIX}os`;
const variantKey = (slug: string) => `${PREF_PREFIX}variant.${slug}`;

export function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // disabled storage (privacy modes) must not break the guide
  }
}

export function readPrefs(slug: string, variants: readonly string[]): { os?: Os; variant?: string } {
  const s = storage();
  const os = s?.getItem(OS_KEY);
  const variant = s?.getItem(variantKey(slug));
  return {
    ...(isOs(os) ? { os } : {}),
    ...(variant && variants.includes(variant) ? { variant } : {}),
  };
}

export function savePrefs(slug: string, prefs: { os?: Os; variant?: string }): void {
  const s = storage();
  try {
    if (prefs.os) s?.setItem(OS_KEY, prefs.os);
    if (prefs.variant) s?.setItem(variantKey(slug), prefs.variant);
  } catch {
    /* quota or privacy mode: preferences are a convenience only */
  }
}

/** The page's text size (标准 / 大 / 特大), applied as `<html data-text-size>` before the first paint. */
export const TEXT_SIZES = ['standard', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_KEY = `${PREF_PREFIX}text-size`;

export function readTextSize(): TextSize {
  const v = storage()?.getItem(TEXT_SIZE_KEY);
  return (TEXT_SIZES as readonly string[]).includes(v ?? '') ? (v as TextSize) : 'standard';
}

export function saveTextSize(size: TextSize): void {
  try {
    storage()?.setItem(TEXT_SIZE_KEY, size);
  } catch {
    /* preferences are a convenience only */
  }
}
