'use client';

import { useEffect, useId, useState, useSyncExternalStore, type RefObject } from 'react';
import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import { useDict } from '@/lib/shared/i18n/context.client';
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
  const t = useDict();
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
    const text = `${title}${t.sentenceEnd}${copy?.textContent?.replace(/\s+/g, ' ').trim() ?? ''}`;
    const u = new SpeechSynthesisUtterance(text);
    // The page's language picks the voice: an English guide is read by an English voice.
    u.lang = t.speechLang;
    u.rate = 0.9;
    const voices = speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith(t.speechLang.slice(0, 2).toLowerCase()));
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
        aria-label={speaking ? t.readAloudStop : t.readAloudStep}
        {...(can && !help ? { 'aria-pressed': speaking } : { 'aria-expanded': help, 'aria-controls': helpId })}
        onClick={read}
        data-read-aloud=""
        {...(can ? {} : { 'data-no-speech': '' })}
      >
        {speaking ? t.readAloudStop : t.readAloud}
      </button>
      {help && <ReadAloudHelp id={helpId} onClose={() => setHelp(false)} />}
    </>
  );
}

/** What each phone offers to read the screen aloud, only as far as its maker documents it. */
const HOW: Record<'android' | 'harmony' | 'ios' | 'other', keyof ClientDict> = {
  android: 'readAloudAndroid',
  harmony: 'readAloudHarmony',
  ios: 'readAloudIos',
  other: 'readAloudOther',
};
const osKey = (os: UaOs | undefined) => (os === 'android' || os === 'harmony' || os === 'ios' ? os : 'other');

function ReadAloudHelp({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useDict();
  const os = useSyncExternalStore(
    noop,
    () => osKey(detectOs(navigator.userAgent)),
    () => 'other' as const,
  );
  return (
    <div
      id={id}
      role="region"
      aria-label={t.readAloudHelpLabel}
      className="basis-full rounded-xl border border-sky-300 bg-sky-50 px-4 py-3 text-left text-base text-sky-950"
      data-read-aloud-help={os}
    >
      <p>{t.readAloudNone}</p>
      <p className="mt-2">{t[HOW[os]]}</p>
      <button type="button" className="tg-btn mt-2 text-[15px] font-medium" onClick={onClose}>
        {t.gotIt}
      </button>
    </div>
  );
}
