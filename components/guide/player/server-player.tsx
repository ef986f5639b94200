import type { ReactNode } from 'react';
import { variantsDifferingAt } from '@/lib/flow/differs';
import { initialState } from '@/lib/flow/player-state';
import { computeRoute } from '@/lib/flow/route';
import type { Flow } from '@/lib/flow/types';
import { isEnd } from '@/lib/flow/walk';
import { format } from '@/lib/shared/i18n/format';
import { dictFor } from '@/lib/shared/i18n';
import { guideStatePath } from '@/lib/shared/links';
import type { ControlLinks, GuideMeta, ScreenData } from '@/lib/shared/types';
import { ControlButton, DifferentScreen, PhoneWindow, PlayerBody, PlayerControls, PlayerStatus, PlayerToolbar } from './player-parts';
import { StepDrawing } from './step-drawing';

/**
 * The player drawn, not interactive: a step page's step, else the first variant's first step on
 * iOS (what the live player's first render shows too). A step page passes `links`, so its
 * controls work without JavaScript. The server renders it to HTML (./drawn-player-html.tsx); the
 * browser draws it only where the live player broke (./drawn-player.tsx).
 */
export function ServerPlayer({
  meta,
  flow,
  screens,
  bodies,
  links,
}: {
  meta: GuideMeta;
  flow: Flow;
  screens: Record<string, ScreenData>;
  bodies: Record<string, ReactNode>;
  links?: ControlLinks;
}) {
  const at = meta.page;
  const state = initialState(flow, at?.variant ?? meta.inline ?? meta.variants[0]!.id, at?.os ?? 'ios', at?.step);
  const { current: step, index, total } = computeRoute(flow, state);
  const t = dictFor(meta.lang);
  return (
    <>
      <PlayerStatus index={index} total={total} title={step.title} end={isEnd(step)} t={t} />
      <PhoneWindow view="zoom">
        <StepDrawing
          step={step}
          screen={screens[step.screen]!}
          skin={state.os}
          label={format(t.phoneLabel, { title: step.title })}
          t={t}
          className="tg-player-phone mx-auto"
        />
      </PhoneWindow>
      <PlayerControls canBack={index > 1} canNext={!isEnd(step)} links={links} view="zoom" t={t} />
      <PlayerToolbar>
        <ControlButton label={t.restart} enabled={index > 1} href={links?.restart} small />
      </PlayerToolbar>
      <PlayerBody>{bodies[step.id]}</PlayerBody>
      <DifferentScreen
        others={variantsDifferingAt(flow, meta.variants, { ...state, step: step.id })}
        hrefOf={(variant) =>
          guideStatePath({ slug: meta.slug, variant, os: state.os, firstVariant: meta.variants[0]!.id, lang: meta.lang })
        }
        t={t}
      />
    </>
  );
}
