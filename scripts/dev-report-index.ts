/**
 * `npm run dev`'s report index: what `out/report-index.json` is in a build (scripts/report-index.ts),
 * written from the content into the file the dev report service reads (scripts/dev.mjs runs this at
 * start and after every content change). Usage: tsx scripts/dev-report-index.ts <file>
 *
 * A guide that does not load right now (a typo being fixed) keeps its entry from the last good
 * index, so readers' answers about it are still taken while its file is broken. The file is
 * replaced by rename, so the service never reads half of it.
 */
import fs from 'node:fs';
import { loadContent } from '../lib/server/content/load/content';
import { reportIndex } from './report-index';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/dev-report-index.ts <file>');
  process.exit(2);
}

const content = loadContent();
const index = reportIndex(content);
const previous = readPrevious(file);
const kept: string[] = [];
for (const slug of content.slugs) {
  if (!index.guides[slug] && previous?.[slug]) {
    index.guides[slug] = previous[slug];
    kept.push(slug);
  }
}
fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(index)}\n`);
fs.renameSync(`${file}.tmp`, file);
const guides = Object.keys(index.guides).length;
console.log(
  `[reports] index of ${guides} guide(s) for the report service${kept.length ? ` (${kept.join(', ')}: as last loaded, while the file is broken)` : ''}`,
);

function readPrevious(path: string): typeof index.guides | undefined {
  try {
    return (JSON.parse(fs.readFileSync(path, 'utf8')) as typeof index).guides;
  } catch {
    return undefined;
  }
}
