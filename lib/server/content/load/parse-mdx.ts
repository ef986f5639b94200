import 'server-only';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { problem, type Problem } from '../problem';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** Parses a whole .mdx file (frontmatter included, so positions are the file's own lines). */
export function parseMdx(file: string, source: string): { tree?: Root; problems: Problem[] } {
  try {
    return { tree: processor.parse(source) as Root, problems: [] };
  } catch (error) {
    type Point = { line?: number; column?: number };
    const e = error as Point & { place?: Point & { start?: Point }; reason?: string; message?: string };
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0]!;
    // Some micromark errors carry their position only in the text: "… (12:1-12:63)".
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
    const at = e.place?.start ?? e.place ?? (e.line ? e : inText ? { line: Number(inText[1]), column: Number(inText[2]) } : {});
    return {
      problems: [problem(file, { line: at.line ?? 1, column: at.column ?? 1 }, `MDX does not parse: ${reason}`, mdxHint(reason))],
    };
  }
}

function mdxHint(reason: string): string {
  if (/closing tag|end tag|Expected a closing/i.test(reason)) return 'every <Step …> needs a matching </Step>, or write it self-closing as <Step … />';
  if (/before name|character/i.test(reason)) return 'a literal "<" or "{" must be escaped as \\< or \\{';
  return 'check the component syntax near this line';
}
