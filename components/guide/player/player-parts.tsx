import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import type { ReactNode, Ref } from 'react';
import { format } from '@/lib/shared/i18n/format';
import type { ControlLinks } from '@/lib/shared/types';

/** The words these parts show, from the page's dictionary (the server's, or the live player's context). */
type Words = { t: ClientDict };

/** Markup shared by the static player in the server HTML and the live one, so swapping them shifts nothing. */

export function PlayerStatus({ index, total, title, end, t }: { index: number; total: number; title: string; end: boolean } & Words) {
  // Two lines are always reserved for the title, so a title that wraps moves nothing below it.
  return (
    <p
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className="mx-auto mb-2 flex min-h-[3.1rem] max-w-md items-baseline gap-2"
      data-step-status=""
    >
      <span className="shrink-0 rounded-md bg-emerald-700 px-2 py-0.5 text-sm font-semibold text-white">
        {format(t.stepOf, { index, total })}
      </span>
      <span className="text-lg font-semibold leading-snug text-stone-900">
        {title}
        {end ? t.done : ''}
      </span>
    </p>
  );
}

/** Zoomed in on the target (phones), or the whole phone. */
export type PhoneView = 'zoom' | 'whole';

/**
 * The drawn phone's frame on the page. Below 1024 px, `zoom` is a window onto the screen drawn
 * large and centred on the target (app/styles/phone.css); wider, the whole phone always shows.
 */
export function PhoneWindow({
  view,
  children,
  ref,
  live = false,
}: {
  view: PhoneView;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
  live?: boolean;
}) {
  return (
    <div ref={ref} className="tg-window mx-auto max-w-md" data-view={view} data-live-window={live || undefined}>
      {children}
    </div>
  );
}

/**
 * ‹ 上一步 · 看整个画面 · 看下一步 ›. The site's “next” is named 看下一步, so it is never taken for the
 * app's own 下一步 drawn on the phone. On a step page without JavaScript, Back and Next are links to
 * the neighbouring step pages.
 */
export function PlayerControls({
  onBack,
  onNext,
  canBack,
  canNext,
  links,
  view,
  onView,
  t,
}: Words & {
  onBack?: () => void;
  onNext?: () => void;
  canBack: boolean;
  canNext: boolean;
  links?: ControlLinks;
  view: PhoneView;
  onView?: () => void;
}) {
  return (
    <div className="mx-auto mt-3 grid max-w-md grid-cols-[1fr_auto_1fr] gap-2 lg:grid-cols-2">
      <ControlButton label={t.back} enabled={canBack} onClick={onBack} href={links?.back} />
      <button
        type="button"
        className="tg-btn only-js px-2! text-[15px] lg:hidden"
        aria-disabled={!onView}
        aria-pressed={view === 'whole'}
        onClick={onView}
        data-view-toggle=""
      >
        {view === 'zoom' ? t.wholeScreen : t.zoomIn}
      </button>
      <ControlButton label={t.next} enabled={canNext} onClick={onNext} href={links?.next} primary />
    </div>
  );
}

/**
 * A control that runs out of things to do keeps focus (aria-disabled rather than disabled, so a
 * focused Next on the last step does not drop focus to the top of the page).
 */
export function ControlButton({
  label,
  enabled,
  onClick,
  href,
  primary = false,
  small = false,
}: {
  label: string;
  enabled: boolean;
  onClick?: () => void;
  href?: string;
  primary?: boolean;
  small?: boolean;
}) {
  const className = `tg-btn${primary ? ' tg-btn-primary' : ''}${small ? ' text-[15px] font-medium' : ''}`;
  if (href && enabled) {
    return (
      <a className={className} href={href}>
        {label}
      </a>
    );
  }
  return (
    <button type="button" className={className} aria-disabled={!enabled || !onClick} onClick={enabled ? onClick : undefined}>
      {label}
    </button>
  );
}

/** The current step's text under the phone; on wide screens the article beside the phone shows it instead. */
export function PlayerBody({ children, ref }: { children: ReactNode; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      className="tg-prose mx-auto mt-3 max-w-md rounded-xl border border-stone-200 bg-white px-4 py-2 text-[15px] lg:hidden"
      data-player-body=""
    >
      {children}
    </div>
  );
}

/**
 * “我的界面不一样”: the guide's other versions whose path differs at this step, each with how to
 * recognise it (picking one switches the guide); telling the editors is the question below it.
 */
export function DifferentScreen({
  others,
  hrefOf,
  onPick,
  t,
}: Words & {
  others: { id: string; label: string; hint?: string }[];
  /** The guide page on that version: the choice works without JavaScript too. */
  hrefOf: (variant: string) => string;
  onPick?: (id: string) => void;
}) {
  return (
    <details className="mx-auto mt-3 max-w-md rounded-xl border border-stone-200 bg-white px-4 py-2 text-[15px]" data-different="">
      <summary className="cursor-pointer py-1 font-medium text-emerald-900">{t.differentSummary}</summary>
      <div className="pb-2">
        {others.length > 0 ? (
          <>
            <p className="mt-1 text-stone-700">{t.differentOthers}</p>
            <ul className="mt-2 space-y-2">
              {others.map((v) => (
                <li key={v.id}>
                  <a
                    href={hrefOf(v.id)}
                    className="tg-btn w-full justify-start text-left"
                    onClick={
                      onPick &&
                      ((e) => {
                        e.preventDefault();
                        onPick(v.id);
                      })
                    }
                  >
                    {format(t.differentSwitch, { label: v.label })}
                    {v.hint ? format(t.differentHint, { hint: v.hint }) : ''}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1 text-stone-700">{t.differentSame}</p>
        )}
        <p className="mt-2 text-sm text-stone-600">{t.differentNone}</p>
      </div>
    </details>
  );
}

/** The row under the controls (copy link); the static player draws it empty at the same height. */
export function PlayerToolbar({ children }: { children?: ReactNode }) {
  return (
    <div className="mx-auto mt-2 flex min-h-11 max-w-md flex-wrap items-center justify-center gap-2" data-player-toolbar="">
      {children}
    </div>
  );
}
