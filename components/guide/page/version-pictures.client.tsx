'use client';

import { lazy, Suspense } from 'react';
import { useDict } from '@/lib/shared/i18n/context.client';
import { useGuide } from '../state/guide-state.client';

const VersionDrawing = lazy(() => import('./version-drawing'));

/** “看图认版本”: for each version, a small drawing of the screen that tells it apart; tapping one picks it. */
export function VersionPictures({
  id,
  pictures,
  onPick,
}: {
  id: string;
  /** For each version that has one, the step whose screen tells it apart. */
  pictures: Record<string, string>;
  onPick: (variant: string) => void;
}) {
  const { meta, state } = useGuide();
  const t = useDict();
  return (
    <div id={id} role="group" aria-label={t.pickerLook} className="rounded-xl border border-stone-200 bg-white p-3" data-pictures="">
      <p className="text-[15px] text-stone-800">{t.picturesAsk}</p>
      <div className="mt-2 grid grid-cols-3 gap-2">
        {meta.variants.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-pressed={state.variant === v.id}
            className={`flex flex-col items-center gap-1 rounded-lg border p-1.5 text-center ${state.variant === v.id ? 'border-emerald-700 bg-emerald-50' : 'border-stone-200'}`}
            onClick={() => onPick(v.id)}
          >
            {pictures[v.id] && (
              <span aria-hidden="true" className="block w-full max-w-[7.5rem]">
                <Suspense>
                  <VersionDrawing step={pictures[v.id]!} />
                </Suspense>
              </span>
            )}
            <span className="text-[15px] font-semibold text-stone-900">{v.label}</span>
            {v.hint && <span className="text-sm leading-snug text-stone-700">{v.hint}</span>}
          </button>
        ))}
      </div>
    </div>
  );
}
