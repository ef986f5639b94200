/**
 * `npm run check`: validates all content in one pass and prints every problem as
 * `path:line:column  message  (hint)`, then exits non-zero if there was any.
 */
import { publishedLinks, readLock } from '../lib/server/content/check/links-lock';
import { loadContent } from '../lib/server/content/load/content';
import { CONTENT_ROOT } from '../lib/server/content/load/paths';
import { compiledGuide } from '../lib/server/compile-mdx';
import { formatProblem, sortProblems } from '../lib/server/content/problem';

const started = performance.now();
const { guides: zhGuides, en, screens, problems, warnings } = loadContent();
const guides = [...zhGuides, ...en.guides];
// Warnings print whether or not there are problems, and never fail the check on their own.
for (const w of sortProblems(warnings)) console.warn(`warning: ${formatProblem(w)}`);
const ms = Math.round(performance.now() - started);

if (problems.length) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in content (${ms} ms). Nothing was built.`);
  process.exit(1);
}
const steps = guides.reduce((n, g) => n + g.flow.steps.length, 0);
// New steps are fine, but their links are not protected until they are in the lock file.
const locked = new Set(readLock(CONTENT_ROOT)?.links.map((l) => l.url) ?? []);
const unlocked = publishedLinks(guides).filter((l) => !locked.has(l));
if (unlocked.length)
  console.warn(
    `! ${unlocked.length} step link(s) not in links.lock.json yet (e.g. ${unlocked[0]}): run npm run links:lock to protect them`,
  );
console.log(
  `✓ content ok: ${guides.length} guide(s) (${en.guides.length} English), ${en.pages.length} English page(s), ${steps} steps, ${Object.keys(screens).length} screens (${ms} ms)`,
);
// Each guide's MDX compiled once here, for every page of `next build` to share (lib/server/compile-mdx.ts).
const compiling = performance.now();
await Promise.all(guides.map((g) => compiledGuide(g.source)));
console.log(`✓ MDX compiled for ${guides.length} guide(s) (${Math.round(performance.now() - compiling)} ms, cached in .cache/mdx)`);
