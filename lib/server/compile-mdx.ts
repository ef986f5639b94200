import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compile, run, type CompileOptions } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import remarkFrontmatter from 'remark-frontmatter';

/**
 * A guide's MDX compiled once per build, not once per page. `next build` renders a guide's page
 * and its 20–60 step pages in two worker processes; each used to compile the guide again (408
 * compilations for 9 guides). The compiled code is kept on disk under the hash of the source and
 * the compiler's version, so the workers (and the next build, when nothing changed) share it, and
 * `npm run check` compiles every guide before `next build` starts. Within a process the running
 * module is kept too.
 */

const CACHE_DIR = process.env.TAPGUIDE_MDX_CACHE ?? path.join('.cache', 'mdx');
const OPTIONS: CompileOptions = { remarkPlugins: [remarkFrontmatter], development: false, outputFormat: 'function-body' };

function compilerVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join('node_modules', '@mdx-js', 'mdx', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

const key = (source: string) =>
  createHash('sha256')
    .update(`${compilerVersion()}\0${JSON.stringify(OPTIONS.development)}\0${source}`)
    .digest('hex')
    .slice(0, 24);

/** The compiled function body of a guide's MDX, from the disk cache or compiled now (and stored). */
export async function compiledGuide(source: string): Promise<string> {
  const file = path.join(CACHE_DIR, `${key(source)}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // Not compiled yet in this build or an earlier one.
  }
  const code = String(await compile(source, OPTIONS));
  // TAPGUIDE_MDX_LOG names a file that gets one line per compilation (npm run scale counts them).
  if (process.env.TAPGUIDE_MDX_LOG) fs.appendFileSync(process.env.TAPGUIDE_MDX_LOG, `${key(source)}\n`);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside and renamed, so a worker reading at the same time never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, code);
  fs.renameSync(tmp, file);
  return code;
}

const running = new Map<string, Promise<MDXContent>>();

/** The guide's MDX as a component, compiled at most once per build and run once per process. */
export function guideContent(source: string): Promise<MDXContent> {
  const k = key(source);
  let content = running.get(k);
  if (!content) {
    content = compiledGuide(source).then(async (code) => (await run(code, { ...runtime })).default);
    running.set(k, content);
  }
  return content;
}
