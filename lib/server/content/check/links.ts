import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { closest } from './closest';
import { EDITION_PREFIX, PAGE_ANCHORS, type Lang } from '../../../shared/constants';
import { problem, type Position, type Problem } from '../problem';

/** Pages each edition has besides guides and (English) short pages (keep in step with app/). */
export const SITE_ROUTES: Record<Lang, string[]> = { zh: ['/', '/screens/', '/steps/'], en: ['/en/', '/en/guides/', '/en/steps/'] };

export interface LinkTarget {
  slug: string;
  steps: string[];
}

/** What links may land on in one edition: its guides (with their steps) and its short pages' slugs. */
export interface EditionTargets {
  guides: LinkTarget[];
  pages: string[];
}

/**
 * Same-site links in a guide or page must land somewhere: `#step` in this guide, a guide of the
 * edition that exists (`/guides/<slug>/`, `/en/guides/<slug>/`, optionally `#step`), a site page,
 * an English short page (`/en/<slug>/`), or a file in public/. English content links only into the
 * English edition: a reader of English sent to a Chinese page is lost.
 */
export function checkLinks(
  file: string,
  self: { slug: string; lang: Lang },
  links: { url: string; at: Position }[],
  editions: Record<Lang, EditionTargets>,
  publicDir: string,
): Problem[] {
  const problems: Problem[] = [];
  const stepProblem = (lang: Lang, slug: string, id: string, at: Position) => {
    const steps = editions[lang].guides.find((g) => g.slug === slug)?.steps ?? [];
    if (!steps.includes(id) && !(PAGE_ANCHORS as readonly string[]).includes(id)) {
      const whose = slug === self.slug && lang === self.lang ? 'this guide' : `guide "${slug}"`;
      problems.push(problem(file, at, `link to step "#${id}" of ${whose}, which has no such step`, closest(id, steps)));
    }
  };
  for (const { url, at } of links) {
    if (!/^[/#]/.test(url) || url.startsWith('//')) {
      const start = EDITION_PREFIX[self.lang];
      problems.push(problem(file, at, `link ${url} is relative`, `write a full path: ${start}/guides/<slug>/, or #step-id for this guide`));
      continue;
    }
    // ?v=…&os=… is the guide's own state: the page is what must exist.
    const [beforeHash = '', hash] = url.split('#');
    const pathPart = beforeHash.split('?')[0]!;
    if (!pathPart) {
      stepProblem(self.lang, self.slug, hash ?? '', at);
      continue;
    }
    const lang: Lang = pathPart === '/en' || pathPart.startsWith('/en/') ? 'en' : 'zh';
    if (self.lang === 'en' && lang === 'zh' && !isPublicFile(publicDir, pathPart)) {
      problems.push(problem(file, at, `link ${url} goes to the Chinese edition`, 'English content links to English pages: /en/guides/<slug>/, /en/<page>/, /en/ or #step-id'));
      continue;
    }
    const prefix = EDITION_PREFIX[lang];
    const guide = new RegExp(`^${prefix}/guides/([^/]+)/?$`).exec(pathPart);
    if (guide) {
      const slug = guide[1]!;
      const slugs = editions[lang].guides.map((g) => g.slug);
      if (!slugs.includes(slug)) problems.push(problem(file, at, `link to ${lang === 'en' ? 'English ' : ''}guide "${slug}", which does not exist`, closest(slug, slugs, 3, false)));
      else if (hash) stepProblem(lang, slug, hash, at);
      if (!pathPart.endsWith('/')) problems.push(problem(file, at, `link ${url} needs a trailing slash`, `write ${prefix}/guides/${slug}/`));
      continue;
    }
    const routes = SITE_ROUTES[lang];
    if (routes.includes(pathPart)) continue;
    if (routes.includes(`${pathPart}/`)) {
      problems.push(problem(file, at, `link ${url} needs a trailing slash`, `write ${pathPart}/`));
      continue;
    }
    const page = /^\/en\/([^/]+)\/?$/.exec(pathPart);
    if (lang === 'en' && page) {
      if (!editions.en.pages.includes(page[1]!)) problems.push(problem(file, at, `link to English page "${page[1]}", which does not exist`, closest(page[1]!, editions.en.pages, 3, false) ?? 'a page is content/en/pages/<slug>.mdx'));
      else if (!pathPart.endsWith('/')) problems.push(problem(file, at, `link ${url} needs a trailing slash`, `write ${pathPart}/`));
      continue;
    }
    if (!isPublicFile(publicDir, pathPart)) {
      problems.push(problem(file, at, `link to ${pathPart}, which is not a page of this site`, `link to ${prefix}/guides/<slug>/, a #step-id, or a file in public/`));
    }
  }
  return problems;
}

function isPublicFile(publicDir: string, pathPart: string): boolean {
  let decoded: string | undefined;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    decoded = undefined;
  }
  const target = decoded && path.resolve(publicDir, `.${decoded}`);
  return !!target && target.startsWith(path.resolve(publicDir) + path.sep) && fs.existsSync(target) && fs.statSync(target).isFile();
}
