'use client';

import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { ControlLinks } from '@/lib/shared/types';
import { FailedNote } from './failed-note';
import { Player } from './player.client';

// Drawn in the browser only if the live player breaks while it runs.
const DrawnPlayer = lazy(() => import('./drawn-player'));

/** If the live player breaks, the drawn phone comes back, with a note. */
class PlayerErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode; failedText: string }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        {this.props.fallback}
        <FailedNote text={this.props.failedText} />
      </>
    );
  }
}

/** The live player as PlayerSlot loads it, after hydration: outside the first-load JavaScript. */
export function LivePlayer({ bodies, links, failedText }: { bodies: Record<string, ReactNode>; links?: ControlLinks; failedText: string }) {
  const drawn = <DrawnPlayer links={links} />;
  return (
    <PlayerErrorBoundary fallback={<Suspense>{drawn}</Suspense>} failedText={failedText}>
      <Suspense fallback={drawn}>
        <Player bodies={bodies} />
      </Suspense>
    </PlayerErrorBoundary>
  );
}
