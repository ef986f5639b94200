import fs from 'node:fs';

/** A real user agent from tests/fixtures/user-agents.json (each recorded with its source), by name. */
export function recordedUa(name: string): string {
  const all = JSON.parse(fs.readFileSync('tests/fixtures/user-agents.json', 'utf8')) as { name: string; ua: string }[];
  const found = all.find((u) => u.name === name);
  if (!found) throw new Error(`no recorded user agent named ${name}`);
  return found.ua;
}
