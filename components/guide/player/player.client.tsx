'use client';

import { AnimatePresence, LazyMotion, MotionConfig, m, useReducedMotion, type Variants } from 'framer-motion';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PhoneFrame } from '@/components/phone/phone-frame';
import { ScreenBase, ScreenOverlay, pageKey } from '@/components/phone/screen-view';
import type { TapApi } from '@/components/phone/tap';
import { variantsDifferingAt } from '@/lib/flow/differs';
import { isEnd } from '@/lib/flow/walk';
import { readInApp } from '@/lib/shared/in-app';
import { useDict } from '@/lib/shared/i18n/context.client';
import { format } from '@/lib/shared/i18n/format';
import { useGuide } from '../state/guide-state.client';
import { CopyStepLink } from './copy-step-link.client';
import {
  ControlButton,
  DifferentScreen,
  PhoneWindow,
  PlayerBody,
  PlayerControls,
  PlayerStatus,
  PlayerToolbar,
  type PhoneView,
} from './player-parts';
import { useCentredTarget } from './use-centred-target';
import { DeviceCheckPanel, StepCheck, type Mark } from './device-check.client';
import { Handout } from './handout.client';
import { StepQuestion } from './step-question.client';
import { reportsApi } from '@/lib/shared/reports-api';
import { ReadAloud } from './read-aloud.client';
import { ResumeNotice } from './resume.client';
import { guideStatePath } from '@/lib/shared/links';
import { useArrowKeys, useHint } from './player-hooks';
import { targetName, targetTags, targetWords, targetsOf } from './target-names';

const loadFeatures = () => import('./motion-features').then((mod) => mod.default);

const ease = [0.2, 0.8, 0.2, 1] as const;
// Push in from the right; back pops out to the right (the way both apps move between pages).
const page: Variants = {
  enter: (dir: number) => ({ x: dir > 0 ? '100%' : '-28%', zIndex: dir > 0 ? 2 : 1 }),
  center: { x: 0, zIndex: 1, transition: { duration: 0.3, ease } },
  exit: (dir: number) => ({ x: dir > 0 ? '-28%' : '100%', zIndex: dir > 0 ? 1 : 2, transition: { duration: 0.3, ease } }),
};
const sheet: Variants = {
  enter: { opacity: 0, y: '12%' },
  center: { opacity: 1, y: 0, transition: { duration: 0.22 } },
  exit: { opacity: 0, y: '12%', transition: { duration: 0.18 } },
};
const drawer: Variants = {
  enter: { opacity: 0, x: '-25%' },
  center: { opacity: 1, x: 0, transition: { duration: 0.25 } },
  exit: { opacity: 0, x: '-25%', transition: { duration: 0.2 } },
};
// With reduced motion nothing moves: screens and sheets swap in place with a short fade.
const still: Variants = {
  enter: { opacity: 0, x: 0, y: 0 },
  center: { opacity: 1, x: 0, y: 0, transition: { duration: 0.15 } },
  exit: { opacity: 0, x: 0, y: 0, transition: { duration: 0.15 } },
};

