import type { App, Os } from './constants';
import { readUserAgent, type UaApp, type UserAgentFacts } from './user-agent';

/**
 * What a guide makes of the browser it was opened in (see user-agent.ts for how the string is read):
 * - inside the guide's own app on a phone (WeChat on iPhone or Android, QQ likewise): its version
 *   picks the variant and its OS the skin, and the reader is told so;
 * - inside HarmonyOS NEXT's WeChat: its version numbers start over, so the newest version is shown,
 *   in the Android skin (the closest), and the reader is told both;
 * - inside WeChat Work, desktop WeChat, or QQ's other apps (TIM, QQ HD, QQ International, Tencent
 *   Docs, each with a `QQ/` number of its own): nothing is picked, and a plain sentence says why;
 * - anywhere else: only a phone OS the string names is used, and nothing is claimed.
 */
export type InAppNote =
  | { kind: 'detected'; app: App; version: string; os: Os }
  | { kind: 'harmony'; app: App }
  | { kind: 'other-app'; app: LookalikeApp; guideApp: App };

/** The apps that look like the guide's app but where its steps do not apply as drawn. */
export type LookalikeApp = Extract<UaApp, 'wxwork' | 'wechat-desktop' | 'tim' | 'qq-hd' | 'qq-intl' | 'tencent-docs'>;

export interface InAppReading {
  facts: UserAgentFacts;
  /** The skin to draw when the string names a phone OS. */
  os?: Os;
  /** Pick the variant whose range fits this version (the guide's own app, on a phone). */
  pick?: { version: string; lang?: 'zh' | 'en' };
  /** Pick the guide's first (newest) variant. */
  newest?: boolean;
  note?: InAppNote;
}

/** Which app's in-app browser counts as the guide's own (WeChat Work is not WeChat; TIM is not QQ). */
const OWN: Partial<Record<UaApp, App>> = { wechat: 'wechat', qq: 'qq' };
const LOOKALIKE: Record<LookalikeApp, App> = {
  wxwork: 'wechat',
  'wechat-desktop': 'wechat',
  tim: 'qq',
  'qq-hd': 'qq',
  'qq-intl': 'qq',
  'tencent-docs': 'qq',
};

export function readInApp(ua: string, guideApp: App): InAppReading {
  const facts = readUserAgent(ua);
  const phoneOs: Os | undefined = facts.os === 'ios' || facts.os === 'android' ? facts.os : facts.os === 'harmony' ? 'android' : undefined;
  const own = facts.app && OWN[facts.app] === guideApp;
  if (own && facts.os === 'harmony') return { facts, os: 'android', newest: true, note: { kind: 'harmony', app: guideApp } };
  if (own && facts.version && (facts.os === 'ios' || facts.os === 'android')) {
    return {
      facts,
      os: facts.os,
      pick: { version: facts.version, ...(facts.lang ? { lang: facts.lang } : {}) },
      note: { kind: 'detected', app: guideApp, version: facts.version, os: facts.os },
    };
  }
  const lookalike = facts.app && LOOKALIKE[facts.app as LookalikeApp] === guideApp ? (facts.app as LookalikeApp) : undefined;
  if (lookalike) {
    // A desktop app's OS is no phone's; WeChat Work or TIM on a phone still tells us the phone.
    return {
      facts,
      ...(lookalike !== 'wechat-desktop' && phoneOs ? { os: phoneOs } : {}),
      note: { kind: 'other-app', app: lookalike, guideApp },
    };
  }
  return { facts, ...(phoneOs && facts.os !== 'harmony' ? { os: phoneOs } : {}) };
}
