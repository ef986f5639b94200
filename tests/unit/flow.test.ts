import { describe, expect, it } from 'vitest';
import { currentStep, initialState, reducePlayer, type PlayerState } from '@/lib/flow/player-state';
import { computeRoute } from '@/lib/flow/route';
import type { Flow } from '@/lib/flow/types';
import { allPaths, continuePath, firstStep, pathTo } from '@/lib/flow/walk';

// 8.x: a → b8 → end;  7.x: a → b7 (choice: x → c7 → end | y → end)
const flow: Flow = {
  steps: [
    { id: 'a', title: 'A', screen: 's', target: 'me' },
    { id: 'b8', title: 'B8', screen: 's', target: 'services', variants: ['v8'] },
    {
      id: 'b7',
      title: 'B7',
      screen: 's',
      variants: ['v7'],
      options: [
        { label: 'X', target: 'more', to: 'c7' },
        { label: 'Y', target: 'wallet', to: 'end' },
      ],
    },
    { id: 'c7', title: 'C7', screen: 's', target: 'manage', variants: ['v7'] },
    { id: 'android-only', title: 'Droid', screen: 's', target: 'ok', os: 'android', variants: ['v8'] },
    { id: 'end', title: 'End', screen: 's' },
  ],
};
const v8ios = { variant: 'v8', os: 'ios' as const };
const v7ios = { variant: 'v7', os: 'ios' as const };
/** 第 n / N 步 as the status line shows it. */
const progress = (f: Flow, s: PlayerState) => {
  const { index, total } = computeRoute(f, s);
  return { index, total };
};

describe('walk', () => {
  it('skips steps of other variants and OSes when following taps', () => {
    expect(allPaths(flow, v8ios).map((p) => p.steps.map((s) => s.id))).toEqual([['a', 'b8', 'end']]);
    expect(allPaths(flow, { variant: 'v8', os: 'android' }).map((p) => p.steps.map((s) => s.id))).toEqual([
      ['a', 'b8', 'android-only', 'end'],
    ]);
  });

  it('enumerates one path per choice option, each to an end', () => {
    const paths = allPaths(flow, v7ios);
    expect(paths.map((p) => [p.end, p.steps.map((s) => s.id).join('>')])).toEqual([
      ['end', 'a>b7>c7>end'],
      ['end', 'a>b7>end'],
    ]);
  });

  it('finds the shortest path to a step, or none when it is not in the variant', () => {
    expect(pathTo(flow, v7ios, 'end')?.map((s) => s.id)).toEqual(['a', 'b7', 'end']);
    expect(pathTo(flow, v8ios, 'c7')).toBeUndefined();
    expect(continuePath(flow, v7ios, [firstStep(flow, v7ios)!]).map((s) => s.id)).toEqual(['a', 'b7', 'c7', 'end']);
  });

  it('reports a dead end and a loop', () => {
    const broken: Flow = { steps: [{ id: 'a', title: 'A', screen: 's', target: 't' }] };
    expect(allPaths(broken, v8ios)[0]).toMatchObject({ end: 'dead-end' });
    const loop: Flow = { steps: [{ id: 'a', title: 'A', screen: 's', target: 't', next: 'a' }] };
    expect(allPaths(loop, v8ios)[0]).toMatchObject({ end: 'loop' });
  });
});

