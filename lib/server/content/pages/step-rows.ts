import 'server-only';
import { APPS } from '../../../shared/constants';
import type { StepRow } from '../../../shared/types';
import { variantLabel } from '../../../shared/variants';
import type { Guide } from '../types';
import { pagesOf } from './step-pages';

/** Every step of every guide and variant, in the guides' order, for support staff. */
export function stepRows(guides: Guide[]): StepRow[] {
  return guides.flatMap((g) => {
    const fm = g.frontmatter;
    const rows = new Map<string, StepRow>();
    for (const p of pagesOf(g)) {
      const key = `${p.variant} ${p.step}`;
      const row = rows.get(key);
      if (row) {
        row.os.push(p.os);
        continue;
      }
      const label = variantLabel(fm.variants, p.variant);
      const app = APPS[fm.app].short;
      const words = [p.title, fm.title, app, label, p.step, g.stepText[p.step] ?? ''].join(' ').toLowerCase();
      rows.set(key, { slug: g.slug, guide: fm.title, app, variant: p.variant, variantLabel: label, step: p.step, title: p.title, index: p.index, os: [p.os], words });
    }
    return [...rows.values()];
  });
}
