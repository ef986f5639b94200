import { describe, expect, it } from 'vitest';
import { pickVariant } from '@/lib/shared/pick-variant';
import { detectApp } from '@/lib/shared/user-agent';
import { UA } from '../fixtures/user-agents';

const wechatVariants = [
  { id: 'v8', match: { version: '>=8.0.0' } },
  { id: 'v7', match: { version: '>=7.0.0 <8.0.0' } },
];

describe('user agent', () => {
  it('reads WeChat and QQ versions, language and OS', () => {
    expect(detectApp(UA.wechatIos)).toEqual({ app: 'wechat', version: '8.0.50', lang: 'zh', os: 'ios' });
    expect(detectApp(UA.wechatAndroidEn)).toEqual({ app: 'wechat', version: '8.0.49.2600', lang: 'en', os: 'android' });
    expect(detectApp(UA.qqAndroid)).toEqual({ app: 'qq', version: '9.0.50.16545', os: 'android' });
    expect(detectApp(UA.qqBrowser)).toBeUndefined();
    expect(detectApp(UA.desktopChrome)).toBeUndefined();
  });

  it('picks the variant whose range fits, for the guide’s own app only', () => {
    expect(pickVariant('wechat', wechatVariants, detectApp(UA.wechatIos))).toBe('v8');
    expect(pickVariant('wechat', wechatVariants, detectApp(UA.wechat7Android))).toBe('v7');
    expect(
      pickVariant(
        'qq',
        [
          { id: 'qq8', match: { version: '>=8.0.0 <9.0.0' } },
          { id: 'qq9', match: { version: '>=9.0.0' } },
        ],
        detectApp(UA.qqAndroid),
      ),
    ).toBe('qq9');
    expect(pickVariant('wechat', wechatVariants, detectApp(UA.qqAndroid))).toBeUndefined();
    expect(pickVariant('wechat', [{ id: 'v9', match: { version: '>=9.0.0' } }], detectApp(UA.wechatIos))).toBeUndefined();
  });

  it('prefers the variant for the app’s UI language', () => {
    const langs = [
      { id: 'zh', match: { version: '>=8.0.0', lang: 'zh' as const } },
      { id: 'en', match: { version: '>=8.0.0', lang: 'en' as const } },
    ];
    expect(pickVariant('wechat', langs, detectApp(UA.wechatAndroidEn))).toBe('en');
    expect(pickVariant('wechat', langs, detectApp(UA.wechatIos))).toBe('zh');
  });
});
