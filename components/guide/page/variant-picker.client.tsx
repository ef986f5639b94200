'use client';

import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import { useId, useState, type ReactNode } from 'react';
import { Segmented } from '@/components/ui/segmented';
import { OS_VALUES } from '@/lib/shared/constants';
import { useDict } from '@/lib/shared/i18n/context.client';
import { format, osName } from '@/lib/shared/i18n/format';
import type { InAppNote } from '@/lib/shared/in-app';
import { useGuide, type Notice } from '../state/guide-state.client';
import { VersionPictures } from './version-pictures.client';

/** What the browser the guide was opened in decided, in one short line (lib/shared/in-app.ts). */
function inAppText(note: InAppNote, app: string, osLabel: string, t: ClientDict): string {
  switch (note.kind) {
    case 'detected':
      return format(t.detected, { app, version: note.version.split('.').slice(0, 3).join('.'), os: osLabel });
    case 'harmony':
      return format(t.detectedHarmony, { app });
    case 'other-app':
      return format(
        {
          wxwork: t.inWxwork,
          'wechat-desktop': t.inWechatDesktop,
          tim: t.inTim,
          'qq-hd': t.inQqHd,
          'qq-intl': t.inQqIntl,
          'tencent-docs': t.inTencentDocs,
        }[note.app],
        { app },
      );
  }
}

/**
 * The site's sentence around a value from the link, which is isolated: inside `<bdi>` its direction
 * is its own, so right-to-left text (its control characters already stripped by `shorten`) cannot
 * reorder the sentence. `template` holds the value's place as {value}.
 */
function echo(template: string, value: string, vars: Record<string, string> = {}): ReactNode {
  const [before = '', after = ''] = format(template, vars).split('{value}');
  return (
    <>
      {before}
      <bdi data-echo="">{value}</bdi>
      {after}
    </>
  );
}

function noticeText(n: Notice, fallback: { variant: string; os: string }, t: ClientDict): ReactNode {
  switch (n.kind) {
    case 'unknown-variant':
      return echo(t.noticeUnknownVariant, n.value, { fallback: fallback.variant });
    case 'unknown-os':
      return echo(t.noticeUnknownOs, n.value, { fallback: fallback.os });
    case 'unknown-step':
      return echo(t.noticeUnknownStep, n.value);
    case 'unknown-param':
      return echo(t.noticeUnknownParam, n.value);
    case 'variant-for-step':
      return echo(t.noticeVariantForStep, n.value);
    case 'step-not-in-variant':
      return echo(t.noticeStepNotInVariant, n.value);
    case 'moved-to-twin':
      return format(t.noticeMovedToTwin, { value: n.value });
    case 'restarted':
      return format(t.noticeRestarted, { value: n.value });
  }
}

/**
 * The reader's version and OS as two segmented radio groups, plus notices about bad link values.
 * On a phone they fold into one line (“微信 8.0 及以上 · iPhone  换版本或系统”), so the drawn screen
 * and the controls fit on the first screen; wider, they are always open. Most people do not know
 * their version number but can tell their screen: “看图认版本” shows, for each version, a small
 * drawing of the screen that tells it apart (drawn in the browser when asked for: ./version-drawing.tsx).
 */
export function VariantPicker({ appName, pictures }: { appName: string; pictures?: Record<string, string> }) {
  const { meta, state, choose, notices, dismissNotices, detected, guessedOs } = useGuide();
  const [open, setOpen] = useState(false);
  const [looking, setLooking] = useState(false);
  const panel = useId();
  const t = useDict();
  const OS_LABEL = { ios: osName(t, 'ios'), android: osName(t, 'android') };
  const OS_OPTIONS = OS_VALUES.map((os) => ({ value: os, label: OS_LABEL[os] }));
  const current = meta.variants.find((v) => v.id === state.variant);
  const fallback = { variant: current?.label ?? state.variant, os: OS_LABEL[state.os] };
  const said = detected && (detected.note.kind === 'other-app' || detected.variant === state.variant) ? detected.note : undefined;
  const summary =
    said && said.kind !== 'other-app'
      ? inAppText(said, appName, OS_LABEL[state.os], t)
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
              <p key={i}>{noticeText(n, fallback, t)}</p>
            ))}
          </div>
          <button type="button" className="tg-btn-small" onClick={dismissNotices}>
            {t.gotIt}
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
          {open ? t.pickerCollapse : said?.kind === 'detected' ? t.pickerWrong : t.pickerChange}
        </button>
      </div>
      {said?.kind === 'other-app' && (
        <p role="status" className="text-sm text-emerald-900" data-detected="other-app">
          {inAppText(said, appName, OS_LABEL[state.os], t)}
        </p>
      )}
      <div id={panel} className={`${open ? 'grid' : 'hidden'} gap-2 lg:grid`} data-picker="">
        <div className="flex items-center gap-3">
          <span id="pick-variant" className="w-[4.5rem] shrink-0 text-sm font-medium text-stone-700">
            {format(t.pickerApp, { app: appName })}
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
            {t.pickerOs}
          </span>
          <Segmented name="os" labelledBy="pick-os" value={state.os} options={OS_OPTIONS} onValueChange={(os) => choose({ os })} />
        </div>
        {guessedOs && guessedOs !== state.os && (
          <p className="text-sm text-stone-700" data-os-guess="">
            {format(t.pickerOsGuess, { os: OS_LABEL[state.os], guess: OS_LABEL[guessedOs] })}
          </p>
        )}
        {/* One line either way, so the note about the app replaces the hint without moving the phone. */}
        {said && said.kind !== 'other-app' ? (
          <p className="hidden text-sm text-emerald-900 lg:block" data-detected-wide="">
            {inAppText(said, appName, OS_LABEL[state.os], t)}
            {pictures && look(t.pickerLookWrong)}
          </p>
        ) : (
          (current?.hint || pictures) && (
            <p className="text-sm text-stone-700">
              {current?.hint && format(t.pickerHint, { label: current.label, hint: current.hint })}
              {pictures && look(t.pickerLook)}
            </p>
          )
        )}
        {said && said.kind !== 'other-app' && pictures && <p className="text-sm lg:hidden">{look(t.pickerLook)}</p>}
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
