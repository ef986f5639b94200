// Builds the search index of the exported site with Pagefind: out/pagefind/. Only what pages mark
// data-pagefind-body is indexed (the guides' titles, summaries and articles); Pagefind 1.6 splits
// Chinese into words at index time, and the browser splits queries with Intl.Segmenter.
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(root = 'out'): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // The guide pages (the only ones with data-pagefind-body), not the versions' own pages
  // (/guides/<slug>/<variant>/): a search lists each guide once, at its guide page. (So text that
  // only another version has is not found yet: issue 21, docs/performance.md.)
  const added = await index.addDirectory({ path: path.resolve(root), glob: 'guides/*/index.html' });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.resolve(root, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count; // files looked at; only pages with data-pagefind-body are in the index
}
