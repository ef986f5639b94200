import type { App } from './content/guide-schema';

/** How each app is named to readers, in the order the home page lists them. */
export const APPS: Record<App, { name: string; short: string }> = {
  wechat: { name: '微信', short: '微信' },
  qq: { name: 'QQ', short: 'QQ' },
  wangzheng: { name: '国家网络身份认证 App（网证）', short: '网证' },
};
export const APP_ORDER: App[] = ['wechat', 'qq', 'wangzheng'];
