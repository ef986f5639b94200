'use client';

import { useEffect, useState } from 'react';
import { useDict } from '@/lib/shared/i18n/context.client';
import { format } from '@/lib/shared/i18n/format';
import { readLastStep, saveLastStep } from '@/lib/shared/last-step';
import { useGuide } from '../state/guide-state.client';

/**
 * Back where the reader left off: each step they reach is remembered per guide and version in this
 * browser (lib/shared/last-step.ts, nothing is sent), and when the guide page is opened again
 * without a step in its address — the chat link, after switching to WeChat to find the button —
 * a notice offers “上次看到第 N 步，继续？”. Never a jump by itself: the reader presses 继续.
 * Part of the lazy player chunk, so none of it is first-load JavaScript.
 */
export function ResumeNotice() {
  const { meta, state, route, dispatch, stepless } = useGuide();
  const stepId = route.current.id;
  const t = useDict();
  // Read once, when the player starts: what this browser had before this visit.
  const [offer, setOffer] = useState(() => {
    if (meta.page || !stepless) return undefined;
    const saved = readLastStep(meta.slug, state.variant);
    const n = saved && saved !== stepId ? route.numberOf(saved) : undefined;
    return saved && n && n > 1 ? { step: saved, n, from: stepId, variant: state.variant } : undefined;
  });

  useEffect(() => {
    // The page settling on its first step is not the reader's choice: it must not forget their place.
    if (state.cause === 'settle' && route.index === 1) return;
    saveLastStep(meta.slug, state.variant, route.index > 1 ? stepId : undefined);
  }, [meta.slug, state.variant, state.cause, stepId, route.index]);

  // Once the reader moves or switches version, the offer is out of date.
  if (!offer || offer.from !== stepId || offer.variant !== state.variant) return null;
  return (
    <div
      role="status"
      className="mx-auto mb-3 flex max-w-md flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-emerald-300 bg-emerald-50 px-4 py-2 text-base text-emerald-950"
      data-resume=""
    >
      <p className="grow">{format(t.resumeAt, { n: offer.n })}</p>
      <span className="flex gap-2">
        <button type="button" className="tg-btn tg-btn-primary" onClick={() => dispatch({ type: 'goto', step: offer.step })}>
          {t.resumeContinue}
        </button>
        <button type="button" className="tg-btn text-[15px] font-medium" onClick={() => setOffer(undefined)}>
          {t.resumeRestart}
        </button>
      </span>
    </div>
  );
}
