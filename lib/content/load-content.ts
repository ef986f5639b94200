import fs from 'node:fs';
import path from 'node:path';
import type { Flow } from '../flow/types';
import { checkFlow } from './check-flow';
import { extractFlow } from './extract-flow';
import { guideFrontmatterSchema, type GuideFrontmatter } from './guide-schema';
import { loadScreens } from './load-screens';
import { parseMdx } from './parse-mdx';
import { CONTENT_ROOT, displayPath } from './paths';
import { ContentError, problem, type Problem } from './problem';
import type { ScreenData } from './screen-schema';
import { parseYamlWithSchema } from './yaml-locate';

export interface Guide {
  slug: string;
  /** Project-relative path, for messages. */
  file: string;
  frontmatter: GuideFrontmatter;
  flow: Flow;
  /** The whole .mdx source; the renderer skips the frontmatter itself. */
  source: string;
}

export interface Content {
  guides: Guide[];
  screens: Record<string, ScreenData>;
  problems: Problem[];
}

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Loads and checks one guide file against the screen library; returns every problem found. */
export function loadGuide(absFile: string, screens: Record<string, ScreenData>): { guide?: Guide; problems: Problem[] } {
  const file = displayPath(absFile);
  const source = fs.readFileSync(absFile, 'utf8').replace(/^\uFEFF/, ''); // editors' tools sometimes add a BOM
  const slug = path.basename(absFile).replace(/\.mdx$/, '');
  const problems: Problem[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) problems.push(problem(file, undefined, `file name "${slug}.mdx" is not a valid slug`, 'use kebab-case, e.g. view-real-name.mdx; it becomes the URL'));

  const fm = FRONTMATTER.exec(source);
  if (!fm) {
    return { problems: [...problems, problem(file, undefined, 'missing frontmatter', 'start the file with --- , the fields from docs/editing.md, and --- on its own line')] };
  }
  const { data: frontmatter, problems: fmProblems } = parseYamlWithSchema(file, fm[1] ?? '', guideFrontmatterSchema, 1);
  problems.push(...fmProblems);

  const { tree, problems: parseProblems } = parseMdx(file, source);
  problems.push(...parseProblems);
  if (!tree) return { problems };

  const { flow, source: where, problems: flowProblems } = extractFlow(file, tree);
  problems.push(...flowProblems);
  problems.push(...checkFlow(file, flow, where, frontmatter?.variants, screens, { graph: problems.length === 0 }));

  if (problems.length || !frontmatter) return { problems };
  return { guide: { slug, file, frontmatter, flow, source }, problems: [] };
}

/** Loads every guide and screen under the content root and reports every problem at once. */
export function loadContent(root: string = CONTENT_ROOT): Content {
  const lib = loadScreens(root);
  const problems = [...lib.problems];
  const guides: Guide[] = [];
  const dir = path.join(root, 'guides');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  for (const f of files) {
    const r = loadGuide(path.join(dir, f), lib.screens);
    problems.push(...r.problems);
    if (r.guide) guides.push(r.guide);
  }
  guides.sort((a, b) => (a.frontmatter.order ?? 100) - (b.frontmatter.order ?? 100) || a.slug.localeCompare(b.slug));
  return { guides, screens: lib.screens, problems };
}

let cached: Content | undefined;

/** Content for the site. Throws a ContentError listing every problem, so `next build` fails with path and line. */
export function getContent(): Content {
  if (cached) return cached;
  const content = loadContent();
  if (content.problems.length) throw new ContentError(content.problems);
  // Cache only in production builds: in dev each request re-reads, so edits show on reload.
  if (process.env.NODE_ENV === 'production') cached = content;
  return content;
}

export function getGuide(slug: string): Guide | undefined {
  return getContent().guides.find((g) => g.slug === slug);
}
