'use client';

import { startTransition, use, useEffect, useRef, useState } from 'react';
import { useDict } from '@/lib/shared/i18n/context.client';
import type { ControlLinks } from '@/lib/shared/types';
import { useGuide } from '../state/guide-state.client';
import { FailedNote } from './failed-note';
import { isDesktop } from './viewport';

type Live = typeof import('./live-player.client').LivePlayer;

// The server draws the phone as an HTML string (./drawn-player-html.tsx): it is in the page's HTML,
// not in its RSC payload, and React leaves it as it is until the live player replaces it.
const drawnHtml = typeof window === 'undefined' ? import('./drawn-player-html') : null;

/**
 * `always`: a step page, whose drawn player (with link controls) is the page without JavaScript too.
 * The steps' text is the guide's (its context), sent to the browser once for the article and the phone.
 */
export function PlayerSlot({ links, always = false }: { links?: ControlLinks; always?: boolean }) {
  const guide = useGuide();
  const { ready, bodies } = guide;
  const ref = useRef<HTMLElement>(null);
  const t = useDict();
  // The live player (framer-motion, tap handling) loads right after hydration, outside the
  // first-load JavaScript, and takes the drawn phone's place once its code is here. If that code
  // cannot load (a dropped connection, a redeploy), the drawn phone stays, with a note.
  const [live, setLive] = useState<{ Player: Live }>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./live-player.client').then(
      (mod) => startTransition(() => setLive({ Player: mod.LivePlayer })),
      () => setFailed(true),
    );
  }, []);

  // A support link opened on a phone lands on the step: bring the phone into view, not the article.
  useEffect(() => {
    if (ready && location.hash && !isDesktop()) ref.current?.scrollIntoView({ block: 'start' });
  }, [ready]);

  return (
    <section ref={ref} id="player" aria-label={t.phoneRegion} className={`${always ? '' : 'only-js '}scroll-mt-2`}>
      {ready && live ? (
        <live.Player bodies={bodies} links={links} failedText={t.phoneFailed} />
      ) : (
        <>
          {/* React does not hydrate inside an element with inner HTML: the server's markup stays. */}
          <div
            className="contents"
            data-drawn=""
            dangerouslySetInnerHTML={{ __html: drawnHtml ? use(drawnHtml).drawnPlayerHtml(guide, t, links) : '' }}
            suppressHydrationWarning
          />
          {failed && <FailedNote text={t.phoneFailed} />}
        </>
      )}
    </section>
  );
}
