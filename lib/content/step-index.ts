import { APPS } from '../apps';
import type { Os } from './constants';
import type { Guide } from './load-content';
import { stepPages } from './step-pages';

/** One row of /steps/: a step of one variant, with the OSes it has a page on. */
export interface StepRow {
  slug: string;
  guide: string;
  app: string;
  variant: string;
  variantLabel: string;
  step: string;
  title: string;
  index: number;
  os: Os[];
  /** Lower-cased words the filter matches: titles, labels, the step's text and id. */
  words: string;
}

/** Every step of every guide and variant, in the guides' order, for support staff. */
export function stepRows(guides: Guide[]): StepRow[] {
  return guides.flatMap((g) => {
    const fm = g.frontmatter;
    const rows = new Map<string, StepRow>();
    for (const p of stepPages({ slug: g.slug, flow: g.flow, variants: fm.variants.map((v) => v.id) })) {
      const key = `${p.variant} ${p.step}`;
      const row = rows.get(key);
      if (row) {
        row.os.push(p.os);
        continue;
      }
      const variantLabel = fm.variants.find((v) => v.id === p.variant)!.label;
      const app = APPS[fm.app].short;
      const words = [p.title, fm.title, app, variantLabel, p.step, g.stepText[p.step] ?? ''].join(' ').toLowerCase();
      rows.set(key, { slug: g.slug, guide: fm.title, app, variant: p.variant, variantLabel, step: p.step, title: p.title, index: p.index, os: [p.os], words });
    }
    return [...rows.values()];
  });
}
