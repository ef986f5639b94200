'use client';

import { stepPagePath } from '@/lib/shared/links';
import { useGuide } from '../state/guide-context';

/** One answer of a choice. A plain link without JavaScript; with it, the same as tapping on the phone. */
export function OptionLink({ label, tap, to }: { label: string; tap: string; to: string }) {
  const { step, dispatch, meta, state } = useGuide();
  // On a step page the answer's step has its own page; on the guide page it is further down.
  const href = meta.page ? stepPagePath({ slug: meta.slug, variant: state.variant, os: state.os, step: to, lang: meta.lang }) : `#${to}`;
  return (
    <a
      href={href}
      className="tg-option"
      onClick={(e) => {
        e.preventDefault();
        if (step.options?.some((o) => o.target === tap)) dispatch({ type: 'tap', target: tap, on: step.id });
        else dispatch({ type: 'goto', step: to });
      }}
    >
      <span aria-hidden="true">→</span> {label}
    </a>
  );
}
