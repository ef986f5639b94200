'use client';

import { useEffect } from 'react';

/**
 * Development only (rendered by the layout when NODE_ENV is development): when `npm run dev`'s
 * watcher reports a content change, reload the page. A broken file then shows in Next's error
 * overlay with its path and line, and the fixed file brings the page back (a soft refresh cannot
 * leave the error state). The player's variant, OS and step are in the URL, so nothing is lost.
 */
export function ContentReload({ port }: { port: number }) {
  useEffect(() => {
    const events = new EventSource(`http://127.0.0.1:${port}/`);
    events.onopen = () => document.documentElement.setAttribute('data-content-reload', 'on');
    events.onmessage = () => location.reload();
    events.onerror = () => {
      if (events.readyState === EventSource.CLOSED) events.close();
    };
    return () => events.close();
  }, [port]);
  return null;
}
