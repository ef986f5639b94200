import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { checkLinks } from '../check/links';
import { checkLock, readLock } from '../check/links-lock';
import type { Content, Guide } from '../types';
import { loadGuide } from './guide';
import { CONTENT_ROOT, displayPath } from './paths';
import { loadConfirmations } from './confirmations';
import { loadRegister } from './register';
import { loadScreens } from './screens';

/** Loads every guide and screen under the content root and reports every problem at once. */
export function loadContent(root: string = CONTENT_ROOT, options: { today?: string } = {}): Content {
  const { register, problems: registerProblems, warnings } = loadRegister(root, options.today);
  const { confirmations, problems: confirmationProblems } = loadConfirmations(root);
  const lib = loadScreens(root, register);
  const problems = [...registerProblems, ...confirmationProblems, ...lib.problems];
  const guides: Guide[] = [];
  const dir = path.join(root, 'guides');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  const loaded = files.map((f) => loadGuide(path.join(dir, f), lib.screens, register));
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
  return { guides: fine, slugs: targets.map((t) => t.slug), screens: lib.screens, register, confirmations, problems, warnings };
}

