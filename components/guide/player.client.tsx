'use client';

import { AnimatePresence, LazyMotion, MotionConfig, m, useReducedMotion, type Variants } from 'framer-motion';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PhoneFrame } from '@/components/phone/phone-frame';
import { ScreenBase, ScreenOverlay, pageKey } from '@/components/phone/screen-view';
import type { TapApi } from '@/components/phone/tap';
import { isEnd } from '@/lib/flow/walk';
import { useGuide } from './guide-state.client';
import { PlayerBody, PlayerControls, PlayerStatus } from './player-parts';
import { targetName, targetWords, targetsOf } from './step-names';

const loadFeatures = () => import('./motion-features').then((mod) => mod.default);

// Push in from the right; back pops out to the right (the way both apps move between pages).
const page: Variants = {
  enter: (dir: number) => ({ x: dir > 0 ? '100%' : '-28%', zIndex: dir > 0 ? 2 : 1 }),
  center: { x: 0, zIndex: 1, transition: { duration: 0.3, ease: [0.2, 0.8, 0.2, 1] } },
  exit: (dir: number) => ({ x: dir > 0 ? '-28%' : '100%', zIndex: dir > 0 ? 1 : 2, transition: { duration: 0.3, ease: [0.2, 0.8, 0.2, 1] } }),
};
// With reduced motion nothing moves: screens and sheets swap in place with a short fade.
const still: Variants = {
  enter: { opacity: 0, x: 0, y: 0 },
  center: { opacity: 1, x: 0, y: 0, transition: { duration: 0.15 } },
  exit: { opacity: 0, x: 0, y: 0, transition: { duration: 0.15 } },
};
const sheet: Variants = {
  enter: { opacity: 0, y: '12%' },
  center: { opacity: 1, y: 0, transition: { duration: 0.22 } },
  exit: { opacity: 0, y: '12%', transition: { duration: 0.18 } },
};

export function Player({ bodies }: { bodies: Record<string, ReactNode> }) {
  const { screens, state, step, index, total, dispatch } = useGuide();
  const screen = screens[step.screen]!;
  const [hint, setHint] = useState<{ text: string; n: number } | null>(null);
  const phoneRef = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  // Form fields the reader has tapped, by screen: they show their fake sample value. Nothing is typed.
  const [filled, setFilled] = useState<ReadonlySet<string>>(new Set());
  const fill = useCallback((key: string) => setFilled((f) => new Set(f).add(key)), []);
  // A screen sliding out keeps its old buttons for a moment; taps on it must not count.
  const currentId = useRef(step.id);
  useEffect(() => {
    currentId.current = step.id;
  }, [step.id]);

  const showHint = useCallback((text: string) => setHint((h) => ({ text, n: (h?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (!hint) return;
    const t = setTimeout(() => setHint(null), 2600);
    return () => clearTimeout(t);
  }, [hint]);

  const wrongTapText = isEnd(step) ? '这是最后一步。可以点“重新开始”再看一遍。' : `点击高亮的${targetWords(step, screen)}`;

  const tap = useMemo<TapApi>(() => {
    const prefix = `${step.screen}:`;
    const stepId = step.id;
    return {
      targets: targetsOf(step),
      name: (id) => targetName(step, screen, id),
      filled: new Set([...filled].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))),
      onFill: (id) => fill(prefix + id),
      onTap: (id) => {
        if (stepId !== currentId.current) return;
        refocus.current = !!phoneRef.current?.contains(document.activeElement);
        fill(prefix + id); // a target field shows its sample as the reader moves on
        dispatch({ type: 'tap', target: id });
        setHint(null);
      },
    };
  }, [step, screen, dispatch, filled, fill]);

  // After a tap from the keyboard, focus follows to the new target instead of falling to <body>.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const target = phoneRef.current?.querySelector<HTMLElement>(`[data-step="${CSS.escape(step.id)}"] [data-target]`);
    (target ?? phoneRef.current?.querySelector<HTMLElement>('[role="group"]'))?.focus({ preventScroll: true });
  }, [step.id]);

  const next = useCallback(() => {
    if (step.options?.length) showHint(`这一步请在手机上选一条路：${targetWords(step, screen)}`);
    else dispatch({ type: 'next' });
  }, [step, screen, dispatch, showHint]);

  // ← → move between steps, except where arrows already mean something (fields, radios, menus).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el?.closest('input, textarea, select, [contenteditable], [role="radiogroup"], [role="listbox"], [role="menu"]')) return;
      if (e.key === 'ArrowRight') next();
      else if (e.key === 'ArrowLeft') dispatch({ type: 'back' });
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [next, dispatch]);

  const key = pageKey(step.screen, screen);
  const dir = state.direction;
  const reduce = useReducedMotion();
  return (
    <div data-live="">
      <PlayerStatus index={index} total={total} title={step.title} end={isEnd(step)} />
      <MotionConfig reducedMotion="user">
        <LazyMotion features={loadFeatures} strict>
          <div ref={phoneRef}>
            <PhoneFrame skin={state.os} label={`模拟手机画面：${step.title}`} className="tg-player-phone mx-auto">
              <div className="absolute inset-0 overflow-hidden" data-screen={step.screen} onClick={() => showHint(wrongTapText)}>
                <AnimatePresence initial={false} custom={dir}>
                  <m.div key={key} custom={dir} variants={reduce ? still : page} initial="enter" animate="center" exit="exit" className="absolute inset-0" data-step={step.id}>
                    <ScreenBase screen={screen} skin={state.os} tap={screen.overlay ? undefined : tap} />
                  </m.div>
                </AnimatePresence>
                <AnimatePresence initial={false}>
                  {screen.overlay && (
                    <m.div key={`${key}:${step.screen}`} variants={reduce ? still : sheet} initial="enter" animate="center" exit="exit" className="absolute inset-0 z-10" data-step={step.id}>
                      <ScreenOverlay overlay={screen.overlay} tap={tap} />
                    </m.div>
                  )}
                </AnimatePresence>
                <div aria-live="polite" className="pointer-events-none absolute inset-x-[6%] bottom-[12%] z-20 flex justify-center">
                  {hint && (
                    <p key={hint.n} className="tg-hint rounded-[0.6em] bg-[#1f2937]/95 px-[1em] py-[0.6em] text-center text-[0.95em] text-white shadow-lg">
                      {hint.text}
                    </p>
                  )}
                </div>
              </div>
            </PhoneFrame>
          </div>
        </LazyMotion>
      </MotionConfig>
      <PlayerControls
        canBack={index > 1}
        canNext={!isEnd(step)}
        onBack={() => dispatch({ type: 'back' })}
        onRestart={() => {
          setFilled(new Set());
          dispatch({ type: 'restart' });
        }}
        onNext={next}
      />
      <PlayerBody>{bodies[step.id]}</PlayerBody>
    </div>
  );
}
