/**
 * First-load JavaScript per exported page: the gzip sizes of the <script src> files its HTML
 * names (not the noModule polyfill, which modern browsers skip).
 * Usage: tsx scripts/first-load-js.ts [--max KB] [out]   (--max: exit 1 when a page is over)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gz = new Map<string, number>();

/** Gzip bytes of a file of the export, named by its path from the export's root (query ignored). */
export function gzipSize(root: string, src: string): number {
  const file = path.join(root, decodeURIComponent(src.split('?')[0]!));
  if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file)).length);
  return gz.get(file)!;
}

/** Bytes (gzip) of the module scripts one exported HTML file loads. */
export function firstLoadJs(root: string, page: string): { bytes: number; scripts: number } {
  const html = fs.readFileSync(path.join(root, page), 'utf8');
  const srcs = [
    ...new Set(
      [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!)).map((m) => m[2]!),
    ),
  ];
  return { bytes: srcs.reduce((n, s) => n + gzipSize(root, s), 0), scripts: srcs.length };
}

/** Every exported page's HTML file, relative to the export. */
export function exportedPages(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html') || f === '404.html')
    .sort();
}

function main() {
  const args = process.argv.slice(2);
  const maxAt = args.indexOf('--max');
  const maxKb = maxAt >= 0 ? Number(args.splice(maxAt, 2)[1]) : undefined;
  const root = path.resolve(args[0] ?? 'out');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No exported site at ${root}: run \`npm run build\` first.`);
    process.exit(1);
  }
  let over = 0;
  // Step pages (/guides/<slug>/<variant>/<os>/<step>/) share one template: one line each would be
  // hundreds of lines, so they are summed up per guide by their largest, unless one is over.
  const stepPage = /^((?:en\/)?guides\/[^/]+)\/[^/]+\/[^/]+\/[^/]+\/index\.html$/;
  const largest = new Map<string, { kb: number; count: number }>();
  for (const page of exportedPages(root)) {
    const { bytes, scripts } = firstLoadJs(root, page);
    const kb = bytes / 1024;
    const bad = maxKb !== undefined && kb > maxKb;
    if (bad) over++;
    const step = stepPage.exec(page);
    if (step && !bad) {
      const seen = largest.get(step[1]!) ?? { kb: 0, count: 0 };
      largest.set(step[1]!, { kb: Math.max(seen.kb, kb), count: seen.count + 1 });
      continue;
    }
    console.log(
      `${kb.toFixed(1).padStart(7)} KB gzip  ${String(scripts).padStart(2)} scripts  /${page.replace(/index\.html$/, '')}${bad ? `  ✗ over ${maxKb} KB` : ''}`,
    );
  }
  for (const [slug, { kb, count }] of largest)
    console.log(`${kb.toFixed(1).padStart(7)} KB gzip  largest of ${count} step pages  /${slug}/<variant>/<os>/<step>/`);
  if (over) {
    console.error(`\n✗ ${over} page(s) over the first-load JS budget of ${maxKb} KB gzip.`);
    process.exit(1);
  }
  if (maxKb !== undefined) console.log(`✓ every page within the first-load JS budget of ${maxKb} KB gzip`);
}

if (process.argv[1]?.endsWith('first-load-js.ts')) main();
