import { describe, expect, it } from 'vitest';
import recorded from '../fixtures/user-agents.json';
import { readInApp } from '@/lib/shared/in-app';
import { pickVariant } from '@/lib/shared/pick-variant';
import { readUserAgent } from '@/lib/shared/user-agent';

/** Real user agents, each with where it was recorded and what a careful reading concludes. */
interface Recorded {
  name: string;
  category: string;
  ua: string;
  source: string;
  expect: { app: string | null; version: string | null; os: string | null; lang: string | null };
}
const UAS = recorded as Recorded[];
const one = (name: RegExp) => UAS.find((u) => name.test(u.name))!.ua;

const wechatVariants = [
  { id: 'v8', match: { version: '>=8.0.0' } },
  { id: 'v7', match: { version: '>=7.0.0 <8.0.0' } },
  { id: 'v6', match: { version: '>=6.0.0 <7.0.0' } },
];

describe('reading a user agent', () => {
  it('has recorded strings of every kind the guides meet', () => {
    const kinds = new Set(UAS.map((u) => u.category));
    for (const k of [
      'wechat-ios',
      'wechat-android',
      'wechat-harmony',
      'wxwork',
      'wechat-desktop',
      'qq',
      'tim',
      'qqbrowser',
      'wegame',
      'browser',
    ])
      expect(
        [...kinds].some((c) => c.startsWith(k)),
        k,
      ).toBe(true);
    expect(UAS.every((u) => u.source.length > 10)).toBe(true);
  });

  for (const u of UAS) {
    it(`reads ${u.name}`, () => {
      const e = u.expect;
      expect(readUserAgent(u.ua)).toEqual({
        ...(e.app ? { app: e.app } : {}),
        ...(e.version ? { version: e.version } : {}),
        ...(e.os ? { os: e.os } : {}),
        ...(e.lang ? { lang: e.lang } : {}),
      });
    });
  }
});

