'use client';

import { createContext, use, useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Os } from '@/lib/content/guide-schema';
import type { ScreenData } from '@/lib/content/screen-schema';
import { currentStep, initialState, progress, reducePlayer, type PlayerAction, type PlayerState } from '@/lib/flow/player-state';
import type { Flow, FlowStep } from '@/lib/flow/types';
import { applies, findStep } from '@/lib/flow/walk';
import { readPrefs, savePrefs } from '@/lib/prefs';
import { readGuideUrl, writeGuideUrl, type UrlNotice } from '@/lib/url-state';

export interface GuideVariantMeta {
  id: string;
  label: string;
  hint?: string;
}

export interface GuideMeta {
  slug: string;
  title: string;
  variants: GuideVariantMeta[];
}

export type Notice = UrlNotice | { kind: 'step-not-in-variant'; value: string };

interface GuideContextValue {
  meta: GuideMeta;
  flow: Flow;
  screens: Record<string, ScreenData>;
  state: PlayerState;
  step: FlowStep;
  index: number;
  total: number;
  /** False during the server render and hydration; true once the URL and preferences are applied. */
  ready: boolean;
  notices: Notice[];
  dismissNotices: () => void;
  dispatch: (a: PlayerAction) => void;
  /** A user's pick in the version/OS picker: applied and remembered as a preference. */
  choose: (pick: { variant?: string; os?: Os }) => void;
  applies: (scope: { variants?: string[]; os?: Os }) => boolean;
}

const GuideContext = createContext<GuideContextValue | null>(null);

export function useGuide(): GuideContextValue {
  const ctx = use(GuideContext);
  if (!ctx) throw new Error('useGuide must be used inside <GuideProvider>');
  return ctx;
}

function osFromUserAgent(): Os | undefined {
  const ua = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(ua)) return 'ios';
  if (/Android/.test(ua)) return 'android';
  return undefined;
}

export function GuideProvider({ meta, flow, screens, children }: { meta: GuideMeta; flow: Flow; screens: Record<string, ScreenData>; children: ReactNode }) {
  const defaults = { variant: meta.variants[0]!.id, os: 'ios' as Os };
  const [state, rawDispatch] = useReducer((s: PlayerState, a: PlayerAction) => reducePlayer(flow, s, a), undefined, () =>
    initialState(flow, defaults.variant, defaults.os),
  );
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const dispatch = useCallback((a: PlayerAction) => rawDispatch(a), []);

  // Once, after hydration: the URL wins over saved preferences, which win over defaults.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const variantIds = meta.variants.map((v) => v.id);
    const prefs = readPrefs(meta.slug, variantIds);
    const fallback = { variant: prefs.variant ?? defaults.variant, os: prefs.os ?? osFromUserAgent() ?? defaults.os };
    const { state: url, notices: found } = readGuideUrl(location.search, location.hash, { variants: variantIds, steps: flow.steps.map((s) => s.id) }, fallback);
    const all: Notice[] = [...found];
    let step = url.step;
    if (step && !applies(findStep(flow, step)!, url)) {
      all.push({ kind: 'step-not-in-variant', value: step });
      step = undefined;
    }
    rawDispatch({ type: 'init', variant: url.variant, os: url.os, step });
    setNotices(all);
    setReady(true);
  }, [flow, meta, defaults.variant, defaults.os]);

  const step = currentStep(flow, state);

  // Keep the address bar in step with the player (replaceState: no history entry per tap).
  useEffect(() => {
    if (!ready) return;
    const url = writeGuideUrl({ variant: state.variant, os: state.os, step: step.id });
    if (location.search + location.hash !== url) history.replaceState(history.state, '', url);
  }, [ready, state.variant, state.os, step.id]);

  // A hash typed or followed by the reader moves the player.
  useEffect(() => {
    const onHash = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (id && findStep(flow, id)) rawDispatch({ type: 'goto', step: id });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [flow]);

  const value = useMemo<GuideContextValue>(() => {
    const { index, total } = progress(flow, state);
    return {
      meta,
      flow,
      screens,
      state,
      step,
      index,
      total,
      ready,
      notices,
      dismissNotices: () => setNotices([]),
      dispatch,
      choose: (pick) => {
        if (pick.variant) rawDispatch({ type: 'variant', variant: pick.variant });
        if (pick.os) rawDispatch({ type: 'os', os: pick.os });
        savePrefs(meta.slug, pick);
      },
      applies: (scope) => applies(scope, state),
    };
  }, [meta, flow, screens, state, step, ready, notices, dispatch]);

  return <GuideContext value={value}>{children}</GuideContext>;
}
