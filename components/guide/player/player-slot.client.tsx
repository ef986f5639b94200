'use client';

import { Component, lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useDict } from '@/lib/shared/i18n/context.client';
import { useGuide } from '../state/guide-state.client';
import { isDesktop } from './viewport';

// The live player (framer-motion, tap handling) loads right after hydration, outside the
// first-load JavaScript; until then the server-drawn phone stands in its exact place.
const LivePlayer = lazy(() => import('./player.client').then((mod) => ({ default: mod.Player })));

/** If the player's code cannot load (a dropped connection, a redeploy), the drawn phone stays, with a note. */
class PlayerLoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode; failedText: string }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        {this.props.fallback}
        <p role="alert" className="mx-auto mt-3 max-w-md rounded-xl border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
          {this.props.failedText}
        </p>
      </>
    );
  }
}

/**
 * `always`: a step page, whose drawn player (with link controls) is the page without JavaScript too.
 * The steps' text is the guide's (its context), sent to the browser once for the article and the phone.
 */
export function PlayerSlot({ fallback, always = false }: { fallback: ReactNode; always?: boolean }) {
  const { ready, bodies } = useGuide();
  const ref = useRef<HTMLElement>(null);
  const t = useDict();

  // A support link opened on a phone lands on the step: bring the phone into view, not the article.
  useEffect(() => {
    if (ready && location.hash && !isDesktop()) ref.current?.scrollIntoView({ block: 'start' });
  }, [ready]);

  return (
    <section ref={ref} id="player" aria-label={t.phoneRegion} className={`${always ? '' : 'only-js '}scroll-mt-2`}>
      {ready ? (
        <PlayerLoadBoundary fallback={fallback} failedText={t.phoneFailed}>
          <Suspense fallback={fallback}>
            <LivePlayer bodies={bodies} />
          </Suspense>
        </PlayerLoadBoundary>
      ) : (
        fallback
      )}
    </section>
  );
}
