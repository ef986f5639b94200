/**
 * The shapes the browser and the build share, in one place. The zod schemas are their single
 * source: these are type-only imports, erased at compile time, so no validator reaches a client
 * bundle. Plain values (OS list, labels, tasks) are in ./constants.
 */
import type { z } from 'zod';
import type { guideFrontmatterSchema, variantSchema } from '../server/content/schema/guide';
import type { pageFrontmatterSchema } from '../server/content/schema/page';
import type { blockSchema, overlaySchema, screenSchema } from '../server/content/schema/screen';
import type { sourceEntrySchema } from '../server/content/schema/sources';
import type { confirmationSchema } from './report-contract.schemas';

export type { App, Confidence, Lang, Os, Task } from './constants';

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
/** A short page's frontmatter (content/en/pages/*.mdx). */
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type Variant = z.infer<typeof variantSchema>;
/** What the browser needs of a variant: the picker, the hint, and user-agent matching. */
export type VariantMeta = Pick<Variant, 'id' | 'label' | 'hint' | 'match'>;

/** One entry of content/sources.yaml. */
export type Source = z.infer<typeof sourceEntrySchema>;

export type ScreenData = z.output<typeof screenSchema>;
export type ScreenInput = z.input<typeof screenSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Overlay = z.infer<typeof overlaySchema>;

/** Readers' confirmations of one step on one version (content/confirmations.json). */
export type Confirmation = z.output<typeof confirmationSchema>;

/** A guide as the browser sees it (GuideProvider's `meta`). */
export interface GuideMeta {
  slug: string;
  /** The guide's edition: its addresses start with /en/ when 'en'. */
  lang: import('./constants').Lang;
  title: string;
  app: import('./constants').App;
  variants: VariantMeta[];
  /** Old step ids → the steps that replaced them (from the frontmatter), so old #links still land. */
  aliases?: Record<string, string>;
  /** Each step's revision (a hash of what readers compare), sent with a reader's answer. */
  revs?: Record<string, string>;
  /** Readers' confirmations of the steps as they are now, by `variant/step`. */
  confirmations?: Record<string, Confirmation>;
  /** Set on a version's own guide page (/guides/<slug>/<variant>/): the version its address names. */
  inline?: string;
  /** Set on a step page (/guides/<slug>/<variant>/<os>/<step>/): the state its address names. */
  page?: { variant: string; os: import('./constants').Os; step: string };
}

/** One row of /steps/: a step of one variant, with the OSes it has a page on. */
export interface StepRow {
  slug: string;
  lang: import('./constants').Lang;
  guide: string;
  app: string;
  variant: string;
  variantLabel: string;
  /** The guide's first version (its page is the guide's; the others have their own). */
  firstVariant: string;
  step: string;
  title: string;
  index: number;
  os: import('./constants').Os[];
  /** Lower-cased words the filter matches: titles, labels, the step's text and id. */
  words: string;
  /** The choice option that leads to the step (on the shortest way), for steps of a branch. */
  via?: string;
}

/** Where a drawn player's Back / Restart / Next lead without JavaScript: the neighbouring step pages. */
export interface ControlLinks {
  back?: string;
  restart?: string;
  next?: string;
}
