import { describe, expect, it } from 'vitest';
import { aliasPages, stepPages } from '@/lib/server/content/pages/step-pages';
import { variantsDifferingAt } from '@/lib/flow/differs';
import { telltaleSteps } from '@/lib/flow/telltale';
import type { Flow } from '@/lib/flow/types';
import { stepPageTitle } from '@/lib/shared/titles';
import { zh } from '@/lib/shared/i18n/zh';

// v8: a → b8 → end;  v7: a → b7 (choice: x → c7 → end | y → end); one step only on Android.
const flow: Flow = {
  steps: [
    { id: 'a', title: 'A', screen: 'chats', target: 'me' },
    { id: 'b8', title: 'B8', screen: 'me-v8', target: 'services', variants: ['v8'] },
    {
      id: 'b7',
      title: 'B7',
      screen: 'me-v7',
      variants: ['v7'],
      options: [
        { label: 'X', target: 'more', to: 'c7' },
        { label: 'Y', target: 'wallet', to: 'end' },
      ],
    },
    { id: 'c7', title: 'C7', screen: 'pay-v7', target: 'manage', variants: ['v7'] },
    { id: 'droid', title: 'D', screen: 'me-v8', target: 'ok', os: 'android', variants: ['v8'] },
    { id: 'end', title: 'End', screen: 'done' },
  ],
};

describe('step pages', () => {
  const pages = stepPages({ slug: 'g', flow, variants: ['v8', 'v7'] });

  it('exist for every step a variant reaches, on each OS, numbered along the shortest path', () => {
    const ids = (variant: string, os: string) =>
      pages.filter((p) => p.variant === variant && p.os === os).map((p) => `${p.step}:${p.index}/${p.total}`);
    expect(ids('v8', 'ios')).toEqual(['a:1/3', 'b8:2/3', 'end:3/3']);
    // On Android b8's tap leads to the Android-only step first.
    expect(ids('v8', 'android')).toEqual(['a:1/4', 'b8:2/4', 'droid:3/4', 'end:4/4']);
    expect(ids('v7', 'ios')).toEqual(['a:1/4', 'b7:2/4', 'c7:3/4', 'end:3/3']);
    expect(pages.find((p) => p.step === 'c7' && p.os === 'android')?.path).toBe('/guides/g/v7/android/c7/');
  });

  it('give each alias a redirect page wherever its new step has a page', () => {
    const redirects = aliasPages(pages, { 'old-b': 'b8' });
    expect(redirects.map((r) => `${r.path} → ${r.to.path}`)).toEqual([
      '/guides/g/v8/ios/old-b/ → /guides/g/v8/ios/b8/',
      '/guides/g/v8/android/old-b/ → /guides/g/v8/android/b8/',
    ]);
  });

  it('are titled with the step, the guide, the app version and the OS', () => {
    expect(
      stepPageTitle({ index: 3, step: '点击“服务”', guide: '查看微信实名信息', app: 'wechat', variant: '8.0 及以上', os: 'ios' }, zh),
    ).toBe('第 3 步：点击“服务” · 查看微信实名信息 · 微信 8.0 及以上 · iPhone');
  });
});

describe('telling versions apart', () => {
  it('picks, per variant, the first screen on its main path that no other variant shows', () => {
    const t = telltaleSteps(flow, ['v8', 'v7']);
    expect(t.v8?.id).toBe('b8');
    expect(t.v7?.id).toBe('b7');
  });

  it('offers at a step only the variants that do not have it', () => {
    const variants = [{ id: 'v8' }, { id: 'v7' }];
    expect(variantsDifferingAt(flow, variants, { variant: 'v8', os: 'ios', step: 'a' })).toEqual([]);
    expect(variantsDifferingAt(flow, variants, { variant: 'v8', os: 'ios', step: 'b8' }).map((v) => v.id)).toEqual(['v7']);
    expect(variantsDifferingAt(flow, variants, { variant: 'v7', os: 'ios', step: 'end' })).toEqual([]);
  });
});
