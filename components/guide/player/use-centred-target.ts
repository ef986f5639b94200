'use client';

import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { PhoneView } from './player-parts';

/**
 * Keeps the zoomed window centred on the step's target(s): on every step, when the reader switches
 * to the zoomed view, and when the window changes size (text size, turning the phone). Before the
 * first paint the first time, smoothly afterwards (unless motion is reduced).
 */
export function useCentredTarget(windowRef: RefObject<HTMLDivElement | null>, step: string, view: PhoneView, reduce: boolean) {
  const painted = useRef(false);
  useLayoutEffect(() => {
    const win = windowRef.current;
    if (!win || view !== 'zoom') return;
    const centre = (smooth: boolean) => {
      if (win.scrollHeight <= win.clientHeight + 1) return;
      const box = win.getBoundingClientRect();
      const rects = [...win.querySelectorAll<HTMLElement>(`[data-step="${CSS.escape(step)}"] [data-target]`)].map((t) =>
        t.getBoundingClientRect(),
      );
      // A last step has no target: show the top of its screen, where a result page says what happened.
      const middle = rects.length
        ? (Math.min(...rects.map((r) => r.top)) + Math.max(...rects.map((r) => r.bottom))) / 2 - box.top + win.scrollTop
        : win.clientHeight / 2;
      win.scrollTo({ top: Math.max(0, middle - win.clientHeight / 2), behavior: smooth ? 'smooth' : 'auto' });
    };
    centre(painted.current && !reduce);
    painted.current = true;
    const resized = new ResizeObserver(() => centre(false));
    resized.observe(win);
    return () => resized.disconnect();
  }, [windowRef, step, view, reduce]);
}