describe('what a guide makes of it', () => {
  it('inside WeChat on a phone, picks the version and the OS and says so', () => {
    const r = readInApp(one(/WeChat 8\.0\.49 iOS 17/), 'wechat');
    expect(r.note).toMatchObject({ kind: 'detected', app: 'wechat', os: 'ios' });
    expect(r.facts.version).toMatch(/^8\.0\.49/);
    expect(pickVariant(wechatVariants, r.pick!)).toBe('v8');
    const android = readInApp(UAS.find((u) => u.category.startsWith('wechat-android') && u.expect.version?.startsWith('7.'))!.ua, 'wechat');
    expect(android.os).toBe('android');
    expect(pickVariant(wechatVariants, android.pick!)).toBe('v7');
  });

  it('inside Android QQ behind the X5 engine (MQQBrowser/… TBS/… before QQ/), still knows QQ', () => {
    const x5 = UAS.find((u) => u.category === 'qq' && u.expect.os === 'android' && /TBS\//.test(u.ua.split(/(?<![A-Za-z])QQ\/\d/)[0]!))!;
    const r = readInApp(x5.ua, 'qq');
    expect(r.note).toMatchObject({ kind: 'detected', app: 'qq', os: 'android' });
    expect(readInApp(x5.ua, 'wechat').note).toBeUndefined();
  });

  it('inside WeChat Work, desktop WeChat or QQ’s other apps, picks nothing and never claims a phone it did not see', () => {
    for (const [category, app] of [
      ['wxwork', 'wechat'],
      ['wechat-desktop', 'wechat'],
      ['tim', 'qq'],
      ['qq-hd', 'qq'],
      ['tencent-docs', 'qq'],
    ] as const) {
      for (const u of UAS.filter((x) => x.category.startsWith(category))) {
        const r = readInApp(u.ua, app);
        expect(r.note, u.name).toMatchObject({ kind: 'other-app', app: category });
        expect(r.pick, u.name).toBeUndefined();
        if (category === 'wechat-desktop') expect(r.os, u.name).toBeUndefined();
      }
    }
  });

  it('never says “已按你的QQ x.y” with another app’s number: TIM, QQ HD, QQ International, Tencent Docs', () => {
    const family = UAS.filter((u) => ['tim', 'qq-hd', 'tencent-docs'].includes(u.category));
    expect(family.map((u) => u.category).sort()).toEqual(expect.arrayContaining(['qq-hd', 'tencent-docs', 'tim', 'tim', 'tim']));
    // Android TIM's own form: no TIM/ token, `_TIM_` in the build token, and QQ/ carrying TIM's 3.x.
    expect(readUserAgent(one(/TIM 3\.1\.1 Android/))).toMatchObject({ app: 'tim', version: '3.1.1.2900' });
    // QQ International on Android: the form Tencent's own mqq script tells apart (`V1_AND_SQI_`); no
    // recorded string of it was found, so this one is that form around an ordinary Android webview.
    const intl =
      'Mozilla/5.0 (Linux; Android 10; SAMPLE Build/QQ1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36 V1_AND_SQI_5.0.10_0_YYB_D QQ/5.0.10.6046 NetType/WIFI';
    expect(readUserAgent(intl)).toMatchObject({ app: 'qq-intl', version: '5.0.10.6046', os: 'android' });
    for (const ua of [...family.map((u) => u.ua), intl]) {
      const r = readInApp(ua, 'qq');
      expect(r.note?.kind, ua).toBe('other-app');
      expect(r.pick, ua).toBeUndefined();
    }
  });

  it('inside HarmonyOS NEXT WeChat, shows the newest version in the closest skin and says so', () => {
    for (const u of UAS.filter((x) => x.category.startsWith('wechat-harmony') && x.expect.app === 'wechat')) {
      expect(readInApp(u.ua, 'wechat'), u.name).toMatchObject({ os: 'android', newest: true, note: { kind: 'harmony' } });
    }
  });

  it('in an ordinary browser, uses only a phone OS the string names', () => {
    for (const u of UAS.filter((x) => x.expect.app === null)) {
      const r = readInApp(u.ua, 'wechat');
      expect(r.note, u.name).toBeUndefined();
      expect(r.os, u.name).toBe(u.expect.os === 'ios' || u.expect.os === 'android' ? u.expect.os : undefined);
    }
  });
});

describe('picking a variant', () => {
  it('picks the variant whose range fits', () => {
    expect(pickVariant(wechatVariants, { version: '8.0.50' })).toBe('v8');
    expect(pickVariant(wechatVariants, { version: '7.0.21.1800' })).toBe('v7');
    expect(pickVariant(wechatVariants, { version: '6.1.0.66_r1062275.542' })).toBe('v6');
    expect(pickVariant([{ id: 'v9', match: { version: '>=9.0.0' } }], { version: '8.0.50' })).toBeUndefined();
  });

  it('prefers the variant for the app’s UI language', () => {
    const langs = [
      { id: 'zh', match: { version: '>=8.0.0', lang: 'zh' as const } },
      { id: 'en', match: { version: '>=8.0.0', lang: 'en' as const } },
    ];
    expect(pickVariant(langs, { version: '8.0.49', lang: 'en' })).toBe('en');
    expect(pickVariant(langs, { version: '8.0.50', lang: 'zh' })).toBe('zh');
  });
});

describe('picking among variants that all fit', () => {
  it('takes the most narrowly drawn range, then the first', () => {
    const qq = [
      { id: 'sidebar-wallet', match: { version: '>=0.0.0' } },
      { id: 'qq8', match: { version: '>=8.0.0 <9.0.0' } },
      { id: 'sidebar-my-wallet', match: { version: '>=0.0.0' } },
    ];
    expect(pickVariant(qq, { version: '8.9.15.9425' })).toBe('qq8');
    expect(pickVariant(qq, { version: '9.0.17' })).toBe('sidebar-wallet');
  });
});
