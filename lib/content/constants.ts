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
