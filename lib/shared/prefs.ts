import { isOs, type Os } from './constants';

/**
 * Display preferences, the only thing the site stores (localStorage, never sent anywhere):
 * the reader's OS, and per guide the version they picked. Keys all start with `tapguide.`.
 */
export const PREF_PREFIX = 'tapguide.';
const OS_KEY = `${PREF_PREFIX}os`;
const variantKey = (slug: string) => `${PREF_PREFIX}variant.${slug}`;

function storage(): Storage | undefined {
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
