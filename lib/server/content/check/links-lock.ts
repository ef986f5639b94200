import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../shared/constants';
import type { Guide } from '../types';
import { displayPath } from '../load/paths';
import { problem, type Problem } from '../problem';
import { aliasPages, pagesOf } from '../pages/step-pages';

/**
 * content/links.lock.json: every step link ever published. A link in it must keep opening a
 * step, directly or through an alias in its guide's frontmatter; `npm run links:lock` rewrites
 * it after an intended change.
 */
export const LOCK_FILE = 'links.lock.json';
const ABOUT = 'Every published step link. npm run check fails when one stops opening a step; npm run links:lock rewrites this file after an intended change (docs/editing.md, “Links never break”).';
const LINK = /^(\/en)?\/guides\/([a-z0-9-]+)\/([a-z0-9-]+)\/(ios|android)\/([a-z0-9-]+)\/$/;

/** What the site publishes now: every step page and every alias page, sorted. */
export function publishedLinks(guides: Guide[]): string[] {
  return guides
    .flatMap((g) => {
      const pages = pagesOf(g);
      return [...pages.map((p) => p.path), ...aliasPages(pages, g.frontmatter.aliases, g.lang).map((a) => a.path)];
    })
    .sort();
}

export function lockText(links: string[]): string {
  return `${JSON.stringify({ about: ABOUT, links }, null, 2)}\n`;
}

/** The lock file's links with their lines; undefined when the content root has none (then nothing is checked). */
export function readLock(root: string): { file: string; links: { url: string; line: number }[]; problems: Problem[] } | undefined {
  const abs = path.join(root, LOCK_FILE);
  if (!fs.existsSync(abs)) return undefined;
  const file = displayPath(abs);
  const text = fs.readFileSync(abs, 'utf8');
  const fail = (message: string) => ({ file, links: [], problems: [problem(file, undefined, message, 'run npm run links:lock to rewrite it from the content')] });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`is not valid JSON (${(e as Error).message})`);
  }
  const list = (data as { links?: unknown }).links;
  if (!Array.isArray(list) || !list.every((l) => typeof l === 'string')) return fail('needs a "links" list of step paths');
  const lines = text.split('\n');
  const lineOf = (url: string) => lines.findIndex((l) => l.includes(JSON.stringify(url))) + 1;
  return { file, links: list.map((url: string) => ({ url, line: lineOf(url) })), problems: [] };
}

/**
 * Every locked link must still open a step: its guide, variant and step exist, or an alias in the
 * guide's frontmatter names the step that replaced it. Guides that failed to load are skipped
 * (their own problems are reported). One problem per vanished step or variant, at the guide.
 */
export function checkLock(lock: NonNullable<ReturnType<typeof readLock>>, guides: Guide[], slugs: Record<Lang, string[]>): Problem[] {
  const problems: Problem[] = [...lock.problems];
  const now = new Set(publishedLinks(guides));
  const gone = new Map<string, { guide: Guide; what: string; urls: string[] }>();
  for (const { url, line } of lock.links) {
    const m = LINK.exec(url);
    if (!m) {
      problems.push(problem(lock.file, { line, column: 1 }, `"${url}" is not a step link ([/en]/guides/<guide>/<variant>/<ios|android>/<step>/)`, 'run npm run links:lock to rewrite the file'));
      continue;
    }
    const [, en, slug, variant, , step] = m as unknown as [string, string | undefined, string, string, string, string];
    const lang: Lang = en ? 'en' : 'zh';
    if (now.has(url)) continue;
    const guide = guides.find((g) => g.slug === slug && g.lang === lang);
    if (!guide) {
      const dir = lang === 'en' ? 'content/en/guides' : 'content/guides';
      if (!slugs[lang].includes(slug)) problems.push(problem(lock.file, { line, column: 1 }, `published guide "${slug}" has no file any more (${dir}/${slug}.mdx): its links break`, 'restore the file; if breaking its links is intended, run npm run links:lock'));
      continue;
    }
    const hasVariant = guide.frontmatter.variants.some((v) => v.id === variant);
    const key = `${lang}:${slug} ${hasVariant ? `step ${step}` : `variant ${variant}`}`;
    const entry = gone.get(key) ?? { guide, what: hasVariant ? step : variant, urls: [] };
    entry.urls.push(url);
    gone.set(key, entry);
  }
  for (const [key, { guide, what, urls }] of gone) {
    const links = `${urls.length} published link${urls.length > 1 ? 's' : ''} (${urls[0]}${urls.length > 1 ? ', …' : ''})`;
    if (key.includes(' variant ')) {
      problems.push(problem(guide.file, undefined, `guide "${guide.slug}": published variant "${what}" is gone, breaking ${links}`, 'keep the variant; if breaking these links is intended, run npm run links:lock'));
    } else {
      problems.push(
        problem(guide.file, undefined, `guide "${guide.slug}": published step "${what}" no longer opens, breaking ${links}`, `if it was renamed or replaced, add to the frontmatter  aliases: { ${what}: <the step that replaced it> }; if breaking the links is intended, run npm run links:lock`),
      );
    }
  }
  return problems;
}
