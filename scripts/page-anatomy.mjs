// Where an exported page's bytes go: its HTML markup and its inline RSC payload, and the largest
// parts of each (brotli quality 11, each part compressed on its own, so parts overlap the total).
//   node scripts/page-anatomy.mjs out/guides/overseas-users/index.html
import fs from 'node:fs';
import zlib from 'node:zlib';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/page-anatomy.mjs <exported page.html>');
const html = fs.readFileSync(file, 'utf8');
const br = (s) => zlib.brotliCompressSync(Buffer.from(s), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const line = (name, text) =>
  console.log(`${name.padEnd(44)} ${String(text.length).padStart(8)} chars ${String(br(text)).padStart(7)} B brotli`);

const PUSH = /<script>self\.__next_f\.push\((.*?)\)<\/script>/gs;
const payload = [...html.matchAll(PUSH)].map((m) => JSON.parse(m[1])[1] ?? '').join('');
const markup = html.replace(PUSH, '');
line('whole page', html);
line('HTML markup', markup);
line('RSC payload', payload);

// The payload's rows, grouped by what they hold.
const rows = payload.split('\n').filter(Boolean);
const kind = (r) =>
  r.includes('"id":"source-') || r.includes('"id":"provenance"')
    ? 'payload: sources register'
    : r.includes('"dict":')
      ? 'payload: dictionary'
      : r.includes('"meta":{"revs"')
        ? 'payload: guide data (flow, screens, text)'
        : 'payload: markup of server components';
const groups = new Map();
for (const r of rows) groups.set(kind(r), [...(groups.get(kind(r)) ?? []), r]);
for (const [name, list] of groups) line(name, list.join('\n'));
const guide = rows.find((r) => r.includes('"meta":{"revs"'));
if (guide)
  for (const [k, v] of Object.entries(JSON.parse(guide.slice(guide.indexOf(':') + 1))[3])) line(`  guide data: ${k}`, JSON.stringify(v));

// The markup's largest parts.
const parts = {
  'HTML: sources register': /<section id="provenance"[\s\S]*?<\/section>/g,
  'HTML: drawn phone': /<div class="contents" data-drawn[\s\S]*?<\/section>/g,
  'HTML: <noscript> drawings': /<noscript[\s\S]*?<\/noscript>/g,
  'HTML: <head>': /<head>[\s\S]*?<\/head>/g,
};
for (const [name, re] of Object.entries(parts)) line(name, [...markup.matchAll(re)].map((m) => m[0]).join(''));
