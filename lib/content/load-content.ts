import fs from 'node:fs';
import { cache } from 'react';
import path from 'node:path';
import type { Flow } from '../flow/types';
import { checkFlow } from './check-flow';
import { checkLinks, type LinkTarget } from './check-links';
import { checkSampleData } from './check-sample-data';
import { checkLock, readLock } from './links-lock';
import { closest } from './closest';
import { extractFlow } from './extract-flow';
import { guideFrontmatterSchema, type GuideFrontmatter } from './guide-schema';
import { loadScreens } from './load-screens';
import { parseMdx } from './parse-mdx';
import { CONTENT_ROOT, displayPath } from './paths';
import { ContentError, problem, type Problem } from './problem';
import type { ScreenData } from './screen-schema';
import { mapKeyPositions, parseYamlWithSchema } from './yaml-locate';

export interface Guide {
  slug: string;
  /** Project-relative path, for messages. */
  file: string;
  frontmatter: GuideFrontmatter;
  flow: Flow;
  /** The whole .mdx source; the renderer skips the frontmatter itself. */
  source: string;
  /** Each step's text as plain words (the description of its step page). */
  stepText: Record<string, string>;
}

export interface Content {
  guides: Guide[];
  /** Every guide file's slug, including files that failed to load (dev keeps their pages). */
  slugs: string[];
  screens: Record<string, ScreenData>;
  problems: Problem[];
}

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface LoadedGuide {
  guide?: Guide;
  problems: Problem[];
  /** What other guides may link to, and this guide's own links: known even when it has problems. */
  target: LinkTarget;
  links: { url: string; at: { line: number; column: number } }[];
}

/** Loads and checks one guide file against the screen library; returns every problem found. */
export function loadGuide(absFile: string, screens: Record<string, ScreenData>): LoadedGuide {
  const file = displayPath(absFile);
  const source = fs.readFileSync(absFile, 'utf8').replace(/^\uFEFF/, ''); // editors' tools sometimes add a BOM
  const slug = path.basename(absFile).replace(/\.mdx$/, '');
  const problems: Problem[] = checkSampleData(file, source);
  const none = { target: { slug, steps: [] }, links: [] };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) problems.push(problem(file, undefined, `file name "${slug}.mdx" is not a valid slug`, 'use kebab-case, e.g. view-real-name.mdx; it becomes the URL'));

  const fm = FRONTMATTER.exec(source);
  if (!fm) {
    return { ...none, problems: [...problems, problem(file, undefined, 'missing frontmatter', 'start the file with --- , the fields from docs/editing.md, and --- on its own line')] };
  }
  const { data: frontmatter, problems: fmProblems } = parseYamlWithSchema(file, fm[1] ?? '', guideFrontmatterSchema, 1);
  problems.push(...fmProblems);

  const { tree, problems: parseProblems } = parseMdx(file, source);
  problems.push(...parseProblems);
  if (!tree) return { ...none, problems };

  const { flow, source: where, problems: flowProblems } = extractFlow(file, tree);
  problems.push(...flowProblems);
  const variantAt = variantPositions(fm[1] ?? '');
  problems.push(...checkFlow(file, flow, where, frontmatter?.variants, screens, { graph: problems.length === 0, variantAt }));

  problems.push(...checkAliases(file, fm[1] ?? '', frontmatter?.aliases, flow));

  const found = { target: { slug, steps: flow.steps.map((s) => s.id) }, links: where.links };
  if (problems.length || !frontmatter) return { ...found, problems };
  return { ...found, guide: { slug, file, frontmatter, flow, source, stepText: where.text }, problems: [] };
}

/** Loads every guide and screen under the content root and reports every problem at once. */
export function loadContent(root: string = CONTENT_ROOT): Content {
  const lib = loadScreens(root);
  const problems = [...lib.problems];
  const guides: Guide[] = [];
  const dir = path.join(root, 'guides');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  const loaded = files.map((f) => loadGuide(path.join(dir, f), lib.screens));
  const targets = loaded.map((r) => r.target);
  for (const r of loaded) {
    const file = displayPath(path.join(dir, `${r.target.slug}.mdx`));
    const linkProblems = checkLinks(file, r.target.slug, r.links, targets, path.join(root, '..', 'public'));
    problems.push(...r.problems, ...linkProblems);
    if (r.guide && !linkProblems.length) guides.push(r.guide);
  }
  const lock = readLock(root);
  const lockProblems = lock ? checkLock(lock, guides, targets.map((t) => t.slug)) : [];
  problems.push(...lockProblems);
  // A guide that breaks a published link is as broken as one with a typo: dev shows it as such.
  const fine = guides.filter((g) => !lockProblems.some((p) => p.file === g.file));
  fine.sort((a, b) => (a.frontmatter.order ?? 100) - (b.frontmatter.order ?? 100) || a.slug.localeCompare(b.slug));
  return { guides: fine, slugs: targets.map((t) => t.slug), screens: lib.screens, problems };
}

let cached: Content | undefined;

/**
 * Content for the site. In a build, any problem throws a ContentError listing them all, so
 * `next build` fails with path and line. In `next dev` the guides that load are served and the
 * problems come back with them: the layout shows them over the page, and the page stays live
 * so that fixing the file brings it back.
 */
export const getContent = cache((): Content => {
  // React's cache() dedupes the calls of one request in dev (layout, metadata, page).
  if (cached) return cached;
  const content = loadContent();
  const dev = process.env.NODE_ENV === 'development';
  if (content.problems.length && !dev) throw new ContentError(content.problems);
  // Cache only in production builds: in dev each request re-reads, so edits show on reload.
  if (!dev) cached = content;
  return content;
});

export function getGuide(slug: string): Guide | undefined {
  return getContent().guides.find((g) => g.slug === slug);
}

/** An alias keeps an old step id's links working: the old id is no step any more, the new one is. */
function checkAliases(file: string, yaml: string, aliases: Record<string, string> | undefined, flow: Flow): Problem[] {
  if (!aliases) return [];
  const at = mapKeyPositions(yaml, 'aliases', 1);
  const ids = flow.steps.map((s) => s.id);
  return Object.entries(aliases).flatMap(([from, to]) => {
    if (ids.includes(from)) return [problem(file, at[from], `alias "${from}" is a step id of this guide`, 'an alias names a step that no longer exists; remove it')];
    if (!ids.includes(to)) return [problem(file, at[from], `alias "${from}" points to "${to}", which is not a step of this guide`, closest(to, ids))];
    return [];
  });
}

/** Where each variant's `id:` is written in the frontmatter (line 1 is the opening ---). */
function variantPositions(yaml: string): Record<string, { line: number; column: number }> {
  const out: Record<string, { line: number; column: number }> = {};
  yaml.split('\n').forEach((l, i) => {
    const m = /\bid:\s*([a-z0-9-]+)/.exec(l);
    if (m && !(m[1]! in out)) out[m[1]!] = { line: i + 2, column: m.index + 1 };
  });
  return out;
}
