'use client';

import { createContext, startTransition, use, useCallback, useMemo, useReducer, type ReactNode } from 'react';
import { currentStep, initialState, rebase, reducePlayer, type PlayerAction, type PlayerState } from '@/lib/flow/player-state';
import { variantLabel } from '@/lib/shared/variants';
import { computeRoute, type Route } from '@/lib/flow/route';
import type { Flow, FlowStep } from '@/lib/flow/types';
import { applies, pathTo } from '@/lib/flow/walk';
import type { Os } from '@/lib/shared/constants';
import { guideStatePath } from '@/lib/shared/links';
import { savePrefs } from '@/lib/shared/prefs';
import type { GuideMeta, ScreenData } from '@/lib/shared/types';
import type { BodyNode } from '../article/step-body';
import { useUrlSync, type Detected, type Notice } from './use-url-sync';
import { useVersionBodies } from './use-version-bodies';

export type { Notice } from './use-url-sync';

interface GuideContextValue {
  meta: GuideMeta;
  flow: Flow;
  screens: Record<string, ScreenData>;
  /** The reader's version's steps' text: the article's sections and the phone's caption show them. */
  bodies: Record<string, ReactNode>;
  /** Another version's text could not be loaded (offline, a redeploy): its page is one link away. */
  bodiesFailed: boolean;
  state: PlayerState;
  /** The reader's route, derived once per state change: the current step, 第 n / N 步, every step's number. */
  route: Route;
  step: FlowStep;
  /** False during the server render and hydration; true once the URL and preferences are applied. */
  ready: boolean;
  notices: Notice[];
  dismissNotices: () => void;
  /** Set when the variant was picked from the WeChat/QQ version in the user agent. */
  detected?: Detected;
  /** The user agent's OS, when the reader's own OS choice (from any guide) overrode it. */
  guessedOs?: Os;
  /** The editors' 核对模式 (?check=1): each step is marked against the real app. */
  check: boolean;
  /** The guide page was opened without a step in its address. */
  stepless: boolean;
  dispatch: (a: PlayerAction) => void;
  /** The site's “上一步”: the browser's Back when its entry before is the previous step. */
  goBack: () => void;
  /** A reader's pick in the version/OS picker: applied and remembered as a preference. */
  choose: (pick: { variant?: string; os?: Os }) => void;
  applies: (scope: { variants?: string[]; os?: Os }) => boolean;
}

const GuideContext = createContext<GuideContextValue | null>(null);

export function useGuide(): GuideContextValue {
  const ctx = use(GuideContext);
  if (!ctx) throw new Error('useGuide must be used inside <GuideProvider>');
  return ctx;
}

/** The guide's state: the player reducer, synced with the URL. Its first render equals the server HTML. */
export function GuideProvider({
  meta,
  flow,
  screens,
  bodies,
  children,
}: {
  meta: GuideMeta;
  flow: Flow;
  screens: Record<string, ScreenData>;
  bodies: Record<string, BodyNode>;
  children: ReactNode;
}) {
  const [state, dispatchNow] = useReducer(
    (s: PlayerState, a: PlayerAction) => reducePlayer(flow, s, a),
    undefined,
    () =>
      meta.page
        ? initialState(flow, meta.page.variant, meta.page.os, meta.page.step)
        : initialState(flow, meta.inline ?? meta.variants[0]!.id, 'ios'),
  );
  // Moving through the steps is a transition: the browser paints the tap first, then React renders
  // the new screen in slices it can interrupt, so a tap never waits on the whole guide re-rendering.
  const dispatch = useCallback((a: PlayerAction) => startTransition(() => dispatchNow(a)), []);
  const { ready, notices, setNotices, dismissNotices, detected, guessedOs, goBack, check, stepless } = useUrlSync(
    meta,
    flow,
    state,
    dispatchNow,
  );
  const route = useMemo(() => computeRoute(flow, state), [flow, state]);
  const { shown, failed } = useVersionBodies(meta, bodies, state.variant, ready);

  const value = useMemo<GuideContextValue>(
    () => ({
      meta,
      flow,
      screens,
      bodies: shown,
      bodiesFailed: failed,
      state,
      route,
      step: route.current,
      ready,
      notices,
      dismissNotices,
      detected,
      guessedOs,
      check,
      stepless,
      dispatch,
      goBack: () => startTransition(goBack),
      choose: (pick) => {
        savePrefs(meta.slug, pick);
        // A step page carries only its variant's screens: another variant is the guide page's job.
        if (meta.page && pick.variant && pick.variant !== state.variant) {
          const to = { slug: meta.slug, variant: pick.variant, os: pick.os ?? state.os };
          const step = currentStep(flow, state).id;
          return location.assign(guideStatePath({ ...to, step: pathTo(flow, to, step) ? step : undefined }));
        }
        // Urgent, not a transition: the picker's radios are controlled and must change at once.
        if (pick.variant) dispatchNow({ type: 'variant', variant: pick.variant });
        if (pick.os) dispatchNow({ type: 'os', os: pick.os });
        // Say where the reader's place went when the new path does not have their step.
        const to = rebase(flow, state, pick.variant ?? state.variant, pick.os ?? state.os);
        const from = currentStep(flow, state);
        const landed = currentStep(flow, to);
        if (landed.id !== from.id && (pick.variant !== undefined ? pick.variant !== state.variant : pick.os !== state.os)) {
          setNotices([
            { kind: landed.title === from.title ? 'moved-to-twin' : 'restarted', value: variantLabel(meta.variants, to.variant) },
          ]);
        }
      },
      applies: (scope) => applies(scope, state),
    }),
    [
      meta,
      flow,
      screens,
      shown,
      failed,
      state,
      route,
      ready,
      notices,
      setNotices,
      dismissNotices,
      detected,
      guessedOs,
      check,
      stepless,
      dispatch,
      goBack,
    ],
  );

  return <GuideContext value={value}>{children}</GuideContext>;
}
