'use client';

import { useGuide } from './guide-state.client';

/** One answer of a choice. A plain #link without JavaScript; with it, the same as tapping on the phone. */
export function OptionLink({ label, tap, to }: { label: string; tap: string; to: string }) {
  const { step, dispatch } = useGuide();
  return (
    <a
      href={`#${to}`}
      className="tg-option"
      onClick={(e) => {
        e.preventDefault();
        if (step.options?.some((o) => o.target === tap)) dispatch({ type: 'tap', target: tap });
        else dispatch({ type: 'goto', step: to });
      }}
    >
      <span aria-hidden="true">→</span> {label}
    </a>
  );
}
