/**
 * Plain values shared by the schemas (build time) and the browser. Kept free of zod and
 * semver so that importing them never pulls the validators into the client bundle.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const OS_VALUES = ['ios', 'android'] as const;
export type Os = (typeof OS_VALUES)[number];
export const APP_VALUES = ['wechat', 'qq', 'wangzheng'] as const;
export const CONFIDENCE_VALUES = ['high', 'medium', 'low'] as const;
export const ICON_COLORS = ['green', 'blue', 'orange', 'red', 'purple', 'yellow', 'gray'] as const;

export function isOs(x: unknown): x is Os {
  return typeof x === 'string' && (OS_VALUES as readonly string[]).includes(x);
}

/** Ids the page itself uses for anchors: a step may not take them, and links naming them are not steps. */
export const PAGE_ANCHORS = ['main', 'player', 'provenance'] as const;

/** `variants="v8 v7"` → ['v8', 'v7']; absent → undefined (applies to all). */
export function parseVariants(value: string | undefined): string[] | undefined {
  const ids = value?.split(/\s+/).filter(Boolean);
  return ids?.length ? ids : undefined;
}