describe('player state', () => {
  const reduce = (s: PlayerState, ...actions: Parameters<typeof reducePlayer>[2][]) =>
    actions.reduce((acc, a) => reducePlayer(flow, acc, a), s);
  const start = initialState(flow, 'v7', 'ios');

  it('advances only on the highlighted target', () => {
    expect(reduce(start, { type: 'tap', target: 'wrong' })).toBe(start);
    const s = reduce(start, { type: 'tap', target: 'me' });
    expect(currentStep(flow, s).id).toBe('b7');
    expect(s.direction).toBe(1);
  });

  it('ignores a tap made on a step the player has already left', () => {
    // Two dialogs in a row, each with its 确定 in the same place: a quick double tap lands both
    // taps on the first dialog, before the second has rendered. Only the first counts.
    const dialogs: Flow = {
      steps: [
        { id: 'p', title: 'P', screen: 's', target: 'ok' },
        { id: 'q', title: 'Q', screen: 't', target: 'ok' },
        { id: 'r', title: 'R', screen: 'u' },
      ],
    };
    const first = initialState(dialogs, 'v8', 'ios');
    const once = reducePlayer(dialogs, first, { type: 'tap', target: 'ok', on: 'p' });
    expect(currentStep(dialogs, once).id).toBe('q');
    expect(reducePlayer(dialogs, once, { type: 'tap', target: 'ok', on: 'p' })).toBe(once);
    expect(currentStep(dialogs, reducePlayer(dialogs, once, { type: 'tap', target: 'ok', on: 'q' })).id).toBe('r');
  });

  it('takes the option tapped at a choice, and Back retraces it', () => {
    const s = reduce(start, { type: 'tap', target: 'me' }, { type: 'tap', target: 'wallet' });
    expect(s.path).toEqual(['a', 'b7', 'end']);
    expect(progress(flow, s)).toEqual({ index: 3, total: 3 });
    const back = reduce(s, { type: 'back' });
    expect(back.path).toEqual(['a', 'b7']);
    expect(back.direction).toBe(-1);
    expect(progress(flow, back)).toEqual({ index: 2, total: 4 });
  });

  it('does not guess at a choice when Next is pressed', () => {
    const atChoice = reduce(start, { type: 'next' });
    expect(reduce(atChoice, { type: 'next' })).toBe(atChoice);
  });

  it('opens a deep-linked step with the path that leads to it', () => {
    expect(initialState(flow, 'v7', 'ios', 'c7').path).toEqual(['a', 'b7', 'c7']);
    expect(initialState(flow, 'v8', 'ios', 'c7').path).toEqual(['a']);
    expect(reduce(start, { type: 'goto', step: 'c7' }).path).toEqual(['a', 'b7', 'c7']);
  });

  it('keeps the step on a variant switch when it exists there, else starts over', () => {
    const atEnd = reduce(initialState(flow, 'v8', 'ios'), { type: 'goto', step: 'end' });
    expect(reduce(atEnd, { type: 'variant', variant: 'v7' }).path).toEqual(['a', 'b7', 'end']);
    const atB8 = reduce(initialState(flow, 'v8', 'ios'), { type: 'next' });
    expect(reduce(atB8, { type: 'variant', variant: 'v7' }).path).toEqual(['a']);
  });

  it('restarts at the first step', () => {
    const s = reduce(start, { type: 'next' }, { type: 'restart' });
    expect(s.path).toEqual(['a']);
  });
});

describe('route', () => {
  const route = computeRoute(flow, initialState(flow, 'v7', 'ios'));

  it('names the option that leads into a branch', () => {
    expect(route.viaOf('c7')?.label).toBe('X');
    expect(route.viaOf('end')?.label).toBe('Y');
    expect(route.viaOf('b7')).toBeUndefined();
  });

  it('labels only the steps off the route the reader is on', () => {
    expect(route.branchOf('c7')).toBeUndefined(); // on a→b7→c7→end, the route continued by the first option
    const viaY = computeRoute(flow, { ...v7ios, path: ['a', 'b7', 'end'] });
    expect(viaY.branchOf('c7')?.label).toBe('X');
    expect(viaY.branchOf('end')).toBeUndefined();
  });

  it('numbers each step by the reader’s path, else by the shortest path to it, and not at all outside the variant', () => {
    const viaY = computeRoute(flow, { ...v7ios, path: ['a', 'b7', 'end'] });
    expect(['a', 'b7', 'c7', 'end', 'b8'].map((id) => viaY.numberOf(id))).toEqual([1, 2, 3, 3, undefined]);
    const longWay = computeRoute(flow, { ...v7ios, path: ['a', 'b7', 'c7', 'end'] });
    expect(longWay.numberOf('end')).toBe(4);
  });
});
