'use client';

import { lazy, useEffect, useRef } from 'react';
import { parseVariants, type Os } from '@/lib/shared/constants';
import { useDict } from '@/lib/shared/i18n/context.client';
import { format } from '@/lib/shared/i18n/format';
import { versionPagePath } from '@/lib/shared/links';
import type { Confidence } from '@/lib/shared/types';
import { findStep } from '@/lib/flow/walk';
import { useGuide } from '../state/guide-state.client';
import { CopyStepLink } from '../player/copy-step-link.client';
import { NoJsOnly } from './only.client';
import { ScopeBadge } from './scope-badge';
import { isDesktop, scrollBehavior } from '../player/viewport';

// The drawn screen under each step, for readers without JavaScript. It sits in a <noscript>, which
// React never renders in the browser, so this code loads only on the server. Rendering it here, in a
// client component, from the screens the guide already sends, keeps every step's drawing out of the
// RSC payload that the browser must decode (43 % of a guide page's payload when it was passed in).
const NoScriptFigure = lazy(() => import('./noscript-figure'));

/**
 * A step in the article. It knows whether it applies to the reader's variant, its number on
 * the path, and whether it is the phone's current step; clicking its number shows it on the phone.
 */
export function StepSection({
  id,
  title,
  variants,
  os,
  confidence,
}: {
  id: string;
  title: string;
  variants?: string;
  os?: Os;
  confidence?: Confidence;
}) {
  const { flow, screens, route, step, ready, dispatch, meta, bodies, bodiesFailed, state } = useGuide();
  const ref = useRef<HTMLElement>(null);
  const t = useDict();
  const self = findStep(flow, id)!;
  const scope = { variants: parseVariants(variants), os };
  // Its number on the reader's own path when it is on it, else on the shortest path to it.
  const number = route.numberOf(id);
  const inScope = number !== undefined;
  const current = ready && step.id === id;
  // Steps of a branch the reader is not on say which choice leads to them.
  const branch = inScope ? route.branchOf(id) : undefined;

  // On a wide screen the article sits beside the phone: keep the current step in sight.
  useEffect(() => {
    if (current && isDesktop()) ref.current?.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
  }, [current]);

  const show = () => {
    dispatch({ type: 'goto', step: id });
    if (!isDesktop()) {
      // The phone is above the article on a phone: take the reader (and their focus) to it.
      const player = document.getElementById('player');
      player?.scrollIntoView({ behavior: scrollBehavior(), block: 'start' });
      player?.querySelector<HTMLElement>('[role="group"][tabindex]')?.focus({ preventScroll: true });
    }
  };

  const body = bodies[id];
  // Another version's step: the server sent none of it (the page is its version's), and the browser
  // shows it once that version's text has come (use-version-bodies.ts).
  if (body === undefined && (!ready || !inScope)) return null;

  return (
    <section
      ref={ref}
      id={id}
      aria-current={current ? 'step' : undefined}
      hidden={ready && !inScope}
      className={`tg-step scroll-mt-4 rounded-2xl border p-4 transition-colors ${current ? 'border-emerald-600 bg-emerald-50/60' : 'border-stone-200 bg-white'} ${!ready && !inScope ? 'only-nojs' : ''}`}
    >
      <div className="flex items-start gap-3">
        {ready ? (
          <button type="button" onClick={show} className="tg-step-num" aria-label={format(t.showStep, { n: number ?? '', title })}>
            {number}
          </button>
        ) : (
          <span className="tg-step-num" aria-hidden={!inScope || undefined}>
            {number ?? '·'}
          </span>
        )}
        <div className="min-w-0 flex-1">
          {branch && <p className="text-sm font-medium text-emerald-800">{format(t.afterChoosing, { label: branch.label })}</p>}
          <h2 id={`${id}-title`} className="text-lg font-semibold leading-snug text-stone-900">
            {title}
          </h2>
          <NoJsOnly className="mt-1">
            <ScopeBadge {...scope} all={meta.variants} t={t} />
          </NoJsOnly>
          {confidence === 'low' && (
            <p className="mt-1 inline-block rounded-md bg-orange-100 px-2 py-0.5 text-xs font-medium text-orange-900">{t.lowConfidence}</p>
          )}
          <div className="tg-prose tg-step-body mt-2">
            {body ??
              (bodiesFailed ? (
                <p role="alert">
                  {t.stepTextFailed}
                  <a
                    href={versionPagePath(meta.slug, state.variant, state.variant === meta.variants[0]!.id, meta.lang)}
                    className="underline underline-offset-2"
                  >
                    {t.openVersionPage}
                  </a>
                </p>
              ) : (
                <p className="text-stone-600">{t.stepTextLoading}</p>
              ))}
          </div>
          {/* On a phone the current step's text is under the drawn screen above: said once. */}
          <p className="tg-step-here mt-1 text-[15px] text-emerald-900">{t.stepTextAbove}</p>
          {inScope && (
            <div className="mt-2" data-pagefind-ignore="">
              <CopyStepLink step={id} />
            </div>
          )}
          <NoJsOnly className="mt-3">
            <NoScriptFigure step={self} screen={screens[self.screen]!} t={t} />
          </NoJsOnly>
        </div>
      </div>
    </section>
  );
}
