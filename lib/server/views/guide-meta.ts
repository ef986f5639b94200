import 'server-only';
import path from 'node:path';
import type { GuideMeta, ScreenData } from '../../shared/types';
import type { FlowStep } from '../../flow/types';
import { lastUpdated } from '../content/load/last-updated';
import { stepRevs } from '../content/pages/step-revs';
import type { Content, Guide } from '../content/types';

/**
 * What the browser gets of a guide: its slug, title, app, variants (picker, hints, UA matching),
 * aliases, each step's revision, and readers' confirmations of the steps as they are now.
 */
export function guideMeta(guide: Guide, content: Content, page?: GuideMeta['page']): GuideMeta {
  const fm = guide.frontmatter;
  const revs = stepRevs(guide, content.screens);
  const confirmations = Object.fromEntries(
    Object.entries(content.confirmations[guide.slug] ?? {}).filter(
      ([key, c]) => c.rev === revs[key.split('/')[1]!] && (!page || key.startsWith(`${page.variant}/`)),
    ),
  );
  return {
    revs,
    ...(Object.keys(confirmations).length ? { confirmations } : {}),
    slug: guide.slug,
    lang: guide.lang,
    title: fm.title,
    app: fm.app,
    variants: fm.variants.map(({ id, label, hint, match }) => ({ id, label, match, ...(hint ? { hint } : {}) })),
    ...(fm.aliases && !page ? { aliases: fm.aliases } : {}),
    ...(page ? { page } : {}),
  };
}

/** Only the screens these steps draw travel to the browser. */
export function screensOf(steps: readonly FlowStep[], screens: Record<string, ScreenData>): Record<string, ScreenData> {
  return Object.fromEntries([...new Set(steps.map((s) => s.screen))].map((n) => [n, screens[n]!]));
}

/** The date of the guide file's last commit (or its modification time before it is committed). */
export function guideUpdated(guide: Guide): string {
  return lastUpdated(path.resolve(guide.file));
}
