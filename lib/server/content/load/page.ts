import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../shared/constants';
import { checkBannedClaims } from '../check/banned-claims';
import { checkGuideSources } from '../check/confidence';
import { checkEnglishText } from '../check/english';
import { checkSampleData } from '../check/sample-data';
import { checkMdx } from '../mdx/check-mdx';
import { extractFlow } from '../mdx/extract-flow';
import { problem, type Position, type Problem } from '../problem';
import { pageFrontmatterSchema } from '../schema/page';
import type { Page } from '../types';
import { parseMdx } from './parse-mdx';
import { displayPath } from './paths';
import type { Register } from './register';
import { parseYamlWithSchema } from './yaml';

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
/** A page is an article: the guide-only components make no sense in it. */
const GUIDE_ONLY = new Set(['Step', 'Choice', 'Option', 'Only']);

/**
 * Loads and checks one short page (content/en/pages/<slug>.mdx): its frontmatter, the MDX rules a
 * guide's text obeys (no steps: a page has no phone), its sources, its links (returned, checked
 * with the guides'), and, in English, no unmarked Chinese.
 */
export function loadPage(absFile: string, register: Register, lang: Lang): { page?: Page; slug: string; problems: Problem[]; links: { url: string; at: Position }[] } {
  const file = displayPath(absFile);
  const source = fs.readFileSync(absFile, 'utf8').replace(/^\uFEFF/, '');
  const slug = path.basename(absFile).replace(/\.mdx$/, '');
  const problems: Problem[] = [...checkSampleData(file, source), ...checkBannedClaims(file, source, register.banned)];
  if (lang === 'en') problems.push(...checkEnglishText(file, source));
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) problems.push(problem(file, undefined, `file name "${slug}.mdx" is not a valid slug`, 'use kebab-case, e.g. paying-without-wechat-pay.mdx; it becomes the URL'));
  const fm = FRONTMATTER.exec(source);
  if (!fm) return { slug, links: [], problems: [...problems, problem(file, undefined, 'missing frontmatter', 'start the file with --- , title, summary and sources (docs/editing.md), and --- on its own line')] };
  const { data: frontmatter, problems: fmProblems } = parseYamlWithSchema(file, fm[1] ?? '', pageFrontmatterSchema, 1);
  problems.push(...fmProblems);
  const { tree, problems: parseProblems } = parseMdx(file, source);
  problems.push(...parseProblems);
  if (!tree) return { slug, links: [], problems };
  // The guide rules, less "a guide has steps"; a step in a page is its own problem below.
  problems.push(...checkMdx(file, tree, register).filter((p) => p.message !== 'this guide has no <Step>'));
  const { source: where } = extractFlow(tree);
  for (const node of tree.children) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && GUIDE_ONLY.has(node.name)) {
      problems.push(problem(file, node.position?.start, `<${node.name}> belongs in a guide, not a page`, 'a page is an article with sources and no phone: write a guide (content/en/guides/) for steps'));
    }
  }
  if (frontmatter) problems.push(...checkGuideSources(file, fm[1] ?? '', frontmatter.sources, register));
  if (problems.length || !frontmatter) return { slug, links: where.links, problems };
  return { slug, links: where.links, page: { slug, lang, file, frontmatter, source }, problems: [] };
}
