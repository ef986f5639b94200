import { writeGuideUrl } from './url-state';
import type { Os } from './content/constants';

/**
 * The absolute link to one step of one variant on one OS, as support staff send it. The origin
 * is the one setting NEXT_PUBLIC_SITE_ORIGIN (read at build time, e.g. https://tapguide.example);
 * without it, the page's own origin (http://localhost:3000 in `npm run dev`).
 */
export function stepLink(origin: string, slug: string, state: { variant: string; os: Os; step: string }): string {
  return `${origin.replace(/\/+$/, '')}/guides/${slug}/${writeGuideUrl(state)}`;
}

export function siteOrigin(): string {
  return process.env.NEXT_PUBLIC_SITE_ORIGIN || (typeof location === 'undefined' ? 'http://localhost:3000' : location.origin);
}
