/**
 * What a browser's user agent says about the app it runs in, read from real strings
 * (tests/fixtures/user-agents.json: 118, each with where it was recorded). Rules, first match wins:
 *
 * - app: `wxwork/` → WeChat Work (it carries a `MicroMessenger/` token too); the QQ family's other
 *   apps, which all carry a `QQ/` token of their own numbering: `TIM/`, or `_TIM_` in the `V1_…`
 *   build token (Android TIM writes no `TIM/`, and its `QQ/3.x` is TIM's version) → TIM; `IPadQQ/` →
 *   QQ HD for iPad; `V1_AND_SQI_` → QQ International on Android (“SQI”, as Tencent's own mqq script
 *   tells them apart); `TencentDocs/` → Tencent Docs; `wegame` → WeGame; `MicroMessenger/` with `WindowsWechat` or `MacWechat` →
 *   desktop WeChat, else WeChat; `QQ/<digit>` → QQ (on Android often after `MQQBrowser/… TBS/…`,
 *   the X5 engine); `MQQBrowser/`/`QQBrowser/` without `TBS/` → QQ Browser (with `TBS/` it is
 *   the engine inside some other app).
 * - os: `OpenHarmony` or `ArkWeb` → HarmonyOS NEXT (first: its PC string says Windows NT and some
 *   of its browsers say Android); iPhone/iPad/iPod → iOS; Android → Android (HarmonyOS 2–4 phones
 *   run the Android app); Macintosh → Mac; Windows → Windows.
 * - lang: the app's `Language/xx` (not the webview's locale inside the parentheses).
 *
 * Tokens are matched case-insensitively and wherever they sit: logs collapse or double spaces.
 * Pure, so it is tested on the recorded strings; semver matching lives in pick-variant.ts.
 */
export type UaApp = 'wechat' | 'wxwork' | 'wechat-desktop' | 'qq' | 'tim' | 'qq-hd' | 'qq-intl' | 'tencent-docs' | 'qqbrowser' | 'wegame';
export type UaOs = 'ios' | 'android' | 'harmony' | 'windows' | 'mac';

export interface UserAgentFacts {
  app?: UaApp;
  /** The app's version as written (8.0.50, 9.0.50.1234); desktop WeChat on Windows writes none we can read. */
  version?: string;
  os?: UaOs;
  lang?: 'zh' | 'en';
}

/** The value of `name/…` where `name` is not the end of a longer word (QQ/ but not MQQBrowser/'s QQBrowser/). */
function token(ua: string, name: string): string | undefined {
  return new RegExp(`(?<![A-Za-z])${name}/(\\d[^\\s()]*)`, 'i').exec(ua)?.[1];
}

function appOf(ua: string): Pick<UserAgentFacts, 'app' | 'version'> {
  if (/wxwork\//i.test(ua)) return { app: 'wxwork', version: token(ua, 'wxwork') };
  if (/(?<![A-Za-z])TIM\/\d/.test(ua)) return { app: 'tim', version: token(ua, 'TIM') };
  if (/V1_[A-Z]+_SQ_[\d.]+_\d+_TIM_/i.test(ua)) return { app: 'tim', version: token(ua, 'QQ') };
  if (/IPadQQ\/\d/i.test(ua)) return { app: 'qq-hd', version: token(ua, 'IPadQQ') };
  if (/V1_AND_SQI_/i.test(ua)) return { app: 'qq-intl', version: token(ua, 'QQ') };
  if (/TencentDocs\/\d/i.test(ua)) return { app: 'tencent-docs', version: token(ua, 'TencentDocs') };
  if (/wegame/i.test(ua)) return { app: 'wegame', version: token(ua, 'WeGame') };
  if (/MicroMessenger/i.test(ua)) {
    // Desktop WeChat's MicroMessenger/ number is a frozen compatibility value; Mac says its own version.
    if (/WindowsWechat|MacWechat/i.test(ua)) return { app: 'wechat-desktop', version: token(ua, 'MacWechat') };
    return { app: 'wechat', version: token(ua, 'MicroMessenger') };
  }
  if (/(?<![A-Za-z])QQ\/\d/.test(ua)) return { app: 'qq', version: token(ua, 'QQ') };
  if (/M?QQBrowser(?:Lite)?\//i.test(ua) && !/TBS\/\d/.test(ua)) {
    return { app: 'qqbrowser', version: token(ua, 'MQQBrowser') ?? token(ua, 'QQBrowserLite') ?? token(ua, 'QQBrowser') };
  }
  return {};
}

export function detectOs(ua: string): UaOs | undefined {
  if (/OpenHarmony|ArkWeb/i.test(ua)) return 'harmony';
  if (/iPhone|iPad|iPod/i.test(ua)) return 'ios';
  if (/Android/i.test(ua)) return 'android';
  if (/Macintosh|Mac OS X/i.test(ua)) return 'mac';
  if (/Windows/i.test(ua)) return 'windows';
  return undefined;
}

export function readUserAgent(ua: string): UserAgentFacts {
  const { app, version } = appOf(ua);
  const os = detectOs(ua);
  const l = /Language\/([A-Za-z]+)/.exec(ua)?.[1]?.toLowerCase();
  const lang = l?.startsWith('zh') ? 'zh' : l?.startsWith('en') ? 'en' : undefined;
  return { ...(app ? { app } : {}), ...(version ? { version } : {}), ...(os ? { os } : {}), ...(lang ? { lang } : {}) };
}
