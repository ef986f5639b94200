/**
 * Plain values shared by the schemas (build time) and the browser. Kept free of zod and semver
 * so that importing them never pulls the validators into a client bundle.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The site's editions: Chinese (the root, `/guides/…`) and English (`/en/…`). A guide's edition
 * comes from its directory (content/guides/ or content/en/guides/), never from a field.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** What an edition's addresses start with: '' for Chinese (the site root), '/en' for English. */
export const EDITION_PREFIX: Record<Lang, string> = { zh: '', en: '/en' };
/** The `<html lang>` of each edition's pages. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
export const isLang = (x: unknown): x is Lang => x === 'zh' || x === 'en';

export const OS_VALUES = ['ios', 'android'] as const;
export type Os = (typeof OS_VALUES)[number];
/** How readers see each OS named. */
export const OS_LABEL: Record<Os, string> = { ios: 'iPhone', android: '安卓' };

export const APP_VALUES = ['wechat', 'qq', 'wangzheng'] as const;
export type App = (typeof APP_VALUES)[number];
/** How each app is named to readers, in the order the home page lists them. */
export const APPS: Record<App, { name: string; short: string }> = {
  wechat: { name: '微信', short: '微信' },
  qq: { name: 'QQ', short: 'QQ' },
  wangzheng: { name: '国家网络身份认证 App（网证）', short: '网证' },
};

export const CONFIDENCE_VALUES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_VALUES)[number];
export const CONFIDENCE_LABEL: Record<Confidence, string> = { high: '高', medium: '中', low: '低' };

/** What kind of source a claim rests on; the kind caps how sure a guide may say it is. */
export const SOURCE_KINDS = ['official', 'national-news', 'government', 'community', 'content-site'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  official: '腾讯官方',
  'national-news': '全国性媒体',
  government: '政府部门',
  community: '用户社区',
  'content-site': '内容网站',
};
/** The most a claim may be trusted when this is the best source behind it. */
export const KIND_CEILING: Record<SourceKind, Confidence> = {
  official: 'high',
  'national-news': 'high',
  government: 'high',
  community: 'medium',
  'content-site': 'low',
};
/** Confidences from least to most sure, for comparing them. */
export const confidenceRank = (c: Confidence): number => ['low', 'medium', 'high'].indexOf(c);

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

/** What the reader wants to do: the home page groups guides by this, and the chooser asks it. */
export const TASKS = {
  view: '查看实名信息',
  first: '第一次实名 / 开通支付',
  update: '更新证件、补全信息',
  change: '换成别人的实名',
  lookup: '查我的身份证实名了哪些号',
  overseas: '境外、港澳台用户实名',
  minors: '孩子用微信、未成年人',
  'cyber-id': '申领网号、网证',
} as const;
export type Task = keyof typeof TASKS;
export const TASK_ORDER = Object.keys(TASKS) as Task[];
