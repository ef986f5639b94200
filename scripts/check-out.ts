/**
 * `npm run check:out`: the exported site, as files. Every page is valid HTML (html-validate,
 * recommended rules less the ones about React's attribute spelling, see .htmlvalidate.json),
 * every internal link, asset and #anchor in it resolves (linkinator, crawling out/ from /), and
 * the pages are right as the web sees them: canonical, Open Graph, Twitter card, preview images,
 * sitemap, no stray origin (scripts/check-published.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import { checkPublished } from './check-published';

const root = process.argv[2] ?? 'out';
const started = performance.now();
let failed = false;

// 1. HTML
const pages = fs
  .readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'));
const validator = new HtmlValidate(new FileSystemConfigLoader());
const reports = await Promise.all(pages.map((p) => validator.validateFile(path.join(root, p))));
const invalid = reports.filter((r) => !r.valid);
if (invalid.length) {
  failed = true;
  const text = formatterFactory('stylish');
  for (const r of invalid) console.error(text(r.results));
  console.error(`✗ ${invalid.length} of ${pages.length} pages are not valid HTML`);
} else {
  console.log(`✓ ${pages.length} pages are valid HTML`);
}

// 2. As the web sees it.
const origin = process.env.NEXT_PUBLIC_SITE_ORIGIN?.trim().replace(/\/+$/, '') || undefined;
const published = checkPublished(root, origin);
if (published.length) {
  failed = true;
  for (const p of published.slice(0, 50)) console.error(`✗ ${p}`);
  console.error(
    `✗ ${published.length} problems with canonical, Open Graph, preview images, sitemap or origins${origin ? ` (origin ${origin})` : ' (no origin set)'}`,
  );
} else {
  console.log(
    `✓ canonical, Open Graph, Twitter cards, preview images and sitemap ${origin ? `on ${origin}` : 'name no origin (none set)'}`,
  );
}

// 3. Links, assets and #anchors, crawled from the home page as a reader would.
// With an origin, canonical and Open Graph addresses are absolute on it: they are checked against
// the local copy.
// CHECK_OUT_PORT lets parallel runs on one machine use their own port.
const PORT = Number(process.env.CHECK_OUT_PORT ?? 4398);
const local = `http://localhost:${PORT}`;
const checker = new LinkChecker();
const result = await checker.check({
  path: root,
  port: PORT,
  recurse: true,
  checkFragments: true,
  concurrency: 50,
  urlRewriteExpressions: origin ? [{ pattern: new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: local }] : [],
  // Only our own site: sources are third-party pages this machine cannot reach, and checking
  // them is not a build's job.
  linksToSkip: async (link) => !link.startsWith(local),
});
const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
if (broken.length) {
  failed = true;
  for (const l of broken)
    console.error(
      `✗ ${l.status ?? ''} ${l.url}  (linked from ${l.parent})${l.failureDetails?.length ? `  ${String((l.failureDetails[0] as Error)?.message ?? '')}` : ''}`,
    );
  console.error(`✗ ${broken.length} broken links`);
} else {
  const ok = result.links.filter((l) => l.state === LinkState.OK).length;
  console.log(`✓ ${ok} internal links, assets and anchors resolve`);
}
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
