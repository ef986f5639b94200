// `npm run reports:export [-- --out file]`: writes the aggregated confirmations (counts per step
// and version at the step's current text; no free text, nothing about anyone) to
// content/confirmations.json, for the next build to show readers. Keys are sorted, so the diff
// shows only what changed.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/config';
import { sortKeys, type Confirmations } from '../src/summary';
import { fail, getJson } from './client';

const outArg = process.argv.indexOf('--out');
const out =
  outArg > 0 ? path.resolve(process.argv[outArg + 1] ?? fail('--out needs a file')) : path.join(REPO_ROOT, 'content', 'confirmations.json');

const { confirmations } = await getJson<{ confirmations: Confirmations }>('/api/reports/export');
fs.writeFileSync(out, `${JSON.stringify(sortKeys(confirmations), null, 2)}\n`);
const steps = Object.values(confirmations.guides).reduce((n, g) => n + Object.keys(g).length, 0);
const shown = path.relative(process.cwd(), out);
console.log(
  `wrote ${shown.startsWith('..') ? out : shown}: ${steps} step(s) in ${Object.keys(confirmations.guides).length} guide(s) with reports at their current text`,
);
