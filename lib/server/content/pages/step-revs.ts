import 'server-only';
import crypto from 'node:crypto';
import type { ScreenData } from '../../../shared/types';
import type { Guide } from '../types';

/**
 * Each step's revision: a short hash of everything a reader compares with their phone (its title,
 * text, screen as drawn, target and options). A reader's report carries the revision they saw, so
 * the editors' view can tell reports about the step as it is from reports about an older drawing.
 */
export function stepRevs(guide: Guide, screens: Record<string, ScreenData>): Record<string, string> {
  return Object.fromEntries(
    guide.flow.steps.map((s) => {
      const seen = { title: s.title, text: guide.stepText[s.id] ?? '', screen: screens[s.screen] ?? null, target: s.target ?? null, options: s.options ?? null };
      return [s.id, crypto.createHash('sha256').update(JSON.stringify(seen)).digest('hex').slice(0, 12)];
    }),
  );
}
