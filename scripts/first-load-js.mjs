// First-load JavaScript per exported page: the gzip sizes of the <script src> files its HTML
// names (not the noModule polyfill, which modern browsers skip).
// Usage: node scripts/first-load-js.mjs [--max KB] [out]   (--max: exit 1 when a page is over)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const maxKb = maxAt >= 0 ? Number(args.splice(maxAt, 2)[1]) : undefined;
const root = path.resolve(args[0] ?? 'out');
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No exported site at ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

const gz = new Map();
const gzipSize = (src) => {
  if (!gz.has(src)) gz.set(src, zlib.gzipSync(fs.readFileSync(path.join(root, decodeURIComponent(src.split('?')[0])))).length);
  return gz.get(src);
};

let over = 0;
// Step pages (/guides/<slug>/<variant>/<os>/<step>/) share one template: one line each would be
// hundreds of lines, so they are summed up per guide by their largest, unless one is over.
const stepPage = /^guides\/([^/]+)\/[^/]+\/[^/]+\/[^/]+\/index\.html$/;
const largest = new Map();
const pages = fs.readdirSync(root, { recursive: true }).filter((f) => f.endsWith('index.html') || f === '404.html').sort();
for (const page of pages) {
  const html = fs.readFileSync(path.join(root, page), 'utf8');
  const srcs = [...new Set([...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3])).map((m) => m[2]))];
  const kb = srcs.reduce((n, s) => n + gzipSize(s), 0) / 1024;
  const bad = maxKb !== undefined && kb > maxKb;
  if (bad) over++;
  const step = stepPage.exec(page);
  if (step && !bad) {
    const seen = largest.get(step[1]) ?? { kb: 0, count: 0 };
    largest.set(step[1], { kb: Math.max(seen.kb, kb), count: seen.count + 1 });
    continue;
  }
  console.log(`${kb.toFixed(1).padStart(7)} KB gzip  ${String(srcs.length).padStart(2)} scripts  /${page.replace(/index\.html$/, '')}${bad ? `  ✗ over ${maxKb} KB` : ''}`);
}
for (const [slug, { kb, count }] of largest) console.log(`${kb.toFixed(1).padStart(7)} KB gzip  largest of ${count} step pages  /guides/${slug}/<variant>/<os>/<step>/`);
if (over) {
  console.error(`\n✗ ${over} page(s) over the first-load JS budget of ${maxKb} KB gzip.`);
  process.exit(1);
}
if (maxKb !== undefined) console.log(`✓ every page within the first-load JS budget of ${maxKb} KB gzip`);
