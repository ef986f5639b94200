import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { closest } from './closest';
import { PAGE_ANCHORS } from '../../../shared/constants';
import { problem, type Position, type Problem } from '../problem';

/** Pages the site has besides guides (keep in step with app/). */
export const SITE_ROUTES = ['/', '/screens/', '/steps/'];

export interface LinkTarget {
  slug: string;
  steps: string[];
}

/**
 * Same-site links in a guide must land somewhere: `#step` in this guide, `/guides/<slug>/`
 * (optionally `#step`) of a guide that exists, a site page, or a file in public/.
 */
export function checkLinks(file: string, self: string, links: { url: string; at: Position }[], guides: LinkTarget[], publicDir: string): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(guides.map((g) => [g.slug, g]));
  const stepProblem = (slug: string, id: string, at: Position) => {
    const steps = bySlug.get(slug)?.steps ?? [];
    if (!steps.includes(id) && !(PAGE_ANCHORS as readonly string[]).includes(id)) {
      problems.push(problem(file, at, `link to step "#${id}" of ${slug === self ? 'this guide' : `guide "${slug}"`}, which has no such step`, closest(id, steps)));
    }
  };
  for (const { url, at } of links) {
    if (!/^[/#]/.test(url) || url.startsWith('//')) {
      problems.push(problem(file, at, `link ${url} is relative`, 'write a full path: /guides/<slug>/, or #step-id for this guide'));
      continue;
    }
    // ?v=…&os=… is the guide's own state: the page is what must exist.
    const [beforeHash = '', hash] = url.split('#');
    const pathPart = beforeHash.split('?')[0]!;
    if (!pathPart) {
      stepProblem(self, hash ?? '', at);
      continue;
    }
    const guide = /^\/guides\/([^/]+)\/?$/.exec(pathPart);
    if (guide) {
      const slug = guide[1]!;
      if (!bySlug.has(slug)) problems.push(problem(file, at, `link to guide "${slug}", which does not exist`, closest(slug, [...bySlug.keys()], 3, false)));
      else if (hash) stepProblem(slug, hash, at);
      if (!pathPart.endsWith('/')) problems.push(problem(file, at, `link ${url} needs a trailing slash`, `write /guides/${slug}/`));
      continue;
    }
    if (SITE_ROUTES.includes(pathPart)) continue;
    if (SITE_ROUTES.includes(`${pathPart}/`)) {
      problems.push(problem(file, at, `link ${url} needs a trailing slash`, `write ${pathPart}/`));
      continue;
    }
    let decoded: string | undefined;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      decoded = undefined;
    }
    const target = decoded && path.resolve(publicDir, `.${decoded}`);
    const isFile = !!target && target.startsWith(path.resolve(publicDir) + path.sep) && fs.existsSync(target) && fs.statSync(target).isFile();
    if (!isFile) problems.push(problem(file, at, `link to ${pathPart}, which is not a page of this site`, 'link to /guides/<slug>/, a #step-id, or a file in public/'));
  }
  return problems;
}
