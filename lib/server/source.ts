import 'server-only';
import { cache } from 'react';
import type { Lang } from '../shared/constants';
import { loadContent } from './content/load/content';
import { stepRows } from './content/pages/step-rows';
import { ContentError, formatProblem, sortProblems } from './content/problem';
import type { Content } from './content/types';
import { galleryView } from './views/gallery-view';
import { guideView, versionParams, versionStepsParams } from './views/guide-view';
import { enHomeView, homeView } from './views/home-view';
import { articleView } from './views/article-view';
import { sitePageMetadata, siteMetadata, type SitePage } from './views/page-metadata';
import { manifest, robots, sitemap } from './views/site-files';
import { stepParams, stepView, type StepParams } from './views/step-view';

/**
 * The one data entry point for routes (after Fumadocs' lib/source.ts): each route asks for the
 * view of its page and renders it. Everything here runs at build time.
 */

export type { GuideView } from './views/guide-view';
export type { AliasView, StepParams, StepView } from './views/step-view';
export type { EnHomeView, HomeView } from './views/home-view';
export type { ArticleView } from './views/article-view';
export type { GalleryScreen } from './views/gallery-view';

let cached: Content | undefined;

/**
 * Content for the site. In a build, any problem throws a ContentError listing them all, so
 * `next build` fails with path and line. In `next dev` the guides that load are served and the
 * problems come back with them: the layout shows them over the page, and the page stays live
 * so that fixing the file brings it back.
 */
export const getContent = cache((): Content => {
  // React's cache() dedupes the calls of one request in dev (layout, metadata, page).
  if (cached) return cached;
  const content = loadContent();
  const dev = process.env.NODE_ENV === 'development';
  if (content.problems.length && !dev) throw new ContentError(content.problems);
  // Cache only in production builds: in dev each request re-reads, so edits show on reload.
  if (!dev) cached = content;
  return content;
});

/** Every guide file's slug: a build has only guides that passed the check; `next dev` keeps a broken guide's page. */
export const guideParams = () => getContent().slugs.map((slug) => ({ slug }));
export const getGuideView = (slug: string, variant?: string) => guideView(getContent(), slug, variant);
/** The guide pages of each version but the first (/guides/<slug>/<variant>/), for readers without JavaScript. */
export const getVersionParams = () => versionParams(getContent());
/** Every version of every guide, whose steps' text a guide page loads on a switch (steps.json). */
export const getVersionStepsParams = () => versionStepsParams(getContent());
/** In `next dev`, a guide file that failed the check (its page says so and comes back when fixed). */
export const isBrokenGuide = (slug: string) => getContent().slugs.includes(slug) && !getContent().guides.some((g) => g.slug === slug);

export const getStepParams = () => stepParams(getContent());
export const getStepView = (params: StepParams) => stepView(getContent(), params);

export const getHomeView = () => homeView(getContent());

/* The English edition (/en/…): the same views, for content/en/. */
export const enGuideParams = () => getContent().en.slugs.map((slug) => ({ slug }));
export const getEnGuideView = (slug: string, variant?: string) => guideView(getContent(), slug, variant, 'en');
export const getEnVersionParams = () => versionParams(getContent(), 'en');
export const getEnVersionStepsParams = () => versionStepsParams(getContent(), 'en');
export const isBrokenEnGuide = (slug: string) =>
  getContent().en.slugs.includes(slug) && !getContent().en.guides.some((g) => g.slug === slug);
export const getEnStepParams = () => stepParams(getContent(), 'en');
export const getEnStepView = (params: StepParams) => stepView(getContent(), params, 'en');
export const getEnHomeView = () => enHomeView(getContent());
export const getEnStepRows = () => stepRows(getContent().en.guides);
export const enPageParams = () => getContent().en.pages.map((p) => ({ page: p.slug }));
export const getEnPageView = (slug: string) => articleView(getContent(), slug);
export const getStepRows = () => stepRows(getContent().guides);
export const getScreenGallery = () => galleryView(getContent());
/** The layout's metadata, and each page's that is not a guide or a step (lib/server/views/page-metadata.ts). */
export const getSiteMetadata = (lang: Lang = 'zh') => siteMetadata(lang);
export const getPageMetadata = (page: SitePage) => sitePageMetadata(page);
export const getSitemap = () => sitemap(getContent());
export const getRobots = () => robots();
export const getManifest = () => manifest();

/** Development only: every content problem, as `npm run check` prints them. */
export const getProblemReport = () => {
  const { problems } = getContent();
  return { count: problems.length, report: sortProblems(problems).map(formatProblem).join('\n') };
};
