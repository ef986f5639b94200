import type { ReactNode } from 'react';
import type { ScreenData } from '@/lib/content/screen-schema';
import type { Flow } from '@/lib/flow/types';
import { continuePath, firstStep, isEnd } from '@/lib/flow/walk';
import { DifferentScreen, PlayerBody, PlayerControls, PlayerStatus, PlayerToolbar } from './player-parts';
import { DrawnStep } from './drawn-step';

/** The player as the server draws it: the default variant's first step, not yet interactive. */
export function StaticPlayer({
  flow,
  screens,
  variants,
  bodies,
}: {
  flow: Flow;
  screens: Record<string, ScreenData>;
  variants: { id: string; label: string; hint?: string }[];
  bodies: Record<string, ReactNode>;
}) {
  const variant = variants[0]!.id;
  const ctx = { variant, os: 'ios' as const };
  const step = firstStep(flow, ctx)!;
  return (
    <>
      <PlayerStatus index={1} total={continuePath(flow, ctx, [step]).length} title={step.title} end={isEnd(step)} />
      <DrawnStep step={step} screen={screens[step.screen]!} label={`模拟手机画面：${step.title}`} className="tg-player-phone mx-auto" />
      <PlayerControls canBack={false} canNext={!isEnd(step)} />
      <PlayerToolbar />
      <PlayerBody>{bodies[step.id]}</PlayerBody>
      <DifferentScreen variants={variants} current={variant} />
    </>
  );
}
