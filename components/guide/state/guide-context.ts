import { createContext, use, type ReactNode } from 'react';
import type { PlayerAction, PlayerState } from '@/lib/flow/player-state';
import type { Route } from '@/lib/flow/route';
import type { Flow, FlowStep } from '@/lib/flow/types';
import type { Os } from '@/lib/shared/constants';
import type { GuideMeta, ScreenData } from '@/lib/shared/types';
import type { Detected, Notice } from './use-url-sync';

// The guide's context on its own, so that what the provider renders (step bodies with their
// client components) can read it without importing the provider: no import cycle.
export interface GuideContextValue {
  meta: GuideMeta;
  flow: Flow;
  screens: Record<string, ScreenData>;
  /** The reader's version's steps' text: the article's sections and the phone's caption show them. */
  bodies: Record<string, ReactNode>;
  /** Another version's text could not be loaded (offline, a redeploy): its page is one link away. */
  bodiesFailed: boolean;
  state: PlayerState;
  /** The reader's route, derived once per state change: the current step, 第 n / N 步, every step's number. */
  route: Route;
  step: FlowStep;
  /** False during the server render and hydration; true once the URL and preferences are applied. */
  ready: boolean;
  notices: Notice[];
  dismissNotices: () => void;
  /** Set when the variant was picked from the WeChat/QQ version in the user agent. */
  detected?: Detected;
  /** The user agent's OS, when the reader's own OS choice (from any guide) overrode it. */
  guessedOs?: Os;
  /** The editors' 核对模式 (?check=1): each step is marked against the real app. */
  check: boolean;
  /** The guide page was opened without a step in its address. */
  stepless: boolean;
  dispatch: (a: PlayerAction) => void;
  /** The site's “上一步”: the browser's Back when its entry before is the previous step. */
  goBack: () => void;
  /** A reader's pick in the version/OS picker: applied and remembered as a preference. */
  choose: (pick: { variant?: string; os?: Os }) => void;
  applies: (scope: { variants?: string[]; os?: Os }) => boolean;
}

export const GuideContext = createContext<GuideContextValue | null>(null);

export function useGuide(): GuideContextValue {
  const ctx = use(GuideContext);
  if (!ctx) throw new Error('useGuide must be used inside <GuideProvider>');
  return ctx;
}
