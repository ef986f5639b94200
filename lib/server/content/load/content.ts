import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../shared/constants';
import type { ScreenData } from '../../../shared/types';
import { checkCounterparts } from '../check/counterparts';
import { checkLinks, type EditionTargets } from '../check/links';
import { checkLock, readLock } from '../check/links-lock';
import type { Position, Problem } from '../problem';
import type { Content, Guide, Page } from '../types';
import { loadGuide } from './guide';
import { loadPage } from './page';
import { CONTENT_ROOT, displayPath } from './paths';
import { loadConfirmations } from './confirmations';
import { loadRegister, type Register } from './register';
import { loadScreens } from './screens';

/** Where each edition's files are under the content root (its guides' lang comes from here). */
export const EDITION_DIRS: Record<Lang, { guides: string; pages?: string }> = {
  zh: { guides: 'guides' },
  en: { guides: 'en/guides', pages: 'en/pages' },
};

const mdxFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : []);

type Loaded = { file: string; lang: Lang; slug: string; guide?: Guide; page?: Page; problems: Problem[]; links: { url: string; at: Position }[] };

/** Reads one edition's guide and page files; links are checked once both editions are read. */
function readEdition(root: string, lang: Lang, screens: Record<string, ScreenData>, register: Register) {
  const dirs = EDITION_DIRS[lang];
  const gdir = path.join(root, dirs.guides);
  const guides: (Loaded & { steps: string[] })[] = mdxFiles(gdir).map((f) => {
    const r = loadGuide(path.join(gdir, f), screens, register, lang);
    return { file: displayPath(path.join(gdir, f)), lang, slug: r.target.slug, steps: r.target.steps, guide: r.guide, problems: r.problems, links: r.links };
  });
  const pdir = dirs.pages && path.join(root, dirs.pages);
  const pages: Loaded[] = pdir ? mdxFiles(pdir).map((f) => ({ file: displayPath(path.join(pdir, f)), lang, ...loadPage(path.join(pdir, f), register, lang) })) : [];
  return { guides, pages };
}

/** Loads every guide, page and screen of both editions under the content root and reports every problem at once. */
export function loadContent(root: string = CONTENT_ROOT, options: { today?: string } = {}): Content {
  const { register, problems: registerProblems, warnings } = loadRegister(root, options.today);
  const { confirmations, problems: confirmationProblems } = loadConfirmations(root);
  const lib = loadScreens(root, register);
  const problems = [...registerProblems, ...confirmationProblems, ...lib.problems];
  const read = { zh: readEdition(root, 'zh', lib.screens, register), en: readEdition(root, 'en', lib.screens, register) };
  const targets: Record<Lang, EditionTargets> = {
    zh: { guides: read.zh.guides.map((g) => ({ slug: g.slug, steps: g.steps })), pages: read.zh.pages.map((p) => p.slug) },
    en: { guides: read.en.guides.map((g) => ({ slug: g.slug, steps: g.steps })), pages: read.en.pages.map((p) => p.slug) },
  };
  const publicDir = path.join(root, '..', 'public');
  const fine = { zh: { guides: [] as Guide[], pages: [] as Page[] }, en: { guides: [] as Guide[], pages: [] as Page[] } };
  for (const lang of ['zh', 'en'] as const) {
    for (const r of [...read[lang].guides, ...read[lang].pages]) {
      const linkProblems = checkLinks(r.file, { slug: r.slug, lang }, r.links, targets, publicDir);
      problems.push(...r.problems, ...linkProblems);
      if (linkProblems.length) continue;
      if (r.guide) fine[lang].guides.push(r.guide);
      if (r.page) fine[lang].pages.push(r.page);
    }
  }
  // A page's slug is its address /en/<slug>/: it must not shadow the edition's own routes.
  for (const p of read.en.pages) {
    if (p.slug === 'guides' || p.slug === 'steps') problems.push({ file: p.file, line: 1, column: 1, message: `page "${p.slug}" would take the address /en/${p.slug}/, which is the edition's own`, hint: 'give the page another file name' });
  }
  // Readers' answers are keyed by the guide's slug alone (the report service, content/confirmations.json).
  for (const g of read.en.guides) {
    if (read.zh.guides.some((z) => z.slug === g.slug))
      problems.push({ file: g.file, line: 1, column: 1, message: `guide "${g.slug}" has the slug of a Chinese guide (content/guides/${g.slug}.mdx)`, hint: 'give the English guide its own slug: readers’ answers are kept by slug' });
  }
  const all = [...fine.zh.guides, ...fine.en.guides];
  problems.push(...checkCounterparts(all, [...read.zh.guides, ...read.en.guides]));
  const lock = readLock(root);
  const lockProblems = lock ? checkLock(lock, all, { zh: targets.zh.guides.map((t) => t.slug), en: targets.en.guides.map((t) => t.slug) }) : [];
  problems.push(...lockProblems);
  // A guide that breaks a published link is as broken as one with a typo: dev shows it as such.
  const ok = (gs: Guide[]) =>
    gs.filter((g) => !lockProblems.some((p) => p.file === g.file)).sort((a, b) => (a.frontmatter.order ?? 100) - (b.frontmatter.order ?? 100) || a.slug.localeCompare(b.slug));
  return {
    guides: ok(fine.zh.guides),
    slugs: targets.zh.guides.map((t) => t.slug),
    en: { guides: ok(fine.en.guides), slugs: targets.en.guides.map((t) => t.slug), pages: fine.en.pages.sort((a, b) => a.slug.localeCompare(b.slug)) },
    screens: lib.screens,
    register,
    confirmations,
    problems,
    warnings,
  };
}
