import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import type { App, Os } from './constants';
import { appName, format, osName } from './i18n/format';

export const SITE_NAME = 'Tapguide';

/** The layout's title template (`%s · Tapguide`), written out where the page title is set by hand. */
export function documentTitle(title: string): string {
  return `${title} · ${SITE_NAME}`;
}

/**
 * “第 3 步：点击“服务” · 查看微信实名信息 · 微信 8.0 及以上 · iPhone” (“Step 3: Tap “Services” · … · WeChat … ·
 * iPhone” in English): what a pasted step link previews as. `t`: the page's dictionary.
 */
export function stepPageTitle(p: { index: number; step: string; guide: string; app: App; variant: string; os: Os }, t: ClientDict): string {
  return format(t.stepPageTitle, {
    index: p.index,
    step: p.step,
    guide: p.guide,
    app: appName(t, p.app),
    variant: p.variant,
    os: osName(t, p.os),
  });
}
