'use client';

import { useId, useState } from 'react';
import { APPS } from '@/lib/shared/constants';
import { REASON_VALUES, REASONS, TEXT_MAX, typedTextRefusal, type Reason } from '@/lib/shared/report-contract';
import { SEND_FAILED } from '@/lib/shared/report-messages';
import { postJson } from '@/lib/shared/reports-api';
import type { Confirmation } from '@/lib/shared/types';
import { useGuide } from '../state/guide-state.client';

/** “3 位读者在微信 8.0 上确认过（最近 2026-11）”, or that someone said it differs. */
function confirmedText(c: Confirmation, app: string): string | undefined {
  const top = Object.entries(c.apps).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (c.same > 0)
    return `${c.same} 位读者${top ? `在${app} ${top} 上` : ''}确认过这一步（最近 ${c.lastSame ?? '—'}）${c.different ? `；也有 ${c.different} 位说不一样` : ''}`;
  if (c.different > 0) return `有读者说这一步和他们的手机不一样（${c.lastDifferent ?? '最近'}）`;
  return undefined;
}

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
  const app = APPS[meta.app].short;
  const confirmed = meta.confirmations?.[`${state.variant}/${step.id}`];
  // The same rules the service refuses by (codes personal_data and unreadable), before anything is sent.
  const refusal = text.trim() ? typedTextRefusal(text) : undefined;
  const problem = refusal && SEND_FAILED[refusal].zh;

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
    setFailed(SEND_FAILED[result.why].zh);
    setPhase(answer === 'same' ? 'ask' : 'different');
  };

  return (
    <section
      aria-labelledby={`${id}-q`}
      className="mx-auto mt-3 max-w-md rounded-xl border border-emerald-200 bg-emerald-50/60 px-4 py-3 text-[15px]"
      data-question=""
    >
      <h2 id={`${id}-q`} className="font-semibold text-stone-900">
        这一步和你手机上一样吗？
      </h2>
      {confirmed && confirmedText(confirmed, app) && (
        <p className="mt-1 text-sm text-emerald-900" data-confirmed="">
          {confirmedText(confirmed, app)}
        </p>
      )}
      {phase === 'done' ? (
        <p role="status" className="mt-2 font-medium text-emerald-900" data-thanks="">
          谢谢！你的回答会帮编辑把这一步改对，也让别人知道它靠不靠得住。
        </p>
      ) : (
        <>
          {phase !== 'different' && (
            <div className="mt-2 grid grid-cols-2 gap-2">
              <button type="button" className="tg-btn" aria-disabled={phase === 'sending'} onClick={() => phase === 'ask' && send('same')}>
                一样
              </button>
              <button
                type="button"
                className="tg-btn"
                aria-disabled={phase === 'sending'}
                onClick={() => phase === 'ask' && setPhase('different')}
              >
                不一样
              </button>
            </div>
          )}
          {phase === 'different' && (
            <div className="mt-2 space-y-2">
              <fieldset>
                <legend className="text-stone-800">哪里不一样？</legend>
                <div className="mt-1 grid grid-cols-2 gap-2">
                  {REASON_VALUES.map((r) => (
                    <label key={r} className="tg-choice">
                      <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} />
                      <span>{REASONS[r]}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <label className="block">
                <span className="text-stone-800">你手机上写的是（可以不填，只写菜单上的字）</span>
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
                发送
              </button>
            </div>
          )}
          <p id={`${id}-privacy`} className="mt-2 text-sm text-stone-700">
            按下按钮才会发送，只发：教程和这一步、版本、手机系统、{appVersion ? `你的${app}版本号、` : ''}你的回答
            {phase === 'different' ? '和你写的字' : ''}。不发任何能认出你的信息。
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
