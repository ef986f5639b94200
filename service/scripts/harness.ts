import { pathToFileURL } from 'node:url';
import { kindsFromArgs, makeTarget, removeTarget, stopPostgres, type Target } from '../testing/targets';

/**
 * What every fault script shares: `--short` (a few seconds, the form `npm run test:service`
 * runs) or the longer default, `--db pglite|postgres|both`, a fresh database per run, and a
 * verdict. A script fails (exit 1) when any check fails; its figures are printed either way.
 */

export interface Outcome {
  figures: Record<string, string | number>;
  /** Failed checks, in words; empty when all held. */
  problems: string[];
}

export type Script = (target: Target, short: boolean) => Promise<Outcome>;

export async function runScript(
  name: string,
  script: Script,
  kind: Target['kind'],
  short: boolean,
): Promise<Outcome & { target: string; seconds: number }> {
  const target = await makeTarget(kind, name);
  const started = Date.now();
  try {
    const outcome = await script(target, short);
    return { ...outcome, target: target.name, seconds: (Date.now() - started) / 1000 };
  } catch (e) {
    return {
      figures: {},
      problems: [`crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`],
      target: target.name,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    removeTarget(target);
  }
}

export function report(name: string, r: Awaited<ReturnType<typeof runScript>>): boolean {
  const figures = Object.entries(r.figures)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
  console.log(`${r.problems.length ? 'FAIL' : 'ok  '} ${name} on ${r.target} (${r.seconds.toFixed(1)} s): ${figures}`);
  for (const p of r.problems) console.log(`     ✗ ${p}`);
  return r.problems.length === 0;
}

/** Runs `script` as a command when its file is the one node was started with. */
export async function cli(importMetaUrl: string, name: string, script: Script): Promise<void> {
  if (importMetaUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const short = process.argv.includes('--short');
  let ok = true;
  try {
    for (const kind of kindsFromArgs(process.argv)) ok = report(name, await runScript(name, script, kind, short)) && ok;
  } finally {
    stopPostgres();
  }
  process.exitCode = ok ? 0 : 1;
}

/** A check: records `problem` when `holds` is false. */
export function check(problems: string[], holds: boolean, problem: string): void {
  if (!holds) problems.push(problem);
}
