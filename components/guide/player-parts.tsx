import type { ReactNode } from 'react';

/** Markup shared by the static player in the server HTML and the live one, so swapping them shifts nothing. */

export function PlayerStatus({ index, total, title, end }: { index: number; total: number; title: string; end: boolean }) {
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="mx-auto mb-2 flex max-w-md items-baseline gap-2">
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
}: {
  onBack?: () => void;
  onRestart?: () => void;
  onNext?: () => void;
  canBack: boolean;
  canNext: boolean;
}) {
  return (
    <div className="mx-auto mt-3 grid max-w-md grid-cols-3 gap-2">
      <button type="button" className="tg-btn" onClick={onBack} disabled={!canBack || !onBack}>
        ‹ 上一步
      </button>
      <button type="button" className="tg-btn" onClick={onRestart} disabled={!canBack || !onRestart}>
        重新开始
      </button>
      <button type="button" className="tg-btn tg-btn-primary" onClick={onNext} disabled={!canNext || !onNext}>
        下一步 ›
      </button>
    </div>
  );
}

/** The current step's text under the phone; on wide screens the article beside the phone shows it instead. */
export function PlayerBody({ children }: { children: ReactNode }) {
  return <div className="tg-prose mx-auto mt-3 max-w-md rounded-xl border border-stone-200 bg-white px-4 py-2 text-[15px] lg:hidden">{children}</div>;
}
