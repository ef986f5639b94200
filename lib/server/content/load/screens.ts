import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { checkBannedClaims } from '../check/banned-claims';
import { checkSampleData } from '../check/sample-data';
import type { Register } from './register';
import { closest } from '../check/closest';
import { displayPath } from './paths';
import { problem, type Problem } from '../problem';
import type { ScreenData } from '../../../shared/types';
import { screenSchema } from '../schema/screen';
import { tapTargets } from '../../../shared/screen-elements';
import { parseYamlWithSchema } from './yaml';

export interface ScreenLibrary {
  screens: Record<string, ScreenData>;
  /** Screen name → source file, for messages. */
  files: Record<string, string>;
  problems: Problem[];
}

/** Loads every screen under `<contentRoot>/screens`, resolving `extends` so each screen is complete. */
/** Without a register (the screen-only checks of a fixture library), source ids and banned claims are not checked. */
export function loadScreens(contentRoot: string, register?: Register): ScreenLibrary {
  const dir = path.join(contentRoot, 'screens');
  const raw: Record<string, Record<string, unknown>> = {};
  const files: Record<string, string> = {};
  const problems: Problem[] = [];

  const texts: Record<string, string> = {};
  /** The position of the first line matching `re` in a screen's file, for messages. */
  const at = (name: string, re: RegExp, nth = 0) => {
    const lines = texts[name]!.split('\n').flatMap((l, i) => (re.test(l) ? [i + 1] : []));
    const line = lines[nth] ?? lines[0];
    return line ? { line, column: 1 } : undefined;
  };

  for (const rel of listYaml(dir)) {
    const name = rel.replace(/\.ya?ml$/, '').split(path.sep).join('/');
    const file = displayPath(path.join(dir, rel));
    files[name] = file;
    texts[name] = fs.readFileSync(path.join(dir, rel), 'utf8');
    const parsed = parseYamlWithSchema(file, texts[name], screenSchema);
    problems.push(...parsed.problems, ...checkSampleData(file, texts[name]));
    if (register) {
      problems.push(...checkBannedClaims(file, texts[name], register.banned));
      const ids = parsed.data?.sources ?? [];
      for (const id of ids) {
        if (!register.sources[id]) problems.push(problem(file, at(name, new RegExp(`\\b${id}\\b`)), `source "${id}" is not in content/sources.yaml`, closest(id, Object.keys(register.sources)) ?? 'add it to the register first'));
      }
    }
    if (parsed.data) raw[name] = parsed.raw as Record<string, unknown>;
  }

  // `extends` merges the raw YAML (the base page plus what this file declares), then validates
  // the result, so defaults of the extending file never hide the base's values.
  const screens: Record<string, ScreenData> = {};
  const resolve = (name: string, trail: string[]): Record<string, unknown> | undefined => {
    const own = raw[name];
    if (!own || typeof own.extends !== 'string') return own;
    const base = own.extends;
    const where = at(name, /^extends:/);
    if (trail.includes(base)) {
      problems.push(problem(files[name]!, where, `extends loops back: ${[...trail.slice(trail.indexOf(base)), base].join(' → ')}`, 'a screen cannot extend itself, directly or through others'));
      return undefined;
    }
    if (!(base in raw)) {
      const why = base in files ? `extends "${base}", which has problems of its own (listed with its file)` : `extends: no screen named "${base}"`;
      problems.push(problem(files[name]!, where, why, base in files ? undefined : closest(base, Object.keys(files))));
      return undefined;
    }
    const resolved = resolve(base, [...trail, base]);
    return resolved && { ...resolved, ...own };
  };

  for (const name of Object.keys(raw)) {
    const merged = resolve(name, [name]);
    if (!merged) continue;
    const screen = screenSchema.parse(merged);
    const ids = tapTargets(screen);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) problems.push(problem(files[name]!, at(name, new RegExp(`\\bid:\\s*${dup}\\b`), 1), `element id "${dup}" is used twice in screen "${name}"`, 'ids must be unique within a screen'));
    screens[name] = screen;
  }
  return { screens, files, problems };
}

function listYaml(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).sort();
}
