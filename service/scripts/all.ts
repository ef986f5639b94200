// `npm run test:service`: the four fault scripts, each against the embedded PGlite and a
// throwaway PostgreSQL, in their --short form (about a minute in all). Without --short, the long
// forms (several minutes). Exit 1 if any check failed.
// Usage: tsx service/scripts/all.ts [--short] [--db pglite|postgres|both]
import { kindsFromArgs, stopPostgres } from '../testing/targets';
import { dbRestart } from './db-restart';
import { fuzz } from './fuzz';
import { report, runScript, type Script } from './harness';
import { kill9 } from './kill9';
import { load } from './load';

const scripts: [string, Script][] = [
  ['load', load],
  ['kill -9', kill9],
  ['database restart', dbRestart],
  ['fuzz', fuzz],
];
const short = process.argv.includes('--short');
const started = Date.now();
let ok = true;
try {
  for (const kind of kindsFromArgs(process.argv)) {
    for (const [name, script] of scripts) ok = report(name, await runScript(name, script, kind, short)) && ok;
  }
} finally {
  stopPostgres();
}
console.log(`${ok ? 'all held' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = ok ? 0 : 1;
