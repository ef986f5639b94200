import type { Os } from '../shared/types';
import type { Flow, FlowContext, FlowStep } from './types';
import { afterTap, applies, findStep, firstStep, pathTo } from './walk';

/**
 * The player's state as a pure reducer: the variant and OS, and the path the reader has
 * taken (step ids from the first step to the current one) so Back retraces their choices.
 */
export interface PlayerState {
  variant: string;
  os: Os;
  path: string[];
  /** 1 when the last move went forward (push), -1 when back (pop); drives the transition. */
  direction: 1 | -1;
  /**
   * What made the last change: a reader's `step` (a history entry of its own, so the phone's Back
   * walks the steps), a `switch` of version or OS, the page `settling` on its link, or a `restore`
   * from the browser's history. Undefined for the first state.
   */
  cause?: 'step' | 'switch' | 'settle' | 'restore';
}

export type PlayerAction =
  | { type: 'init'; variant: string; os: Os; step?: string }
  | { type: 'variant'; variant: string }
  | { type: 'os'; os: Os }
  /** `on`: the step the tap was made on. Once the player has moved past it (a tap on a screen
   *  sliding out, or a second tap before the first has rendered) the tap is ignored. */
  | { type: 'tap'; target: string; on?: string }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'restart' }
  | { type: 'goto'; step: string }
  /** The browser went back or forward to a state it recorded (history.state). */
  | { type: 'restore'; variant: string; os: Os; path: string[] };

export function initialState(flow: Flow, variant: string, os: Os, step?: string): PlayerState {
  const ctx = { variant, os };
  const path = (step && pathTo(flow, ctx, step)) || [firstStep(flow, ctx)].filter((s): s is FlowStep => !!s);
  return { variant, os, path: path.map((s) => s.id), direction: 1 };
}

export function currentStep(flow: Flow, state: PlayerState): FlowStep {
  const id = state.path[state.path.length - 1];
  return (id && findStep(flow, id)) || flow.steps[0]!;
}

export const ctxOf = (s: Pick<PlayerState, 'variant' | 'os'>): FlowContext => ({ variant: s.variant, os: s.os });

/**
 * Keeps the reader's place on a version or OS switch: the same step when the new path has it, else
 * the step that shows the same screen with the same target (7.x's 钱包 for 8.0's), else the start.
 */
export function rebase(flow: Flow, state: PlayerState, variant: string, os: Os): PlayerState {
  const cur = currentStep(flow, state);
  const ctx = { variant, os };
  const twin = (s: FlowStep) => s.screen === cur.screen && s.target === cur.target && !!s.target;
  const same = applies(cur, ctx) ? cur : flow.steps.find((s) => applies(s, ctx) && (twin(s) || s.title === cur.title));
  const kept = same ? pathTo(flow, ctx, same.id) : undefined;
  return kept
    ? { variant, os, path: kept.map((s) => s.id), direction: state.direction, cause: 'switch' }
    : { ...initialState(flow, variant, os), cause: 'switch' };
}

export function reducePlayer(flow: Flow, state: PlayerState, action: PlayerAction): PlayerState {
  const ctx = ctxOf(state);
  switch (action.type) {
    case 'init':
      return { ...initialState(flow, action.variant, action.os, action.step), cause: 'settle' };
    case 'restore': {
      // Only a path this flow still walks (an old entry after a redeploy may not): else the state as it is.
      const ok = action.path.length > 0 && action.path.every((id) => findStep(flow, id));
      return ok
        ? {
            variant: action.variant,
            os: action.os,
            path: action.path,
            direction: action.path.length >= state.path.length ? 1 : -1,
            cause: 'restore',
          }
        : state;
    }
    case 'variant':
      return action.variant === state.variant ? state : rebase(flow, state, action.variant, state.os);
    case 'os':
      return action.os === state.os ? state : rebase(flow, state, state.variant, action.os);
    case 'tap': {
      if (action.on !== undefined && action.on !== currentStep(flow, state).id) return state;
      const next = afterTap(flow, currentStep(flow, state), action.target, ctx);
      return next ? { ...state, path: [...state.path, next.id], direction: 1, cause: 'step' } : state;
    }
    case 'next': {
      const cur = currentStep(flow, state);
      return cur.target ? reducePlayer(flow, state, { type: 'tap', target: cur.target }) : state;
    }
    case 'back':
      return state.path.length > 1 ? { ...state, path: state.path.slice(0, -1), direction: -1, cause: 'step' } : state;
    case 'restart':
      return { ...initialState(flow, state.variant, state.os), direction: -1, cause: 'step' };
    case 'goto': {
      if (action.step === state.path[state.path.length - 1]) return state;
      const path = pathTo(flow, ctx, action.step);
      if (!path) return state;
      return { ...state, path: path.map((s) => s.id), direction: path.length >= state.path.length ? 1 : -1, cause: 'step' };
    }
  }
}
