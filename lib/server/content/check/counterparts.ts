import 'server-only';
import type { Lang } from '../../../shared/constants';
import { problem, type Problem } from '../problem';
import type { Guide } from '../types';
import { closest } from './closest';

const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };
const DIR: Record<Lang, string> = { zh: 'content/guides', en: 'content/en/guides' };

/**
 * `counterpart:` names the same guide in the other edition. It must exist there; a Chinese guide's
 * counterpart must name it back (a Chinese guide stands for one English guide, while several
 * English guides may cover parts of one Chinese guide). Pages link to the counterpart, and pairs
 * that name each other get hreflang alternates.
 */
export function checkCounterparts(guides: Guide[], files: { lang: Lang; slug: string }[]): Problem[] {
  return guides.flatMap((g) => {
    const to = g.frontmatter.counterpart;
    if (!to) return [];
    const other = OTHER[g.lang];
    const line = g.source.split('\n').findIndex((l) => /^counterpart:/.test(l)) + 1;
    const at = line ? { line, column: 1 } : undefined;
    const slugs = files.filter((f) => f.lang === other).map((f) => f.slug);
    if (!slugs.includes(to)) return [problem(g.file, at, `counterpart "${to}" is not a guide of the ${other === 'en' ? 'English' : 'Chinese'} edition (${DIR[other]}/${to}.mdx)`, closest(to, slugs))];
    const back = guides.find((x) => x.lang === other && x.slug === to);
    if (g.lang === 'zh' && back && back.frontmatter.counterpart !== g.slug) {
      return [problem(g.file, at, `counterpart "${to}" does not name this guide back`, `add counterpart: ${g.slug} to ${DIR.en}/${to}.mdx`)];
    }
    return [];
  });
}
