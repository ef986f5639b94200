import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../shared/constants';
import type { ScreenData } from '../../../shared/types';
import { checkAliases } from '../check/aliases';
import { checkBannedClaims } from '../check/banned-claims';
import { checkConfidence, checkGuideSources } from '../check/confidence';
import { checkEnglishScreens, checkEnglishText } from '../check/english';
import { checkFlow } from '../check/flow';
import { checkSampleData } from '../check/sample-data';
import { checkMdx } from '../mdx/check-mdx';
import { extractFlow } from '../mdx/extract-flow';
import { problem, type Problem } from '../problem';
import { guideFrontmatterSchema } from '../schema/guide';
import type { LoadedGuide } from '../types';
import type { Register } from './register';
import { parseMdx } from './parse-mdx';
import { displayPath } from './paths';
import { parseYamlWithSchema } from './yaml';

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Loads and checks one guide file of an edition against the screen library; returns every problem found. */
export function loadGuide(absFile: string, screens: Record<string, ScreenData>, register: Register, lang: Lang = 'zh'): LoadedGuide {
  const file = displayPath(absFile);
  const source = fs.readFileSync(absFile, 'utf8').replace(/^\uFEFF/, ''); // editors' tools sometimes add a BOM
  const slug = path.basename(absFile).replace(/\.mdx$/, '');
  const problems: Problem[] = [...checkSampleData(file, source), ...checkBannedClaims(file, source, register.banned)];
  if (lang === 'en') problems.push(...checkEnglishText(file, source));
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

  problems.push(...checkMdx(file, tree, register));
  const { flow, source: where } = extractFlow(tree);
  if (frontmatter) problems.push(...checkGuideSources(file, fm[1] ?? '', frontmatter.sources, register));
  const variantAt = variantPositions(fm[1] ?? '');
  problems.push(...checkFlow(file, flow, where, frontmatter?.variants, screens, { graph: problems.length === 0, variantAt }));
  if (lang === 'en') problems.push(...checkEnglishScreens(file, flow, where.attr, frontmatter?.variants, screens));

  problems.push(...checkAliases(file, fm[1] ?? '', frontmatter?.aliases, flow));
  if (frontmatter && !problems.length) problems.push(...checkConfidence(file, fm[1] ?? '', frontmatter, flow, where.sources, register));

  const found = { target: { slug, steps: flow.steps.map((s) => s.id) }, links: where.links };
  if (problems.length || !frontmatter) return { ...found, problems };
  return { ...found, guide: { slug, lang, file, frontmatter, flow, source, stepText: where.text, stepSources: where.sources }, problems: [] };
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
