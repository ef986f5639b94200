'use client';

import { useId, useState, type ReactNode } from 'react';
import { Segmented } from '@/components/ui/segmented';
import { OS_LABEL, OS_VALUES } from '@/lib/shared/constants';
import type { InAppNote } from '@/lib/shared/in-app';
import { useGuide, type Notice } from '../state/guide-state.client';
import { VersionPictures } from './version-pictures.client';

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
        'qq-hd': `你在 QQ HD（iPad 版）里：这里教的是手机 QQ，请选你手机上 QQ 的版本`,
        'qq-intl': `你在 QQ 国际版里：这里教的是手机 QQ，请选你手机上 QQ 的版本`,
        'tencent-docs': `你在腾讯文档里：这里教的是手机 QQ，请选你手机上 QQ 的版本`,
      }[note.app];
  }
}

/**
 * The site's sentence around a value from the link, which is isolated: inside `<bdi>` its direction
 * is its own, so right-to-left text (its control characters already stripped by `shorten`) cannot
 * reorder the sentence.
 */
const echo = (before: string, value: string, after: string): ReactNode => (
  <>
    {before}“<bdi data-echo="">{value}</bdi>”{after}
  </>
);

function noticeText(n: Notice, fallback: { variant: string; os: string }): ReactNode {
  switch (n.kind) {
    case 'unknown-variant':
      return echo('链接里的版本', n.value, `不在这篇教程里，已改为显示“${fallback.variant}”。`);
    case 'unknown-os':
      return echo('链接里的系统', n.value, `无法识别，已改为显示“${fallback.os}”。`);
    case 'unknown-step':
      return echo('链接里的步骤', n.value, '不存在（可能已改名），已从第一步开始。');
    case 'unknown-param':
      return echo('链接里的', n.value, '无法识别，已忽略。');
    case 'variant-for-step':
      return echo('链接里的这一步属于', n.value, '，已切换到这个版本。');
    case 'step-not-in-variant':
      return echo('链接里的步骤', n.value, '不属于所选版本，已从第一步开始。');
    case 'moved-to-twin':
      return `已换到“${n.value}”里同样的这一步。`;
    case 'restarted':
      return `“${n.value}”的路径里没有刚才那一步，已从第一步开始。`;
  }
}

/**
 * The reader's version and OS as two segmented radio groups, plus notices about bad link values.
 * On a phone they fold into one line (“微信 8.0 及以上 · iPhone  换版本或系统”), so the drawn screen
 * and the controls fit on the first screen; wider, they are always open. Most people do not know
 * their version number but can tell their screen: “看图认版本” shows, for each version, a small
 * drawing of the screen that tells it apart (drawn on the server).
 */
export function VariantPicker({ appName, pictures }: { appName: string; pictures?: Record<string, ReactNode> }) {
  const { meta, state, choose, notices, dismissNotices, detected, guessedOs } = useGuide();
  const [open, setOpen] = useState(false);
  const [looking, setLooking] = useState(false);
  const panel = useId();
  const current = meta.variants.find((v) => v.id === state.variant);
  const fallback = { variant: current?.label ?? state.variant, os: OS_LABEL[state.os] };
  const said = detected && (detected.note.kind === 'other-app' || detected.variant === state.variant) ? detected.note : undefined;
  const summary =
    said && said.kind !== 'other-app'
      ? inAppText(said, appName, OS_LABEL[state.os])
      : `${appName} ${current?.label ?? ''} · ${OS_LABEL[state.os]}`;
  const look = (label: string) => (
    <button
      type="button"
      className="ml-2 inline-flex min-h-11 items-center font-medium text-emerald-800 underline underline-offset-2"
      aria-expanded={looking}
      aria-controls={`${panel}-pictures`}
      onClick={() => setLooking((l) => !l)}
    >
      {label}
    </button>
  );
  return (
    <div className="only-js flex flex-col gap-2">
      {notices.length > 0 && (
        <div
          role="alert"
          className="flex items-start gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-[15px] text-amber-950"
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
      {/* On a phone: one line, and the pickers on demand. */}
      <div className="flex min-h-11 items-center justify-between gap-2 rounded-xl bg-stone-100 pl-3 lg:hidden" data-picker-summary="">
        <p
          className="min-w-0 text-sm text-stone-800"
          {...(said && said.kind !== 'other-app' ? { role: 'status', 'data-detected': said.kind } : {})}
        >
          {summary}
        </p>
        <button
          type="button"
          className="tg-btn shrink-0 border-0 bg-transparent px-2! text-[15px] text-emerald-800"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? '收起' : said?.kind === 'detected' ? '不对？换' : '换版本或系统'}
        </button>
      </div>
      {said?.kind === 'other-app' && (
        <p role="status" className="text-sm text-emerald-900" data-detected="other-app">
          {inAppText(said, appName, OS_LABEL[state.os])}
        </p>
      )}
      <div id={panel} className={`${open ? 'grid' : 'hidden'} gap-2 lg:grid`} data-picker="">
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
        {guessedOs && guessedOs !== state.os && (
          <p className="text-sm text-stone-700" data-os-guess="">
            按你选过的“{OS_LABEL[state.os]}”显示；这个浏览器看起来是{OS_LABEL[guessedOs]}。
          </p>
        )}
        {/* One line either way, so the note about the app replaces the hint without moving the phone. */}
        {said && said.kind !== 'other-app' ? (
          <p className="hidden text-sm text-emerald-900 lg:block" data-detected-wide="">
            {inAppText(said, appName, OS_LABEL[state.os])}
            {pictures && look('不对？看图换一个')}
          </p>
        ) : (
          (current?.hint || pictures) && (
            <p className="text-sm text-stone-700">
              {current?.hint && `${current.label}的特征：${current.hint}`}
              {pictures && look('看图认版本')}
            </p>
          )
        )}
        {said && said.kind !== 'other-app' && pictures && <p className="text-sm lg:hidden">{look('看图认版本')}</p>}
        {looking && pictures && (
          <VersionPictures
            id={`${panel}-pictures`}
            pictures={pictures}
            onPick={(variant) => {
              choose({ variant });
              setLooking(false);
            }}
          />
        )}
      </div>
    </div>
  );
}
