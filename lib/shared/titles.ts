import { APPS, OS_LABEL, type App, type Os } from './constants';

export const SITE_NAME = 'Tapguide';

/** The layout's title template (`%s · Tapguide`), written out where the page title is set by hand. */
export function documentTitle(title: string): string {
  return `${title} · ${SITE_NAME}`;
}

/** “第 3 步：点击“服务” · 查看微信实名信息 · 微信 8.0 及以上 · iPhone”: what a pasted step link previews as. */
export function stepPageTitle(p: { index: number; step: string; guide: string; app: App; variant: string; os: Os }): string {
  return `第 ${p.index} 步：${p.step} · ${p.guide} · ${APPS[p.app].short} ${p.variant} · ${OS_LABEL[p.os]}`;
}
