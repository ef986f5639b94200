import type { Os } from './constants';

export interface StepAddress {
  slug: string;
  variant: string;
  os: Os;
  step: string;
}

/** The static page of one step of one variant on one OS: `/guides/<slug>/<variant>/<os>/<step>/`. */
export function stepPagePath({ slug, variant, os, step }: StepAddress): string {
  return `/guides/${slug}/${variant}/${os}/${step}/`;
}

/** The same state on the guide page: `/guides/<slug>/?v=<variant>&os=<os>#<step>`. */
export function guideStatePath({ slug, variant, os, step }: Omit<StepAddress, 'step'> & { step?: string }): string {
  return `/guides/${slug}/?${new URLSearchParams({ v: variant, os }).toString()}${step ? `#${step}` : ''}`;
}

/**
 * The absolute link support staff send: the step's own page, whose title names the step. The
 * origin is the one setting NEXT_PUBLIC_SITE_ORIGIN (read at build time, e.g.
 * https://tapguide.example); without it, the page's own origin in the browser, and a root-relative
 * link when there is none (the build names no origin it was not given).
 */
export function stepLink(origin: string, at: StepAddress): string {
  return `${origin.replace(/\/+$/, '')}${stepPagePath(at)}`;
}

export function siteOrigin(): string {
  return process.env.NEXT_PUBLIC_SITE_ORIGIN || (typeof location === 'undefined' ? '' : location.origin);
}

/**
 * The long picture of one version's whole path on one OS, to save or forward in a chat
 * (`/pictures/<slug>-<variant>-<os>.png`, drawn after the build by scripts/path-images.ts). The
 * file name alone says which guide, version and OS it is, wherever it is saved.
 */
export function pathImagePath({ slug, variant, os }: Omit<StepAddress, 'step'>): string {
  return `/pictures/${slug}-${variant}-${os}.png`;
}
