'use client';

import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { Os } from '@/lib/content/constants';
import { currentStep, type PlayerAction, type PlayerState } from '@/lib/flow/player-state';
import type { Flow } from '@/lib/flow/types';
import { applies, findStep, pathTo } from '@/lib/flow/walk';
import { readPrefs } from '@/lib/prefs';
import { hashStep, readGuideUrl, writeGuideUrl, type UrlNotice } from '@/lib/url-state';

export type Notice = UrlNotice | { kind: 'step-not-in-variant'; value: string };

function osFromUserAgent(): Os | undefined {
  const ua = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(ua)) return 'ios';
  if (/Android/.test(ua)) return 'android';
  return undefined;
}

/**
 * Keeps the player and the address bar in step. Once after hydration it reads the URL, which
 * wins over saved preferences, which win over the OS in the user agent and the defaults; after
 * that every change is written back with replaceState, and a followed hash moves the player.
 */
export function useUrlSync(slug: string, variantIds: string[], flow: Flow, state: PlayerState, dispatch: Dispatch<PlayerAction>) {
  const [{ ready, notices }, setSync] = useState<{ ready: boolean; notices: Notice[] }>({ ready: false, notices: [] });
  const setNotices = useCallback((n: Notice[]) => setSync((s) => ({ ...s, notices: n })), []);
  const stepId = currentStep(flow, state).id;
  const latest = useRef({ state, stepId });
  useEffect(() => {
    latest.current = { state, stepId };
  }, [state, stepId]);

  const reachable = (id: string, ctx: { variant: string; os: Os }) => {
    const s = findStep(flow, id);
    return !!s && applies(s, ctx) && !!pathTo(flow, ctx, id);
  };

  useEffect(() => {
    if (ready) return;
    const prefs = readPrefs(slug, variantIds);
    const fallback = { variant: prefs.variant ?? variantIds[0]!, os: prefs.os ?? osFromUserAgent() ?? 'ios' };
    const steps = flow.steps.map((s) => s.id);
    const { state: url, notices: found } = readGuideUrl(location.search, location.hash, { variants: variantIds, steps }, fallback);
    const all: Notice[] = [...found];
    let step = url.step;
    if (step && !reachable(step, url)) {
      all.push({ kind: 'step-not-in-variant', value: step });
      step = undefined;
    }
    dispatch({ type: 'init', variant: url.variant, os: url.os, step });
    // The URL can only be read after hydration (the first render must equal the server HTML),
    // so this one update has to come from an effect. It runs once; later, state flows to the URL.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSync({ ready: true, notices: all });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!ready) return;
    const url = writeGuideUrl({ variant: state.variant, os: state.os, step: stepId });
    if (location.search + location.hash !== url) history.replaceState(history.state, '', url);
  }, [ready, state.variant, state.os, stepId]);

  // A followed #link: a step moves the player; anything else (a page anchor such as #provenance,
  // or a step of another variant) scrolls as usual, and the address bar goes back to the step.
  useEffect(() => {
    const onHash = () => {
      const id = hashStep(location.hash);
      const { state: cur, stepId: curId } = latest.current;
      if (id && reachable(id, cur)) return dispatch({ type: 'goto', step: id });
      if (id && findStep(flow, id)) setNotices([{ kind: 'step-not-in-variant', value: id }]);
      history.replaceState(history.state, '', writeGuideUrl({ variant: cur.variant, os: cur.os, step: curId }));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow, dispatch]);

  const dismissNotices = useCallback(() => setNotices([]), [setNotices]);
  return { ready, notices, dismissNotices };
}
