import type { App, Os } from './constants';

/**
 * What the in-app browsers of WeChat and QQ say about themselves:
 *   WeChat: "… MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN"
 *   QQ:     "… QQ/9.0.50.xxxx V1_AND_SQ_9.0.50_…"  (not MQQBrowser, QQ's separate browser)
 * Pure, so it is tested on recorded strings; semver matching lives in pick-variant.ts.
 */
export interface DetectedApp {
  app: Extract<App, 'wechat' | 'qq'>;
  /** The version as the app wrote it (8.0.50, 9.0.50.1234). */
  version: string;
  lang?: 'zh' | 'en';
  os?: Os;
}

export function detectOs(ua: string): Os | undefined {
  if (/iPhone|iPad|iPod/.test(ua)) return 'ios';
  if (/Android/.test(ua)) return 'android';
  return undefined;
}

export function detectApp(ua: string): DetectedApp | undefined {
  const os = detectOs(ua);
  const wechat = /MicroMessenger\/(\d+(?:\.\d+){1,3})/.exec(ua);
  if (wechat) {
    const lang = /Language\/([a-z]+)/i.exec(ua)?.[1]?.toLowerCase();
    return { app: 'wechat', version: wechat[1]!, ...(lang === 'en' || lang === 'zh' ? { lang } : {}), ...(os ? { os } : {}) };
  }
  const qq = /(?<![A-Za-z])QQ\/(\d+(?:\.\d+){1,3})/.exec(ua);
  if (qq && !/MQQBrowser/.test(ua.slice(0, qq.index))) return { app: 'qq', version: qq[1]!, ...(os ? { os } : {}) };
  return undefined;
}
