import type { ReactNode } from 'react';
import type { Os } from '@/lib/content/constants';
import type { ScreenData } from '@/lib/content/screen-schema';
import type { Flow } from '@/lib/flow/types';
import { initialState, currentStep, progress } from '@/lib/flow/player-state';
import { variantsDifferingAt } from '@/lib/flow/differs';
import { isEnd } from '@/lib/flow/walk';
import { stepReportHref } from '@/lib/report';
import { DifferentScreen, PlayerBody, PlayerControls, PlayerStatus, PlayerToolbar, type ControlLinks } from './player-parts';
import { DrawnStep } from './drawn-step';

/**
 * The player as the server draws it, not yet interactive: the given step (by default the first
 * variant's first step on iOS). A step page passes `links`, so its controls work without JavaScript.
 */
export function StaticPlayer({
  flow,
  screens,
  variants,
  bodies,
  at,
  links,
  slug,
  title,
}: {
  slug: string;
  title: string;
  flow: Flow;
  screens: Record<string, ScreenData>;
  variants: { id: string; label: string; hint?: string }[];
  bodies: Record<string, ReactNode>;
  at?: { variant: string; os: Os; step?: string };
  links?: ControlLinks;
}) {
  const state = initialState(flow, at?.variant ?? variants[0]!.id, at?.os ?? 'ios', at?.step);
  const step = currentStep(flow, state);
  const { index, total } = progress(flow, state);
  return (
    <>
      <PlayerStatus index={index} total={total} title={step.title} end={isEnd(step)} />
      <DrawnStep step={step} screen={screens[step.screen]!} skin={state.os} label={`模拟手机画面：${step.title}`} className="tg-player-phone mx-auto" />
      <PlayerControls canBack={index > 1} canNext={!isEnd(step)} links={links} />
      <PlayerToolbar />
      <PlayerBody>{bodies[step.id]}</PlayerBody>
      <DifferentScreen others={variantsDifferingAt(flow, variants, { ...state, step: step.id })} report={stepReportHref({ slug, title, variants }, step, state)} />
    </>
  );
}
