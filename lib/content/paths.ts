import path from 'node:path';

/** Where editors' content lives. Tests point this at fixtures. */
export const CONTENT_ROOT = path.join(process.cwd(), 'content');

/** Paths in messages are relative to the project, so editors can click them in a terminal. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}
