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

/** A review older than this is a warning: pages change hands, and a clean copy can turn into spam. */
export const REVIEW_MAX_AGE_DAYS = 365;

/** Words in a title that say its link is a copy, for registers that say so without `copy:`. */
const SAYS_COPY = /转载|镜像/;

/**
 * What the register says of each entry beyond its shape: a copy names its original, every entry
 * was reviewed (not in the future), and an old review is a warning, not a failure.
 */
function checkEntry(entry: Source, file: string, text: string, today: string): { problems: Problem[]; warnings: Problem[] } {
  const at = lineOf(text, 'id', entry.id);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  if (entry.copy && (!entry.publisher || !entry.date)) {
    const missing = [!entry.publisher && 'publisher', !entry.date && 'date'].filter(Boolean).join(' and ');
    problems.push(problem(file, at, `source "${entry.id}" links to a copy (${entry.copy}) but does not record its original's ${missing}`, `add the original's ${missing} (and its own title as title:): readers see whose report it is, not the copy site's`));
  } else if (!entry.copy && SAYS_COPY.test(entry.title)) {
    problems.push(problem(file, at, `source "${entry.id}" says ${entry.title.match(SAYS_COPY)![0]} in its title but does not record what it copies`, 'set copy: 转载 (or 镜像), and give the original\'s title, publisher and date; the title then names the original, not the copy'));
  }
  if (!entry.reviewed) {
    problems.push(problem(file, at, `source "${entry.id}" was never reviewed`, 'open its link, check the page is clean and on topic (docs/editing.md#reviewing-a-link), then add reviewed: YYYY-MM-DD'));
  } else if (entry.reviewed > today) {
    problems.push(problem(file, lineOf(text, 'reviewed', entry.reviewed) ?? at, `source "${entry.id}": reviewed ${entry.reviewed} is in the future`, `a review is the day you opened the link (today is ${today})`));
  } else {
    const days = Math.floor((Date.parse(today) - Date.parse(entry.reviewed)) / 86_400_000);
    if (days > REVIEW_MAX_AGE_DAYS)
      warnings.push(problem(file, lineOf(text, 'reviewed', entry.reviewed) ?? at, `source "${entry.id}" was last reviewed ${entry.reviewed}, over a year ago`, 'open its link again; if it is still clean and on topic, update reviewed:'));
  }
  return { problems, warnings };
}

/** Today as YYYY-MM-DD (UTC), the day review ages are counted to. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function loadRegister(root: string, today: string = todayIso()): { register: Register; problems: Problem[]; warnings: Problem[] } {
  const s = read<Source[]>(root, SOURCES_FILE, registerSchema);
  const b = read<Register['blocked']>(root, BLOCKED_FILE, blockedSchema);
  const c = read<{ pattern: string; claim: string; why: string; hint?: string }[]>(root, BANNED_FILE, bannedClaimsSchema);
  const problems = [...s.problems, ...b.problems, ...c.problems];
  const warnings: Problem[] = [];
  const blocked = b.data ?? [];

  const sources: Record<string, Source> = {};
  for (const entry of s.data ?? []) {
    if (sources[entry.id]) {
      problems.push(problem(s.file, lineOf(s.text, 'id', entry.id, 1), `source id "${entry.id}" is used twice`, 'ids are stable and unique: give the second source its own'));
      continue;
    }
    const bad = entry.url ? blockedBy(entry.url, blocked) : undefined;
    if (bad) problems.push(problem(s.file, lineOf(s.text, 'url', entry.url!), `source "${entry.id}" is on a blocked site (${bad.domain}): ${bad.why}`, `find the claim in a better source; ${BLOCKED_FILE} lists why this site may not be cited`));
    const checked = checkEntry(entry, s.file, s.text, today);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
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
  return { register: { sources, blocked, banned }, problems, warnings };
}
