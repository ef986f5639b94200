'use client';

import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useGuide } from './guide-state.client';

// The live player (framer-motion, tap handling) loads right after hydration, outside the
// first-load JavaScript; until then the server-drawn phone stands in its exact place.
const LivePlayer = lazy(() => import('./player.client').then((mod) => ({ default: mod.Player })));

const DESKTOP = '(min-width: 1024px)';

export function PlayerSlot({ bodies, fallback }: { bodies: Record<string, ReactNode>; fallback: ReactNode }) {
  const { ready } = useGuide();
  const ref = useRef<HTMLElement>(null);

  // A support link opened on a phone lands on the step: bring the phone into view, not the article.
  useEffect(() => {
    if (ready && location.hash && !matchMedia(DESKTOP).matches) ref.current?.scrollIntoView({ block: 'start' });
  }, [ready]);

  return (
    <section ref={ref} id="player" aria-label="模拟手机" className="only-js scroll-mt-2">
      {ready ? (
        <Suspense fallback={fallback}>
          <LivePlayer bodies={bodies} />
        </Suspense>
      ) : (
        fallback
      )}
    </section>
  );
}
