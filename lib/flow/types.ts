import type { Confidence, Os } from '../shared/types';

/** A choice a reader makes on a screen; each option is a tap target leading to a named step. */
export interface FlowOption {
  to: string;
  target: string;
  label: string;
}

/**
 * One step of a guide as the player sees it. `target` absent and no `options` = an end step.
 * `variants`/`os` absent = the step applies to all of them.
 */
export interface FlowStep {
  id: string;
  title: string;
  screen: string;
  target?: string;
  next?: string;
  options?: FlowOption[];
  variants?: string[];
  os?: Os;
  confidence?: Confidence;
}

export interface Flow {
  steps: FlowStep[];
}

/** Where the reader is on the axes that change the path. */
export interface FlowContext {
  variant: string;
  os: Os;
}
