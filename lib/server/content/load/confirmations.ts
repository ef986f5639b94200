import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Confirmation } from '../../../shared/types';
import type { Problem } from '../problem';
import { confirmationsSchema } from '../schema/confirmations';
import { displayPath } from './paths';
import { parseYamlWithSchema } from './yaml';

export const CONFIRMATIONS_FILE = 'confirmations.json';

/**
 * The aggregated confirmations, if any were exported: guide → `variant/step` → counts. JSON is
 * read with the YAML parser (a superset), so a broken file's problems carry its line and column.
 */
export function loadConfirmations(root: string): { confirmations: Record<string, Record<string, Confirmation>>; problems: Problem[] } {
  const abs = path.join(root, CONFIRMATIONS_FILE);
  if (!fs.existsSync(abs)) return { confirmations: {}, problems: [] };
  const { data, problems } = parseYamlWithSchema(displayPath(abs), fs.readFileSync(abs, 'utf8'), confirmationsSchema);
  return { confirmations: data?.guides ?? {}, problems };
}
