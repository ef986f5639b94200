'use client';

import { useEffect, useId, useState, useSyncExternalStore, type RefObject } from 'react';
import { detectOs, type UaOs } from '@/lib/shared/user-agent';

const noop = () => () => {};

/**
 * 朗读这一步: the step's title and text read aloud by the browser's own speech synthesis, in
 * Chinese, with a local voice when there is one. Nothing is sent anywhere by us; reading stops when
 * the step changes.
 *
 * Where the browser cannot speak — Android's WebView has no speech synthesis, so WeChat's and QQ's
 * browsers on Android have none (docs/architecture.md, “朗读” lists the sources) — or speaking fails,
 * the button stays and opens, in place, how to have the phone's own read-aloud read the step.
 */
export function ReadAloud({ step, title, body }: { step: string; title: string; body: RefObject<HTMLElement | null> }) {
  const can = useSyncExternalStore(
    noop,
    () => 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined',
    () => false,
  );
  // Which step is being read: reading stops when the reader moves on.
  const [reading, setReading] = useState<string>();
  const [help, setHelp] = useState(false);
  const helpId = useId();
  const speaking = reading === step;
  useEffect(() => () => (can ? speechSynthesis.cancel() : undefined), [step, can]);

  const read = () => {
    if (!can) return setHelp((h) => !h);
    if (speaking) {
      speechSynthesis.cancel();
      return setReading(undefined);
    }
    // The step's own words: its text without the folded 依据 list of sources.
    const copy = body.current?.cloneNode(true) as HTMLElement | undefined;
    copy?.querySelectorAll('[data-step-sources]').forEach((n) => n.remove());
    const text = `${title}。${copy?.textContent?.replace(/\s+/g, ' ').trim() ?? ''}`;
    const u = new SpeechSynthesisUtterance(text);
    u.lang = 'zh-CN';
    u.rate = 0.9;
    const voices = speechSynthesis.getVoices().filter((v) => /^zh/i.test(v.lang));
    const voice = voices.find((v) => v.localService) ?? voices[0];
    if (voice) u.voice = voice;
    u.onend = () => setReading(undefined);
    // A browser that has the API but cannot speak (no voice, blocked): say how else to hear it.
    u.onerror = (e) => {
      setReading(undefined);
      if (e.error !== 'interrupted' && e.error !== 'canceled') setHelp(true);
    };
    speechSynthesis.cancel();
    speechSynthesis.speak(u);
    setReading(step);
  };
  return (
    <>
      <button
        type="button"
        className="tg-btn px-3! text-[15px] font-medium"
        aria-label={speaking ? '停止朗读' : '朗读这一步'}
        {...(can && !help ? { 'aria-pressed': speaking } : { 'aria-expanded': help, 'aria-controls': helpId })}
        onClick={read}
        data-read-aloud=""
        {...(can ? {} : { 'data-no-speech': '' })}
      >
        {speaking ? '停止朗读' : '朗读'}
      </button>
      {help && <ReadAloudHelp id={helpId} onClose={() => setHelp(false)} />}
    </>
  );
}

/** What each phone offers to read the screen aloud, only as far as its maker documents it. */
const HOW: Record<'android' | 'harmony' | 'ios' | 'other', string> = {
  android:
    '打开手机的“设置”，在搜索框里输入“朗读”，打开“随选朗读”（有的手机叫“屏幕朗读”），再回到这里，按手机的提示选中这一步的文字，手机就会读出来。',
  harmony: '对小艺说“开启屏幕朗读”，或在“设置”的搜索框里输入“屏幕朗读”并打开。打开后点一下文字就会读出来，点两下才是按下；用完记得关掉。',
  ios: '打开“设置 › 辅助功能 › 朗读内容”，打开“朗读屏幕”，按那里的说明让手机读出屏幕上的字。',
  other: '电脑上的 Chrome、Edge、Firefox、Safari 都能朗读：可以换一个浏览器打开这个页面再点“朗读”。',
};
const osKey = (os: UaOs | undefined) => (os === 'android' || os === 'harmony' || os === 'ios' ? os : 'other');

function ReadAloudHelp({ id, onClose }: { id: string; onClose: () => void }) {
  const os = useSyncExternalStore(
    noop,
    () => osKey(detectOs(navigator.userAgent)),
    () => 'other' as const,
  );
  return (
    <div
      id={id}
      role="region"
      aria-label="怎样听这一步"
      className="basis-full rounded-xl border border-sky-300 bg-sky-50 px-4 py-3 text-left text-base text-sky-950"
      data-read-aloud-help={os}
    >
      <p>这个浏览器自己不会朗读（安卓手机上微信、QQ 里打开的网页都是这样）。可以用手机自带的朗读功能听这一步：</p>
      <p className="mt-2">{HOW[os]}</p>
      <button type="button" className="tg-btn mt-2 text-[15px] font-medium" onClick={onClose}>
        知道了
      </button>
    </div>
  );
}
