import type { ReactNode } from 'react';
import type { ControlLinks } from '@/lib/shared/types';

/** Markup shared by the static player in the server HTML and the live one, so swapping them shifts nothing. */

export function PlayerStatus({ index, total, title, end }: { index: number; total: number; title: string; end: boolean }) {
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="mx-auto mb-2 flex max-w-md items-baseline gap-2" data-step-status="">
      <span className="shrink-0 rounded-md bg-emerald-700 px-2 py-0.5 text-sm font-semibold text-white">
        第 {index} / {total} 步
      </span>
      <span className="text-lg font-semibold leading-snug text-stone-900">
        {title}
        {end ? '（完成）' : ''}
      </span>
    </p>
  );
}

export function PlayerControls({
  onBack,
  onRestart,
  onNext,
  canBack,
  canNext,
  links,
}: {
  onBack?: () => void;
  onRestart?: () => void;
  onNext?: () => void;
  canBack: boolean;
  canNext: boolean;
  links?: ControlLinks;
}) {
  // aria-disabled rather than disabled: a focused button that runs out of things to do
  // (Next on the last step) keeps focus instead of dropping it to the top of the page.
  const button = (label: string, enabled: boolean, onClick: (() => void) | undefined, href: string | undefined, primary = false) => {
    const className = `tg-btn${primary ? ' tg-btn-primary' : ''}`;
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
  };
  return (
    <div className="mx-auto mt-3 grid max-w-md grid-cols-3 gap-2">
      {button('‹ 上一步', canBack, onBack, links?.back)}
      {button('重新开始', canBack, onRestart, links?.restart)}
      {button('下一步 ›', canNext, onNext, links?.next, true)}
    </div>
  );
}

/** The current step's text under the phone; on wide screens the article beside the phone shows it instead. */
export function PlayerBody({ children }: { children: ReactNode }) {
  return (
    <div
      className="tg-prose mx-auto mt-3 max-w-md rounded-xl border border-stone-200 bg-white px-4 py-2 text-[15px] lg:hidden"
      data-player-body=""
    >
      {children}
    </div>
  );
}

/**
 * “我的界面不一样”: the guide's other versions whose path differs at this step, each with how to
 * recognise it (picking one switches the guide), and a prefilled report to the editors.
 */
export function DifferentScreen({
  others,
  report,
  onPick,
}: {
  others: { id: string; label: string; hint?: string }[];
  report: string;
  onPick?: (id: string) => void;
}) {
  return (
    <details className="mx-auto mt-3 max-w-md rounded-xl border border-stone-200 bg-white px-4 py-2 text-[15px]" data-different="">
      <summary className="cursor-pointer py-1 font-medium text-emerald-900">我的界面不一样</summary>
      <div className="pb-2">
        {others.length > 0 ? (
          <>
            <p className="mt-1 text-stone-700">这一步在别的版本里不一样，你的手机可能是：</p>
            <ul className="mt-2 space-y-2">
              {others.map((v) => (
                <li key={v.id}>
                  <button type="button" className="tg-btn w-full justify-start text-left" onClick={onPick && (() => onPick(v.id))}>
                    换成“{v.label}”{v.hint ? `（${v.hint}）` : ''}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1 text-stone-700">这一步在这篇教程的各个版本里都一样。</p>
        )}
        <p className="mt-2 text-sm text-stone-600">都不对？以你手机上的字为准，找和这一步同样的字；画面是示意图，位置和样式可能不同。</p>
        <p className="mt-3">
          <a href={report} className="tg-btn w-full" data-report="">
            告诉我们哪里不一样
          </a>
        </p>
        <p className="mt-1 text-xs text-stone-600">会打开一封写好的邮件，只有教程、步骤、版本和系统，没有任何个人信息；发不发由你决定。</p>
      </div>
    </details>
  );
}

/** The row under the controls (copy link); the static player draws it empty at the same height. */
export function PlayerToolbar({ children }: { children?: ReactNode }) {
  return (
    <div className="mx-auto mt-2 flex h-9 max-w-md items-center justify-center" data-player-toolbar="">
      {children}
    </div>
  );
}