/** The live phone: tap targets, transitions, hints, Back/Next, keyboard. Loaded after hydration. */
export function Player({ bodies }: { bodies: Record<string, ReactNode> }) {
  const { meta, flow, screens, state, step, route, dispatch, choose, goBack, check } = useGuide();
  const t = useDict();
  // 核对模式's marks, per step, for the version and OS being walked.
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const { index, total } = route;
  // Only the app's version number goes into a report, and only when the page is open inside the app.
  const appVersion = useMemo(() => {
    const note = readInApp(navigator.userAgent, meta.app).note;
    return note?.kind === 'detected' ? note.version : undefined;
  }, [meta.app]);
  const screen = screens[step.screen]!;
  const reduce = useReducedMotion();
  const { hint, show: showHint, clear: clearHint } = useHint();
  const rootRef = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<PhoneView>('zoom');
  useCentredTarget(windowRef, step.id, view, !!reduce);
  const phoneRef = useRef<HTMLDivElement>(null);
  // Set when a step change started from inside the phone, so focus follows to the new target.
  const refocus = useRef(false);
  const focusInPhone = () => !!phoneRef.current?.contains(document.activeElement);

  // Form fields the reader has tapped, by screen: they show their fake sample value. Nothing is typed.
  const [filled, setFilled] = useState<ReadonlySet<string>>(new Set());
  const fill = useCallback((key: string) => setFilled((f) => new Set(f).add(key)), []);

  const tap = useMemo<TapApi>(() => {
    const prefix = `${step.screen}:`;
    const stepId = step.id;
    return {
      targets: targetsOf(step),
      name: (id) => targetName(step, screen, id, t),
      tags: targetTags(step),
      filled: new Set([...filled].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))),
      onFill: (id) => fill(prefix + id),
      onTap: (id) => {
        refocus.current = focusInPhone();
        fill(prefix + id); // a target field shows its sample as the reader moves on
        // `on`: a screen sliding out keeps its old buttons for a moment; taps on it must not count.
        dispatch({ type: 'tap', target: id, on: stepId });
        clearHint();
      },
    };
  }, [step, screen, dispatch, filled, fill, clearHint, t]);

  // Focus follows to the new step's target, or to the phone itself on the last step: in the same
  // commit as the new screen, so a quick second key press never lands on the screen sliding out.
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const phone = phoneRef.current?.querySelector<HTMLElement>('[role="group"]');
    const target = phoneRef.current?.querySelector<HTMLElement>(`[data-step="${CSS.escape(step.id)}"] [data-target]`);
    const el = target ?? phone;
    el?.focus({ preventScroll: true });
    if (!el || state.cause !== 'restore') return;
    // Back/Forward between #step entries ends in a hashchange, and Chrome drops focus to <body> when
    // it goes to a fragment that cannot take focus: put it back where the reader was.
    const keep = () => document.activeElement === document.body && el.focus({ preventScroll: true });
    window.addEventListener('hashchange', keep, { once: true });
    return () => window.removeEventListener('hashchange', keep);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step.id]);

  const next = useCallback(() => {
    if (step.options?.length) return showHint(format(t.pickOnPhone, { targets: targetWords(step, screen, t) }));
    refocus.current = focusInPhone();
    dispatch({ type: 'next' });
  }, [step, screen, dispatch, showHint, t]);
  const back = useCallback(() => {
    refocus.current = focusInPhone();
    goBack();
  }, [goBack]);
  const scope = useCallback(() => rootRef.current, []);
  useArrowKeys(scope, next, back);

  const wrongTap = isEnd(step) ? t.lastStepHint : format(t.tapHighlighted, { targets: targetWords(step, screen, t) });
  const key = pageKey(step.screen, screen);
  const dir = state.direction;
  return (
    <div ref={rootRef} data-live="">
      <ResumeNotice />
      <PlayerStatus index={index} total={total} title={step.title} end={isEnd(step)} t={t} />
      <MotionConfig reducedMotion="user">
        <LazyMotion features={loadFeatures} strict>
          <div ref={phoneRef} className="relative">
            <PhoneWindow view={view} ref={windowRef} live>
              <PhoneFrame skin={state.os} label={format(t.phoneLabel, { title: step.title })} className="tg-player-phone mx-auto" focusable>
                <div className="absolute inset-0 overflow-hidden" data-screen={step.screen} onClick={() => showHint(wrongTap)}>
                  <AnimatePresence initial={false} custom={dir}>
                    <m.div
                      key={key}
                      custom={dir}
                      variants={reduce ? still : page}
                      initial="enter"
                      animate="center"
                      exit="exit"
                      className="absolute inset-0"
                      data-step={step.id}
                    >
                      <ScreenBase screen={screen} skin={state.os} tap={screen.overlay ? undefined : tap} />
                    </m.div>
                  </AnimatePresence>
                  <AnimatePresence initial={false}>
                    {screen.overlay && (
                      <m.div
                        key={`${key}:${step.screen}`}
                        variants={reduce ? still : screen.overlay.type === 'drawer' ? drawer : sheet}
                        initial="enter"
                        animate="center"
                        exit="exit"
                        className="absolute inset-0 z-10"
                        data-step={step.id}
                      >
                        <ScreenOverlay screen={screen} tap={tap} />
                      </m.div>
                    )}
                  </AnimatePresence>
                </div>
              </PhoneFrame>
            </PhoneWindow>
            {/* Over the window's foot, where the reader looks, whatever part of the screen it shows. */}
            <div aria-live="polite" className="pointer-events-none absolute inset-x-[6%] bottom-[8%] z-20 flex justify-center">
              {hint && (
                <p key={hint.n} className="tg-hint rounded-xl bg-[#1f2937]/95 px-4 py-2.5 text-center text-base text-white shadow-lg">
                  {hint.text}
                </p>
              )}
            </div>
          </div>
        </LazyMotion>
      </MotionConfig>
      <PlayerControls
        canBack={index > 1}
        canNext={!isEnd(step)}
        onBack={back}
        onNext={next}
        view={view}
        onView={() => setView((v) => (v === 'zoom' ? 'whole' : 'zoom'))}
        t={t}
      />
      <PlayerToolbar>
        <ControlButton
          label={t.restart}
          enabled={index > 1}
          small
          onClick={() => {
            setFilled(new Set());
            dispatch({ type: 'restart' });
          }}
        />
        <CopyStepLink step={step.id} qr className="tg-btn px-3! text-[15px] font-medium" />
        <ReadAloud step={step.id} title={step.title} body={bodyRef} />
      </PlayerToolbar>
      <PlayerBody ref={bodyRef}>{bodies[step.id]}</PlayerBody>
      <DifferentScreen
        others={variantsDifferingAt(flow, meta.variants, { ...state, step: step.id })}
        hrefOf={(variant) =>
          guideStatePath({ slug: meta.slug, variant, os: state.os, firstVariant: meta.variants[0]!.id, lang: meta.lang })
        }
        onPick={(variant) => choose({ variant })}
        t={t}
      />
      {reportsApi() &&
        (check ? (
          <>
            <StepCheck
              key={`${state.variant}/${state.os}/${step.id}`}
              mark={marks[step.id]}
              onMark={(m) => setMarks((all) => ({ ...all, [step.id]: m }))}
            />
            <DeviceCheckPanel marks={marks} />
          </>
        ) : (
          <StepQuestion key={`${state.variant}/${state.os}/${step.id}`} appVersion={appVersion} />
        ))}
      <Handout bodies={bodies} />
    </div>
  );
}
