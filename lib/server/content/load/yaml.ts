import 'server-only';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { problem, type Position, type Problem } from '../problem';

/**
 * Parses YAML and validates it against a zod schema, turning every YAML error and every
 * schema issue into a Problem at the line and column of the offending key or value.
 * `lineOffset` is how many lines of the file come before the YAML text (the `---` of frontmatter).
 */
export function parseYamlWithSchema<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  lineOffset = 0,
): { data?: z.infer<S>; raw?: unknown; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };

  const yamlProblems = doc.errors.map((e) =>
    problem(file, at(e.pos[0]), `YAML does not parse: ${e.message.split('\n')[0]}`, 'check indentation and quote values that contain ":" or "#"'),
  );
  if (yamlProblems.length) return { problems: yamlProblems };

  const raw: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, raw, problems: [] };

  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      const node = keyNode(doc, path, key);
      return problem(file, node ? at(node) : locate(doc, path, at), `unknown field "${issue.keys.join('", "')}"${where(path)}`, 'remove it or check its spelling');
    }
    return problem(file, locate(doc, path, at), `${where(path, true)}${issue.message}`);
  });
  return { raw, problems };
}

/** Where each key of the map at `key` is written (for checks the schema cannot make, e.g. that an alias points at a step). */
export function mapKeyPositions(text: string, key: string, lineOffset = 0): Record<string, Position> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const map = doc.get(key, true);
  const out: Record<string, Position> = {};
  if (!isMap(map)) return out;
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.range) {
      const p = lineCounter.linePos(pair.key.range[0]);
      out[String(pair.key.value)] = { line: p.line + lineOffset, column: p.col };
    }
  }
  return out;
}

function where(path: (string | number)[], prefix = false): string {
  if (!path.length) return '';
  const p = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
  return prefix ? `${p}: ` : ` in ${p}`;
}

/** The position of the deepest existing node on the path (a missing field points at its parent). */
function locate(doc: Document, path: (string | number)[], at: (o: number) => Position): Position {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      // For a value, point at its key when there is one: editors read "title:" not the value.
      const k = n > 0 ? keyNode(doc, path.slice(0, n - 1), path[n - 1]!) : undefined;
      return at(k ?? node.range[0]);
    }
  }
  return { line: 1, column: 1 };
}

function keyNode(doc: Document, parentPath: (string | number)[], key: string | number): number | undefined {
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range) return pair.key.range[0];
    }
  }
  if (isSeq(parent) && typeof key === 'number') {
    const item = parent.items[key];
    if (item && typeof item === 'object' && 'range' in item && item.range) return (item.range as [number])[0];
  }
  return undefined;
}

/** Where the value at `path` is written (its key, when it has one), for checks made after the schema's. */
export function positionAt(text: string, path: (string | number)[], lineOffset = 0): Position {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return locate(doc, path, (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  });
}
