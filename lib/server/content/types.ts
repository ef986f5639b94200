import 'server-only';
import type { Flow } from '../../flow/types';
import type { Lang } from '../../shared/constants';
import type { Confirmation, GuideFrontmatter, PageFrontmatter, ScreenData } from '../../shared/types';
import type { LinkTarget } from './check/links';
import type { Register } from './load/register';
import type { Problem } from './problem';

/** What the content pipeline yields: checked guides and screens, or the problems that stopped them. */

export interface Guide {
  slug: string;
  /** Its edition, from its directory: content/guides/ (zh) or content/en/guides/ (en). */
  lang: Lang;
  /** Project-relative path, for messages. */
  file: string;
  frontmatter: GuideFrontmatter;
  flow: Flow;
  /** The whole .mdx source; the renderer skips the frontmatter itself. */
  source: string;
  /** Each step's text as plain words (the description of its step page). */
  stepText: Record<string, string>;
  /** Each step's source ids, best first (empty: the step rests on no source). */
  stepSources: Record<string, string[]>;
}

/** A short page of an edition (content/en/pages/<slug>.mdx → /en/<slug>/): an article with sources, no phone. */
export interface Page {
  slug: string;
  lang: Lang;
  file: string;
  frontmatter: PageFrontmatter;
  /** The whole .mdx source. */
  source: string;
}

/** One edition's guides and pages. */
export interface Edition {
  guides: Guide[];
  /** Every guide file's slug, including files that failed to load (dev keeps their pages). */
  slugs: string[];
  pages: Page[];
}

export interface Content {
  /** The Chinese edition's guides (content/guides/), the site's root. */
  guides: Guide[];
  /** Every Chinese guide file's slug, including files that failed to load (dev keeps their pages). */
  slugs: string[];
  /** The English edition (content/en/): its guides, under /en/guides/, and its short pages. */
  en: Edition;
  screens: Record<string, ScreenData>;
  /** The sources register, blocked sites and banned claims. */
  register: Register;
  /** Readers' confirmations, as exported (guide → `variant/step` → counts). */
  confirmations: Record<string, Record<string, Confirmation>>;
  problems: Problem[];
  /** What an editor should see to but need not fix to build (a source reviewed over a year ago). */
  warnings: Problem[];
}

export interface LoadedGuide {
  guide?: Guide;
  problems: Problem[];
  /** What other guides may link to, and this guide's own links: known even when it has problems. */
  target: LinkTarget;
  links: { url: string; at: { line: number; column: number } }[];
}

