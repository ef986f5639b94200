'use client';

import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import { useId, useState } from 'react';
import type { Lang } from '@/lib/shared/constants';
import { useDict } from '@/lib/shared/i18n/context.client';
import { appName, format } from '@/lib/shared/i18n/format';
import { REASON_VALUES, TEXT_MAX, typedTextRefusal, type Reason } from '@/lib/shared/report-contract';
import { SEND_FAILED } from '@/lib/shared/report-messages';
import { postJson } from '@/lib/shared/reports-api';
import type { Confirmation } from '@/lib/shared/types';
import { useGuide } from '../state/guide-state.client';

/** “3 位读者在微信 8.0 上确认过（最近 2026-11）”, or that someone said it differs. */
function confirmedText(c: Confirmation, app: string, t: ClientDict): string | undefined {
  const top = Object.entries(c.apps).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (c.same > 0)
    return format(t.askConfirmed, {
      n: c.same,
      on: top ? format(t.askConfirmedOn, { app, version: top }) : '',
      last: c.lastSame ?? '—',
      diff: c.different ? format(t.askConfirmedDiff, { n: c.different }) : '',
    });
  if (c.different > 0) return format(t.askDiffered, { when: c.lastDifferent ?? t.askRecently });
  return undefined;
}

const REASON_WORD: Record<Reason, keyof ClientDict> = {
  'missing-button': 'reasonMissingButton',
  'different-text': 'reasonDifferentText',
  'different-screen': 'reasonDifferentScreen',
  other: 'reasonOther',
};

/**
 * “这一步和你手机上一样吗？”: one tap for 一样, three at most for 不一样 (what differs, and what their
 * screen says, if they like). It says what it sends before it sends it, checks the words for
 * personal data first, and says plainly in place when sending failed. Nothing is sent unless a
 * button is pressed.
 */
export function StepQuestion({ appVersion }: { appVersion?: string }) {
  const { meta, state, step } = useGuide();
  const [phase, setPhase] = useState<'ask' | 'different' | 'sending' | 'done'>('ask');
  const [reason, setReason] = useState<Reason>();
  const [text, setText] = useState('');
  const [failed, setFailed] = useState<string>();
  const id = useId();
  const t = useDict();
  const lang = t.lang as Lang;
  const app = appName(t, meta.app);
  const confirmed = meta.confirmations?.[`${state.variant}/${step.id}`];
  // The same rules the service refuses by (codes personal_data and unreadable), before anything is sent.
  const refusal = text.trim() ? typedTextRefusal(text) : undefined;
  const problem = refusal && SEND_FAILED[refusal][lang];

  const send = async (answer: 'same' | 'different') => {
    setPhase('sending');
    setFailed(undefined);
    const result = await postJson('reports', {
      guide: meta.slug,
      variant: state.variant,
      os: state.os,
      step: step.id,
      rev: meta.revs?.[step.id] ?? '',
      answer,
      ...(answer === 'different' ? { reason: reason ?? 'other', ...(text.trim() ? { text: text.trim() } : {}) } : {}),
      ...(appVersion ? { appVersion: appVersion.split('.').slice(0, 4).join('.') } : {}),
      source: 'reader',
    });
    if (result.ok) return setPhase('done');
    setFailed(SEND_FAILED[result.why][lang]);
    setPhase(answer === 'same' ? 'ask' : 'different');
  };

  return (
    <section
      aria-labelledby={`${id}-q`}
      className="mx-auto mt-3 max-w-md rounded-xl border border-emerald-200 bg-emerald-50/60 px-4 py-3 text-[15px]"
      data-question=""
    >
      <h2 id={`${id}-q`} className="font-semibold text-stone-900">
        {t.askSame}
      </h2>
      {confirmed && confirmedText(confirmed, app, t) && (
        <p className="mt-1 text-sm text-emerald-900" data-confirmed="">
          {confirmedText(confirmed, app, t)}
        </p>
      )}
      {phase === 'done' ? (
        <p role="status" className="mt-2 font-medium text-emerald-900" data-thanks="">
          {t.askThanks}
        </p>
      ) : (
        <>
          {phase !== 'different' && (
            <div className="mt-2 grid grid-cols-2 gap-2">
              <button type="button" className="tg-btn" aria-disabled={phase === 'sending'} onClick={() => phase === 'ask' && send('same')}>
                {t.askYes}
              </button>
              <button
                type="button"
                className="tg-btn"
                aria-disabled={phase === 'sending'}
                onClick={() => phase === 'ask' && setPhase('different')}
              >
                {t.askNo}
              </button>
            </div>
          )}
          {phase === 'different' && (
            <div className="mt-2 space-y-2">
              <fieldset>
                <legend className="text-stone-800">{t.askWhat}</legend>
                <div className="mt-1 grid grid-cols-2 gap-2">
                  {REASON_VALUES.map((r) => (
                    <label key={r} className="tg-choice">
                      <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} />
                      <span>{t[REASON_WORD[r]]}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <label className="block">
                <span className="text-stone-800">{t.askWords}</span>
                <input
                  type="text"
                  value={text}
                  maxLength={TEXT_MAX}
                  onChange={(e) => setText(e.target.value)}
                  className="mt-1 block w-full rounded-xl border border-stone-300 bg-white px-3 py-2.5 text-base"
                  aria-invalid={!!problem || undefined}
                  aria-describedby={`${id}-privacy`}
                  autoComplete="off"
                />
              </label>
              {problem && (
                <p role="alert" className="text-red-800">
                  {problem}
                </p>
              )}
              <button
                type="button"
                className="tg-btn tg-btn-primary w-full"
                aria-disabled={!reason || !!problem}
                onClick={() => reason && !problem && send('different')}
              >
                {t.askSend}
              </button>
            </div>
          )}
          <p id={`${id}-privacy`} className="mt-2 text-sm text-stone-700">
            {format(t.askSends, {
              appVersion: appVersion ? format(t.askSendsVersion, { app }) : '',
              typed: phase === 'different' ? t.askSendsTyped : '',
            })}
          </p>
          {failed && (
            <p role="alert" className="mt-2 font-medium text-red-800" data-send-failed="">
              {failed}
            </p>
          )}
        </>
      )}
    </section>
  );
}
