'use client';

import { useCallback, useEffect, useState } from 'react';

/** A short message over the phone (a wrong tap); each new one restarts its timer. */
export function useHint(ms = 2600) {
  const [hint, setHint] = useState<{ text: string; n: number } | null>(null);
  const show = useCallback((text: string) => setHint((h) => ({ text, n: (h?.n ?? 0) + 1 })), []);
  const clear = useCallback(() => setHint(null), []);
  useEffect(() => {
    if (!hint) return;
    const t = setTimeout(() => setHint(null), ms);
    return () => clearTimeout(t);
  }, [hint, ms]);
  return { hint, show, clear };
}

/**
 * ← → move between steps while the reader is in the player (or nowhere in particular), but
 * not from the article's links, the picker's radios or anything else where arrows mean something.
 */
export function useArrowKeys(scope: () => HTMLElement | null, onNext: () => void, onBack: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const el = e.target as Node | null;
      if (el !== document.body && !scope()?.contains(el)) return;
      e.preventDefault();
      if (e.key === 'ArrowRight') onNext();
      else onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [scope, onNext, onBack]);
}
