'use client';

import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';

const noop = () => () => {};

/**
 * 朗读这一步: the step's title and text read aloud by the browser's own speech synthesis, in
 * Chinese, with a local voice when there is one. Nothing is sent anywhere by us. Absent where the
 * browser cannot speak; stops when the step changes.
 */
export function ReadAloud({ step, title, body }: { step: string; title: string; body: RefObject<HTMLElement | null> }) {
  const can = useSyncExternalStore(
    noop,
    () => 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined',
    () => false,
  );
  // Which step is being read: reading stops when the reader moves on.
  const [reading, setReading] = useState<string>();
  const speaking = reading === step;
  useEffect(() => () => (can ? speechSynthesis.cancel() : undefined), [step, can]);
  if (!can) return null;

  const read = () => {
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
    u.onerror = () => setReading(undefined);
    speechSynthesis.cancel();
    speechSynthesis.speak(u);
    setReading(step);
  };
  return (
    <button
      type="button"
      className="tg-btn px-3! text-[15px] font-medium"
      aria-label={speaking ? '停止朗读' : '朗读这一步'}
      aria-pressed={speaking}
      onClick={read}
      data-read-aloud=""
    >
      {speaking ? '停止朗读' : '朗读'}
    </button>
  );
}
