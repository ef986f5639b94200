// After `next build`, what the exported site needs before it is served:
// 1. the search index (Pagefind) in out/pagefind/;
// 2. a Content-Security-Policy <meta> in every page, with its inline scripts' hashes;
// 3. out/_headers for static hosts, from deploy/headers.ts (the nginx config uses the same source);
// 4. out/report-index.json for the report service (scripts/report-index.ts);
// 5. .gz and .br beside every compressible file.
import fs from 'node:fs';
import path from 'node:path';
import { withPolicy } from '../deploy/csp';
import { staticHostHeaders } from '../deploy/headers';
import { precompress } from './precompress';
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

const { files, before, after } = await precompress(root);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  `✓ post-build: search index, CSP in ${pages.length} pages, _headers, ${files} files precompressed (${mb(before)} MB → ${mb(after)} MB brotli) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
