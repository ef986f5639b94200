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
  | { type: 'goto'; step: string };

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

/** Keeps the current step when it exists in the new variant/OS, else starts over. */
function rebase(flow: Flow, state: PlayerState, variant: string, os: Os): PlayerState {
  const cur = currentStep(flow, state);
  const ctx = { variant, os };
  const kept = applies(cur, ctx) ? pathTo(flow, ctx, cur.id) : undefined;
  return kept ? { variant, os, path: kept.map((s) => s.id), direction: state.direction } : initialState(flow, variant, os);
}

export function reducePlayer(flow: Flow, state: PlayerState, action: PlayerAction): PlayerState {
  const ctx = ctxOf(state);
  switch (action.type) {
    case 'init':
      return initialState(flow, action.variant, action.os, action.step);
    case 'variant':
      return action.variant === state.variant ? state : rebase(flow, state, action.variant, state.os);
    case 'os':
      return action.os === state.os ? state : rebase(flow, state, state.variant, action.os);
    case 'tap': {
      if (action.on !== undefined && action.on !== currentStep(flow, state).id) return state;
      const next = afterTap(flow, currentStep(flow, state), action.target, ctx);
      return next ? { ...state, path: [...state.path, next.id], direction: 1 } : state;
    }
    case 'next': {
      const cur = currentStep(flow, state);
      return cur.target ? reducePlayer(flow, state, { type: 'tap', target: cur.target }) : state;
    }
    case 'back':
      return state.path.length > 1 ? { ...state, path: state.path.slice(0, -1), direction: -1 } : state;
    case 'restart':
      return { ...initialState(flow, state.variant, state.os), direction: -1 };
    case 'goto': {
      if (action.step === state.path[state.path.length - 1]) return state;
      const path = pathTo(flow, ctx, action.step);
      if (!path) return state;
      return { ...state, path: path.map((s) => s.id), direction: path.length >= state.path.length ? 1 : -1 };
    }
  }
}
