'use client';

import { useId, useState, type ReactNode } from 'react';
import { Segmented } from '@/components/ui/segmented';
import { OS_LABEL, OS_VALUES } from '@/lib/shared/constants';
import { useGuide, type Notice } from '../state/guide-state.client';

const OS_OPTIONS = OS_VALUES.map((os) => ({ value: os, label: OS_LABEL[os] }));

function noticeText(n: Notice, fallback: { variant: string; os: string }): string {
  switch (n.kind) {
    case 'unknown-variant':
      return `链接里的版本“${n.value}”不在这篇教程里，已改为显示“${fallback.variant}”。`;
    case 'unknown-os':
      return `链接里的系统“${n.value}”无法识别，已改为显示“${fallback.os}”。`;
    case 'unknown-step':
      return `链接里的步骤“${n.value}”不存在（可能已改名），已从第一步开始。`;
    case 'variant-for-step':
      return `链接里的这一步属于“${n.value}”，已切换到这个版本。`;
    case 'step-not-in-variant':
      return `链接里的步骤“${n.value}”不属于所选版本，已从第一步开始。`;
  }
}

/**
 * The reader's version and OS as two segmented radio groups, plus notices about bad link values.
 * Most people do not know their version number but can tell their screen: “看图认版本” shows,
 * for each version, a small drawing of the screen that tells it apart (drawn on the server).
 */
export function VariantPicker({ appName, pictures }: { appName: string; pictures?: Record<string, ReactNode> }) {
  const { meta, state, choose, notices, dismissNotices, detected } = useGuide();
  const [looking, setLooking] = useState(false);
  const panel = useId();
  const current = meta.variants.find((v) => v.id === state.variant);
  const fallback = { variant: current?.label ?? state.variant, os: OS_LABEL[state.os] };
  return (
    <div className="only-js flex flex-col gap-3">
      {notices.length > 0 && (
        <div
          role="alert"
          className="flex items-start gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
          data-notice=""
        >
          <div className="flex-1 space-y-1">
            {notices.map((n, i) => (
              <p key={i}>{noticeText(n, fallback)}</p>
            ))}
          </div>
          <button type="button" className="tg-btn-small" onClick={dismissNotices}>
            知道了
          </button>
        </div>
      )}
      <div className="grid gap-2">
        <div className="flex items-center gap-3">
          <span id="pick-variant" className="w-[4.5rem] shrink-0 text-sm font-medium text-stone-700">
            你用的{appName}
          </span>
          <Segmented
            name="variant"
            labelledBy="pick-variant"
            value={state.variant}
            options={meta.variants.map((v) => ({ value: v.id, label: v.label }))}
            onValueChange={(variant) => choose({ variant })}
          />
        </div>
        <div className="flex items-center gap-3">
          <span id="pick-os" className="w-[4.5rem] shrink-0 text-sm font-medium text-stone-700">
            手机系统
          </span>
          <Segmented name="os" labelledBy="pick-os" value={state.os} options={OS_OPTIONS} onValueChange={(os) => choose({ os })} />
        </div>
        {/* One line either way, so the detected app's note replaces the hint without moving the phone. */}
        {detected && detected.variant === state.variant ? (
          <p role="status" className="text-xs text-emerald-900" data-detected="">
            {`已按你的${appName} ${detected.app.version.split('.').slice(0, 3).join('.')} · ${OS_LABEL[state.os]} 显示`}
            {pictures ? (
              lookButton('不对？看图换一个')
            ) : (
              <button
                type="button"
                className="ml-2 underline underline-offset-2"
                onClick={() => document.querySelector<HTMLInputElement>('input[name="variant"]:checked')?.focus()}
              >
                不对？换一个
              </button>
            )}
          </p>
        ) : (
          (current?.hint || pictures) && (
            <p className="text-xs text-stone-600">
              {current?.hint && `${current.label}的特征：${current.hint}`}
              {pictures && lookButton('看图认版本')}
            </p>
          )
        )}
        {looking && pictures && (
          <div id={panel} role="group" aria-label="看图认版本" className="rounded-xl border border-stone-200 bg-white p-3" data-pictures="">
            <p className="text-sm text-stone-800">你手机上的画面像哪一张？点它：</p>
            <div className="mt-2 grid grid-cols-3 gap-2">
              {meta.variants.map((v) => (
                <button
                  key={v.id}
                  type="button"
                  aria-pressed={state.variant === v.id}
                  className={`flex flex-col items-center gap-1 rounded-lg border p-1.5 text-center ${state.variant === v.id ? 'border-emerald-700 bg-emerald-50' : 'border-stone-200'}`}
                  onClick={() => {
                    choose({ variant: v.id });
                    setLooking(false);
                  }}
                >
                  {pictures[v.id] && (
                    <span aria-hidden="true" className="block w-full max-w-[7.5rem]">
                      {pictures[v.id]}
                    </span>
                  )}
                  <span className="text-sm font-semibold text-stone-900">{v.label}</span>
                  {v.hint && <span className="text-xs leading-snug text-stone-700">{v.hint}</span>}
                </button>
              ))}
            </div>
          </div>
        )}
      </div>
    </div>
  );

  function lookButton(label: string) {
    return (
      <button
        type="button"
        className="ml-2 font-medium text-emerald-800 underline underline-offset-2"
        aria-expanded={looking}
        aria-controls={panel}
        onClick={() => setLooking((l) => !l)}
      >
        {label}
      </button>
    );
  }
}
