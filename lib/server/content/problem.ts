import 'server-only';
/** One thing wrong in a content file, located in the editor's source (not compiled code). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export interface Position {
  line: number;
  column: number;
}

export function problem(file: string, at: Position | undefined, message: string, hint?: string): Problem {
  return { file, line: at?.line ?? 1, column: at?.column ?? 1, message, ...(hint ? { hint } : {}) };
}

/** `path:line:column  message  (hint)` — the format editors see in the terminal and the build log. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}${p.hint ? `  (${p.hint})` : ''}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown by loaders so that `next build` fails with every problem listed, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    const list = sortProblems(problems).map(formatProblem).join('\n');
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${list}`);
    this.name = 'ContentError';
  }
}
