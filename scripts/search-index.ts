// Builds the search index of the exported site with Pagefind, one bundle per edition: out/pagefind/
// (Chinese) and out/en/pagefind/ (English), each with its own language, so a search on an English
// page finds English words and lists English guides only. Only what pages mark data-pagefind-body
// is indexed (the guides' titles, summaries and articles; an English short page's text); Pagefind
// 1.6 splits Chinese into words at index time, and the browser splits queries with Intl.Segmenter.
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Each edition's bundle: its language, the pages it indexes, where it is written (the search box loads it from there). */
const EDITIONS = [
  // The guide pages, not the versions' own pages (/guides/<slug>/<variant>/): a search lists each guide
  // once, at its guide page. (So text that only another version has is not found yet: issue 21.)
  { language: 'zh-cn', glob: 'guides/*/index.html', out: 'pagefind' },
  { language: 'en', glob: 'en/{guides/*,*}/index.html', out: 'en/pagefind' },
];

export async function buildSearchIndex(root = 'out'): Promise<number> {
  let pages = 0;
  for (const edition of EDITIONS) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: edition.language });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: path.resolve(root), glob: edition.glob });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.resolve(root, edition.out) });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    pages += added.page_count; // files looked at; only pages with data-pagefind-body are in the index
  }
  await pagefind.close();
  return pages;
}
