// After `next build`, what the exported site needs before it is served:
// 1. the search index (Pagefind) in out/pagefind/;
// 2. a Content-Security-Policy <meta> in every page, with its inline scripts' hashes;
// 3. out/_headers for static hosts, from deploy/headers.ts (the nginx config uses the same source);
// 4. out/report-index.json for the report service (scripts/report-index.ts);
// 5. the favicon set's copies under their content hash (/icons/), as the pages name them;
// 6. the link preview images (/og/), drawn from the pages' own phones (scripts/og-images.ts);
// 7. each version's long picture (/pictures/) and the service worker (/sw.js) (scripts/reader-extras.ts);
// 8. the RSC payload files of the pages no client navigation reaches removed (scripts/prune-rsc.ts);
// 9. .gz and .br beside every compressible file.
// Without NEXT_PUBLIC_SITE_ORIGIN it says, once and loudly, what the export leaves out.
import fs from 'node:fs';
import path from 'node:path';
import { withPolicy } from '../deploy/csp';
import { staticHostHeaders } from '../deploy/headers';
import { hashedIcons } from '../lib/server/views/icons';
import { publicOrigin } from '../lib/server/views/page-metadata';
import { renderOgImages } from './og-images';
import { readerExtras } from './reader-extras';
import { precompress } from './precompress';
import { pruneRscPayloads } from './prune-rsc';
import { writeReportIndex } from './report-index';
import { buildSearchIndex } from './search-index';

const root = process.argv[2] ?? 'out';
const started = performance.now();

await buildSearchIndex(root);
writeReportIndex(root);

const pages = fs
  .readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'));
for (const page of pages) {
  const file = path.join(root, page);
  fs.writeFileSync(file, withPolicy(fs.readFileSync(file, 'utf8')));
}

fs.writeFileSync(path.join(root, '_headers'), staticHostHeaders());

for (const icon of hashedIcons()) {
  fs.mkdirSync(path.join(root, path.dirname(icon.href)), { recursive: true });
  fs.copyFileSync(icon.source, path.join(root, icon.href));
}

const og = await renderOgImages(root);
console.log(
  `✓ link preview images: ${og.drawn} drawn, ${og.cached} unchanged (from .cache/og), ${(og.bytes / (og.drawn + og.cached) / 1024).toFixed(0)} KB each on average, in ${og.seconds.toFixed(1)} s`,
);

const pruned = pruneRscPayloads(root);
console.log(`✓ RSC payload files of pages no <Link> reaches: ${pruned.files} removed (${(pruned.bytes / 1024 / 1024).toFixed(1)} MB)`);

await readerExtras(root);

const { files, before, after } = await precompress(root);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  `✓ post-build: search index, CSP in ${pages.length} pages, _headers, icons, link previews, ${files} files precompressed (${mb(before)} MB → ${mb(after)} MB brotli) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (!publicOrigin())
  console.warn(
    '\n!! WARNING: NEXT_PUBLIC_SITE_ORIGIN is not set, so this export names no origin — canonical links are relative; og:url, og:image and Twitter images are left out; sitemap.xml has relative addresses and robots.txt no Sitemap line. Set it (e.g. NEXT_PUBLIC_SITE_ORIGIN=https://tapguide.example npm run build) before publishing.\n',
  );
