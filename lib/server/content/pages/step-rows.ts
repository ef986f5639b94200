import 'server-only';
import { computeRoute } from '../../../flow/route';
import { dictFor } from '../../../shared/i18n';
import { appName } from '../../../shared/i18n/format';
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
      // Two “第 4 步” rows of one version differ by the choice that leads to each.
      const via = computeRoute(g.flow, { variant: p.variant, os: p.os, path: [] }).viaOf(p.step)?.label;
      const app = appName(dictFor(g.lang), fm.app);
      const words = [p.title, fm.title, app, label, p.step, g.stepText[p.step] ?? ''].join(' ').toLowerCase();
      rows.set(key, { slug: g.slug, lang: g.lang, guide: fm.title, app, variant: p.variant, variantLabel: label, firstVariant: fm.variants[0]!.id, step: p.step, title: p.title, index: p.index, os: [p.os], words, ...(via ? { via } : {}) });
    }
    return [...rows.values()];
  });
}
