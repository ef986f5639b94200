import 'server-only';
import type { MetadataRoute } from 'next';
import type { Content } from '../content/types';
import { pagesOf } from '../content/pages/step-pages';
import { guideUpdated } from './guide-meta';
import { manifestIcons } from './icons';
import { hreflangAlternates, publicOrigin, SITE_DESCRIPTION, SITE_PAGES, SITE_TITLE } from './page-metadata';
import { counterpartOf } from './guide-view';
import type { Lang } from '../../shared/constants';
import { SITE_NAME } from '../../shared/titles';

/**
 * The site's own files beside the pages: sitemap.xml, robots.txt and the web app manifest
 * (app/sitemap.ts, app/robots.ts, app/manifest.ts write them at build time).
 */

/**
 * Every page a search engine should index: home, /steps/, each guide and each step page, the
 * guide's and its step pages' `lastmod` the date of the guide file's last commit
 * (load/last-updated.ts), home's the newest of them. Test pages and alias redirects are left out.
 *
 * Without NEXT_PUBLIC_SITE_ORIGIN the addresses are root-relative: the sitemaps protocol wants
 * absolute ones, so such a build is not one to publish (the build says so).
 */
export function sitemap(content: Content): MetadataRoute.Sitemap {
  const origin = publicOrigin() ?? '';
  const entries: MetadataRoute.Sitemap = [];
  // A page in both editions lists both, itself included, as hreflang alternates (xhtml:link).
  const alternates = (languages: Partial<Record<Lang, string>> | undefined) => {
    const pairs = hreflangAlternates(languages);
    return pairs ? { alternates: { languages: Object.fromEntries(Object.entries(pairs).map(([l, p]) => [l, `${origin}${p}`])) } } : {};
  };
  const guides = content.guides.map((guide) => ({ guide, updated: guideUpdated(guide) }));
  const newest = guides
    .map((g) => g.updated)
    .sort()
    .at(-1);
  for (const page of [SITE_PAGES.home, SITE_PAGES.steps])
    entries.push({ url: `${origin}${page.path}`, ...(newest ? { lastModified: newest } : {}), ...alternates(page.languages) });
  for (const { guide, updated } of guides) {
    entries.push({ url: `${origin}/guides/${guide.slug}/`, lastModified: updated, ...alternates(counterpartOf(content, guide).languages) });
    for (const page of pagesOf(guide)) entries.push({ url: `${origin}${page.path}`, lastModified: updated });
  }
  // The English edition (/en/): its home, lists, guides, step pages and short pages.
  const enGuides = content.en.guides.map((guide) => ({ guide, updated: guideUpdated(guide) }));
  const enNewest = enGuides
    .map((g) => g.updated)
    .sort()
    .at(-1);
  for (const page of [SITE_PAGES['en-home'], SITE_PAGES['en-guides'], SITE_PAGES['en-steps']])
    entries.push({
      url: `${origin}${page.path}`,
      ...(enNewest ? { lastModified: enNewest } : {}),
      ...alternates((page as { languages?: Partial<Record<Lang, string>> }).languages),
    });
  for (const { guide, updated } of enGuides) {
    entries.push({
      url: `${origin}/en/guides/${guide.slug}/`,
      lastModified: updated,
      ...alternates(counterpartOf(content, guide).languages),
    });
    for (const page of pagesOf(guide)) entries.push({ url: `${origin}${page.path}`, lastModified: updated });
  }
  for (const page of content.en.pages)
    entries.push({ url: `${origin}/en/${page.slug}/`, ...(page.frontmatter.updated ? { lastModified: page.frontmatter.updated } : {}) });
  return entries;
}

/** Everyone may crawl everything; the pages that should not be indexed say `noindex` themselves. */
export function robots(): MetadataRoute.Robots {
  const origin = publicOrigin();
  return {
    rules: { userAgent: '*', allow: '/' },
    // The Sitemap line must be an absolute address: only with an origin.
    ...(origin ? { sitemap: `${origin}/sitemap.xml` } : {}),
  };
}

export function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_TITLE,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'browser',
    background_color: '#fafaf9',
    theme_color: '#fafaf9',
    icons: manifestIcons(),
  };
}
