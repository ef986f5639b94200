// `node scripts/export-size.mjs [out]`: the export's size as issue 21 budgets it — every file but the
// .br/.gz copies, per HTML page; each guide page's HTML raw and brotli (quality 11, as precompressed
// hashed assets; pages are sent at 9, a few hundred bytes more); the step pages' HTML; the folders that weigh most.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = process.argv[2] ?? 'out';
const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const files = fs
  .readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => !/\.(br|gz)$/.test(f) && fs.statSync(path.join(root, f)).isFile());
const size = (f) => fs.statSync(path.join(root, f)).size;
const sum = (list) => list.reduce((n, f) => n + size(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const html = files.filter((f) => f.endsWith('.html'));
const total = sum(files);
console.log(
  `export: ${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MB, ${html.length} HTML pages: ${kb(total / html.length)} per HTML page`,
);
for (const [name, test] of [
  ['RSC payload .txt', (f) => f.endsWith('.txt') && !f.endsWith('robots.txt')],
  ['HTML', (f) => f.endsWith('.html')],
  ['og/', (f) => f.startsWith('og/')],
  ['_next/', (f) => f.startsWith('_next/')],
  ['pagefind/', (f) => f.startsWith('pagefind/')],
  ['steps.json', (f) => f.endsWith('steps.json')],
]) {
  const list = files.filter(test);
  console.log(`  ${name}: ${list.length} files, ${(sum(list) / 1024 / 1024).toFixed(2)} MB`);
}
const depth = (f) => f.split('/').length;
for (const [name, pages] of [
  ['guide page', html.filter((f) => f.startsWith('guides/') && depth(f) === 3)],
  ['version page', html.filter((f) => f.startsWith('guides/') && depth(f) === 4)],
]) {
  for (const f of pages) {
    const b = fs.readFileSync(path.join(root, f));
    console.log(`${name} ${path.dirname(f)}: ${b.length} B raw, ${br(b)} B brotli`);
  }
}
const steps = html.filter((f) => f.startsWith('guides/') && depth(f) === 6);
if (steps.length) {
  const sizes = steps.map(size).sort((a, b) => a - b);
  console.log(`step pages: ${steps.length}, HTML ${kb(sum(steps) / steps.length)} on average, ${kb(sizes[sizes.length - 1])} at most`);
}
const screens = html.find((f) => f === 'screens/index.html');
if (screens) console.log(`/screens/: ${kb(size(screens))} HTML`);
