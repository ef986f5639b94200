/**
 * `npm run links:lock`: rewrites content/links.lock.json from the content as it is now, after an
 * intended change. Links that disappear from it stop being protected, so it says which.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LOCK_FILE, lockText, publishedLinks, readLock } from '../lib/server/content/check/links-lock';
import { loadContent } from '../lib/server/content/load/content';
import { CONTENT_ROOT, displayPath } from '../lib/server/content/load/paths';
import { formatProblem, sortProblems } from '../lib/server/content/problem';

const content = loadContent(CONTENT_ROOT);
// A lock written from broken content would drop the links of the guides that failed to load.
const blocking = content.problems.filter((p) => !p.file.endsWith(LOCK_FILE) && !/published (step|variant|guide)/.test(p.message));
if (blocking.length) {
  console.error(sortProblems(blocking).map(formatProblem).join('\n'));
  console.error(`\nFix these ${blocking.length} problem(s) first: the lock is written from content that loads.`);
  process.exit(1);
}
const before = new Set(readLock(CONTENT_ROOT)?.links.map((l) => l.url) ?? []);
// Both editions: an English step link (/en/guides/…) is as published as a Chinese one.
const links = publishedLinks([...content.guides, ...content.en.guides]);
const file = path.join(CONTENT_ROOT, LOCK_FILE);
fs.writeFileSync(file, lockText(links));
const added = links.filter((l) => !before.has(l));
const dropped = [...before].filter((l) => !links.includes(l));
console.log(`${displayPath(file)}: ${links.length} links (${added.length} added, ${dropped.length} dropped)`);
for (const l of dropped) console.log(`  dropped, will no longer open: ${l}`);
