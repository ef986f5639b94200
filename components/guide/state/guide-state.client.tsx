'use client';

import { startTransition, useCallback, useMemo, useReducer, type ReactNode } from 'react';
import { currentStep, initialState, rebase, reducePlayer, type PlayerAction, type PlayerState } from '@/lib/flow/player-state';
import { variantLabel } from '@/lib/shared/variants';
import { computeRoute } from '@/lib/flow/route';
import type { Flow } from '@/lib/flow/types';
import { applies, pathTo } from '@/lib/flow/walk';
import { guideStatePath } from '@/lib/shared/links';
import { savePrefs } from '@/lib/shared/prefs';
import type { GuideMeta, ScreenData } from '@/lib/shared/types';
import type { BodyNode } from '../article/step-body';
import { useUrlSync } from './use-url-sync';
import { useVersionBodies } from './use-version-bodies';
import { GuideContext, type GuideContextValue } from './guide-context';

export type { Notice } from './use-url-sync';
export { useGuide } from './guide-context';

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
          return location.assign(
            guideStatePath({ ...to, step: pathTo(flow, to, step) ? step : undefined, firstVariant: meta.variants[0]!.id, lang: meta.lang }),
          );
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
