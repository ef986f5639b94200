import 'server-only';
import path from 'node:path';

/** Where editors' content lives (TAPGUIDE_CONTENT_DIR points it elsewhere, e.g. for the live-preview test). */
export const CONTENT_ROOT = process.env.TAPGUIDE_CONTENT_DIR ? path.resolve(process.env.TAPGUIDE_CONTENT_DIR) : path.join(process.cwd(), 'content');

/** Paths in messages are relative to the project, so editors can click them in a terminal. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}
