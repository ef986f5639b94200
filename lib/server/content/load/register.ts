import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Source } from '../../../shared/types';
import { problem, type Position, type Problem } from '../problem';
import { bannedClaimsSchema, blockedSchema, registerSchema } from '../schema/sources';
import { displayPath } from './paths';
import { parseYamlWithSchema } from './yaml';

/** What guides may cite and may not say: content/sources.yaml, blocked-sources.yaml, banned-claims.yaml. */
export interface Register {
  sources: Record<string, Source>;
  blocked: { domain: string; why: string }[];
  banned: { re: RegExp; claim: string; why: string; hint?: string }[];
}

export const SOURCES_FILE = 'sources.yaml';
export const BLOCKED_FILE = 'blocked-sources.yaml';
export const BANNED_FILE = 'banned-claims.yaml';

/** The blocked entry a URL's host falls under (a domain covers its subdomains). */
export function blockedBy(url: string, blocked: Register['blocked']): Register['blocked'][number] | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return blocked.find((b) => host === b.domain || host.endsWith(`.${b.domain}`));
}

/** The line where `key: value` is written (the first such line), for messages about one entry. */
function lineOf(text: string, key: string, value: string, nth = 0): Position | undefined {
  const re = new RegExp(`^\\s*(?:-\\s*)?${key}:\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const lines = text.split('\n').flatMap((l, i) => (re.test(l) ? [i + 1] : []));
  const line = lines[nth];
  return line ? { line, column: 1 } : undefined;
}

function read<T>(root: string, name: string, schema: Parameters<typeof parseYamlWithSchema>[2]): { file: string; text: string; data?: T; problems: Problem[] } {
  const abs = path.join(root, name);
  const file = displayPath(abs);
  if (!fs.existsSync(abs)) return { file, text: '', data: [] as T, problems: [] };
  const text = fs.readFileSync(abs, 'utf8');
  const { data, problems } = parseYamlWithSchema(file, text, schema);
  return { file, text, data: (data ?? undefined) as T | undefined, problems };
}

export function loadRegister(root: string): { register: Register; problems: Problem[] } {
  const s = read<Source[]>(root, SOURCES_FILE, registerSchema);
  const b = read<Register['blocked']>(root, BLOCKED_FILE, blockedSchema);
  const c = read<{ pattern: string; claim: string; why: string; hint?: string }[]>(root, BANNED_FILE, bannedClaimsSchema);
  const problems = [...s.problems, ...b.problems, ...c.problems];
  const blocked = b.data ?? [];

  const sources: Record<string, Source> = {};
  for (const entry of s.data ?? []) {
    if (sources[entry.id]) {
      problems.push(problem(s.file, lineOf(s.text, 'id', entry.id, 1), `source id "${entry.id}" is used twice`, 'ids are stable and unique: give the second source its own'));
      continue;
    }
    const bad = entry.url ? blockedBy(entry.url, blocked) : undefined;
    if (bad) problems.push(problem(s.file, lineOf(s.text, 'url', entry.url!), `source "${entry.id}" is on a blocked site (${bad.domain}): ${bad.why}`, `find the claim in a better source; ${BLOCKED_FILE} lists why this site may not be cited`));
    sources[entry.id] = entry;
  }

  const banned: Register['banned'] = [];
  for (const entry of c.data ?? []) {
    try {
      banned.push({ re: new RegExp(entry.pattern, 'u'), claim: entry.claim, why: entry.why, ...(entry.hint ? { hint: entry.hint } : {}) });
    } catch (e) {
      problems.push(problem(c.file, lineOf(c.text, 'pattern', entry.pattern) ?? lineOf(c.text, 'pattern', `'${entry.pattern}'`), `pattern is not a valid regular expression (${(e as Error).message})`));
    }
  }
  return { register: { sources, blocked, banned }, problems };
}
