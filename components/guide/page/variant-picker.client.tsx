'use client';

import { useId, useState, type ReactNode } from 'react';
import { Segmented } from '@/components/ui/segmented';
import { OS_LABEL, OS_VALUES } from '@/lib/shared/constants';
import type { InAppNote } from '@/lib/shared/in-app';
import { useGuide, type Notice } from '../state/guide-state.client';

const OS_OPTIONS = OS_VALUES.map((os) => ({ value: os, label: OS_LABEL[os] }));

/** What the browser the guide was opened in decided, in one short line (lib/shared/in-app.ts). */
function inAppText(note: InAppNote, appName: string, osLabel: string): string {
  switch (note.kind) {
    case 'detected':
      return `已按你的${appName} ${note.version.split('.').slice(0, 3).join('.')} · ${osLabel} 显示`;
    case 'harmony':
      return `你用的是鸿蒙版${appName}：先按最新版显示，画面用样子最接近的安卓`;
    case 'other-app':
      return {
        wxwork: `你在企业微信里：这里教的是${appName}，请选你手机上${appName}的版本`,
        'wechat-desktop': `你在电脑版微信里：这些步骤要在手机上做，请选你手机上${appName}的版本和系统`,
        tim: `你在 TIM 里：这里教的是手机 QQ，请选你手机上 QQ 的版本`,
      }[note.app];
  }
}

/**
 * A value from the link, isolated: inside `<bdi>` its direction is its own, so right-to-left text
 * (its control characters already stripped by `shorten`) cannot reorder the site's sentence.
 */
const Echo = ({ value }: { value: string }) => <bdi data-echo="">{value}</bdi>;

function noticeText(n: Notice, fallback: { variant: string; os: string }): ReactNode {
  switch (n.kind) {
    case 'unknown-variant':
      return (
        <>
          链接里的版本“
          <Echo value={n.value} />
          ”不在这篇教程里，已改为显示“{fallback.variant}”。
        </>
      );
    case 'unknown-os':
      return (
        <>
          链接里的系统“
          <Echo value={n.value} />
          ”无法识别，已改为显示“{fallback.os}”。
        </>
      );
    case 'unknown-step':
      return (
        <>
          链接里的步骤“
          <Echo value={n.value} />
          ”不存在（可能已改名），已从第一步开始。
        </>
      );
    case 'unknown-param':
      return (
        <>
          链接里的“
          <Echo value={n.value} />
          ”无法识别，已忽略。
        </>
      );
    case 'variant-for-step':
      return (
        <>
          链接里的这一步属于“
          <Echo value={n.value} />
          ”，已切换到这个版本。
        </>
      );
    case 'step-not-in-variant':
      return (
        <>
          链接里的步骤“
          <Echo value={n.value} />
          ”不属于所选版本，已从第一步开始。
        </>
      );
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
        {/* One line either way, so the note about the app replaces the hint without moving the phone. */}
        {detected && (detected.note.kind === 'other-app' || detected.variant === state.variant) ? (
          <p role="status" className="text-xs text-emerald-900" data-detected={detected.note.kind}>
            {inAppText(detected.note, appName, OS_LABEL[state.os])}
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
