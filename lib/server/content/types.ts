import 'server-only';
import type { Flow } from '../../flow/types';
import type { Confirmation, GuideFrontmatter, ScreenData } from '../../shared/types';
import type { LinkTarget } from './check/links';
import type { Register } from './load/register';
import type { Problem } from './problem';

/** What the content pipeline yields: checked guides and screens, or the problems that stopped them. */

export interface Guide {
  slug: string;
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

export interface Content {
  guides: Guide[];
  /** Every guide file's slug, including files that failed to load (dev keeps their pages). */
  slugs: string[];
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

