import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { problem, type Problem } from './problem';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** Parses a whole .mdx file (frontmatter included, so positions are the file's own lines). */
export function parseMdx(file: string, source: string): { tree?: Root; problems: Problem[] } {
  try {
    return { tree: processor.parse(source) as Root, problems: [] };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
    return {
      problems: [problem(file, { line: e.line ?? 1, column: e.column ?? 1 }, `MDX does not parse: ${reason}`, mdxHint(reason ?? ''))],
    };
  }
}

function mdxHint(reason: string): string {
  if (/closing tag|end tag|Expected a closing/i.test(reason)) return 'every <Step …> needs a matching </Step>, or write it self-closing as <Step … />';
  if (/before name|character/i.test(reason)) return 'a literal "<" or "{" must be escaped as \\< or \\{';
  return 'check the component syntax near this line';
}
