import type { ClientDict } from './client-dict';
import type { App, Confidence, Os, SourceKind } from '../constants';

/** Fills a dictionary string's `{name}` placeholders: `format('第 {n} 步', { n: 3 })` → 第 3 步. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** An app's name in the page's words (微信 / WeChat); `long` for the one app whose short name is an abbreviation. */
export function appName(t: ClientDict, app: App, long = false): string {
  return { wechat: t.appWechat, qq: t.appQq, wangzheng: long ? t.appWangzhengLong : t.appWangzheng }[app];
}

/** iPhone / 安卓 / Android. */
export const osName = (t: ClientDict, os: Os): string => (os === 'ios' ? t.osIos : t.osAndroid);

/** 腾讯官方 / Tencent (official), … : how far a source may be trusted. */
export function kindName(t: ClientDict, kind: SourceKind): string {
  return {
    official: t.kindOfficial,
    'national-news': t.kindNationalNews,
    government: t.kindGovernment,
    community: t.kindCommunity,
    'content-site': t.kindContentSite,
  }[kind];
}

/** 高 / high, 中 / medium, 低 / low. */
export function confidenceName(t: ClientDict, c: Confidence): string {
  return { high: t.confidenceHigh, medium: t.confidenceMedium, low: t.confidenceLow }[c];
}
