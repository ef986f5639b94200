import 'server-only';
import type { Flow } from '../../../flow/types';
import { closest } from './closest';
import { mapKeyPositions } from '../load/yaml';
import { problem, type Problem } from '../problem';

/** An alias keeps an old step id's links working: the old id is no step any more, the new one is. */
export function checkAliases(file: string, yaml: string, aliases: Record<string, string> | undefined, flow: Flow): Problem[] {
  if (!aliases) return [];
  const at = mapKeyPositions(yaml, 'aliases', 1);
  const ids = flow.steps.map((s) => s.id);
  return Object.entries(aliases).flatMap(([from, to]) => {
    if (ids.includes(from)) return [problem(file, at[from], `alias "${from}" is a step id of this guide`, 'an alias names a step that no longer exists; remove it')];
    if (!ids.includes(to)) return [problem(file, at[from], `alias "${from}" points to "${to}", which is not a step of this guide`, closest(to, ids))];
    return [];
  });
}
