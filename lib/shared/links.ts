import { EDITION_PREFIX, type Lang, type Os } from './constants';

export interface StepAddress {
  slug: string;
  variant: string;
  os: Os;
  step: string;
  /** The guide's edition; absent: Chinese (the site root). */
  lang?: Lang;
}

/** A guide's page in its edition: `/guides/<slug>/`, `/en/guides/<slug>/`. */
export const guidePath = (slug: string, lang: Lang = 'zh') => `${EDITION_PREFIX[lang]}/guides/${slug}/`;

/** The static page of one step of one variant on one OS: `/guides/<slug>/<variant>/<os>/<step>/`. */
export function stepPagePath({ slug, variant, os, step, lang }: StepAddress): string {
  return `${guidePath(slug, lang)}${variant}/${os}/${step}/`;
}

/** A version's own guide page; the first version's is the guide page itself. */
export const versionPagePath = (slug: string, variant: string, first = false, lang: Lang = 'zh') =>
  first ? guidePath(slug, lang) : `${guidePath(slug, lang)}${variant}/`;

/**
 * The same state in the whole guide: `/guides/<slug>/?v=<variant>&os=<os>#<step>` for the guide's
 * first version, `/guides/<slug>/<variant>/?os=<os>#<step>` for the others, whose steps are only
 * in their own page's HTML (so the link works without JavaScript, and its #step is on the page).
 * `firstVariant`: the guide's first version.
 */
export function guideStatePath({
  slug,
  variant,
  os,
  step,
  firstVariant,
  lang,
}: Omit<StepAddress, 'step'> & { step?: string; firstVariant: string }): string {
  const first = variant === firstVariant;
  const query = new URLSearchParams(first ? { v: variant, os } : { os }).toString();
  return `${versionPagePath(slug, variant, first, lang)}?${query}${step ? `#${step}` : ''}`;
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
export function pathImagePath({ slug, variant, os, lang }: Omit<StepAddress, 'step'>): string {
  return `/pictures/${lang === 'en' ? 'en-' : ''}${slug}-${variant}-${os}.png`;
}
