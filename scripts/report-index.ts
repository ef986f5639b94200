/**
 * out/report-index.json, for the report service (service/src/index-file.ts): every guide's (both
 * editions': slugs are unique across them, so answers are keyed by slug alone)
 * versions, each step's title and current revision, and every `variant/os/step` page published.
 * A reader's report is accepted only for a page in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../lib/server/content/load/content';
import { pagesOf } from '../lib/server/content/pages/step-pages';
import { stepRevs } from '../lib/server/content/pages/step-revs';
import type { Content } from '../lib/server/content/types';
import { reportIndexSchema, type ReportIndexData } from '../lib/shared/report-contract.schemas';

/** Its shape is the contract's (reportIndexSchema), which the service reads it with. */
export function reportIndex(content: Content, generated = new Date().toISOString().slice(0, 10)): ReportIndexData {
  return {
    generated,
    guides: Object.fromEntries(
      [...content.guides, ...content.en.guides].map((g) => {
        const revs = stepRevs(g, content.screens);
        return [
          g.slug,
          {
            title: g.frontmatter.title,
            app: g.frontmatter.app,
            lang: g.lang,
            variants: Object.fromEntries(g.frontmatter.variants.map((v) => [v.id, { label: v.label }])),
            steps: Object.fromEntries(g.flow.steps.map((s) => [s.id, { title: s.title, rev: revs[s.id]! }])),
            pages: pagesOf(g).map((p) => `${p.variant}/${p.os}/${p.step}`),
          },
        ];
      }),
    ),
  };
}

export function writeReportIndex(root: string): void {
  fs.writeFileSync(path.join(root, 'report-index.json'), `${JSON.stringify(reportIndexSchema.parse(reportIndex(loadContent())))}\n`);
}
