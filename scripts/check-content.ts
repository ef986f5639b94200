/**
 * `npm run check`: validates all content in one pass and prints every problem as
 * `path:line:column  message  (hint)`, then exits non-zero if there was any.
 */
import { loadContent } from '../lib/content/load-content';
import { formatProblem, sortProblems } from '../lib/content/problem';

const started = performance.now();
const { guides, screens, problems } = loadContent();
const ms = Math.round(performance.now() - started);

if (problems.length) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in content (${ms} ms). Nothing was built.`);
  process.exit(1);
}
const steps = guides.reduce((n, g) => n + g.flow.steps.length, 0);
console.log(`✓ content ok: ${guides.length} guide(s), ${steps} steps, ${Object.keys(screens).length} screens (${ms} ms)`);
