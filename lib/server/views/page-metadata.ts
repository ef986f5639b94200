import 'server-only';
import type { Metadata } from 'next';
import type { Lang, Os } from '../../shared/constants';
import { SITE_NAME } from '../../shared/titles';
import { iconLinks } from './icons';

/**
 * Every page's metadata, built here and nowhere else: title and description, canonical, Open
 * Graph, the Twitter card, robots and icons.
 *
 * With NEXT_PUBLIC_SITE_ORIGIN set, a page has an absolute canonical, og:url, og:image (with
 * width, height and alt) and a `summary_large_image` card. Without it no page names any origin:
 * the canonical is root-relative (RFC 6596 allows it), and the tags that must be absolute
 * (og:url, og:image, twitter:image) are left out; the build says so (scripts/postbuild.ts).
 */

export const SITE_TITLE = `${SITE_NAME} · 微信和 QQ 实名、身份信息图解`;
export const SITE_DESCRIPTION =
  '一步一步点给你看：在微信和 QQ 里查看、完成和更换实名认证。非官方教程，手机画面为示意图；本站不收集任何信息。';
/** The English edition's (/en/) title and description. */
export const SITE_TITLE_EN = `${SITE_NAME} · WeChat Pay and ID for visitors to China, step by step`;
export const SITE_DESCRIPTION_EN =
  'Tap through drawn WeChat screens in English: set up WeChat Pay as a visitor, link a card, verify your passport. Unofficial; every step with its sources; this site collects nothing.';

/** The site's public origin (`https://tapguide.example`), or undefined when the build was not given one. */
export function publicOrigin(): string | undefined {
  const origin = process.env.NEXT_PUBLIC_SITE_ORIGIN?.trim().replace(/\/+$/, '');
  return origin || undefined;
}

/** Link preview images: 1.91:1, what chat apps and search results show whole. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type OgImageOf =
  | { kind: 'home' }
  | { kind: 'en-home' }
  | { kind: 'guide'; slug: string; lang?: Lang }
  | { kind: 'step'; slug: string; variant: string; os: Os | string; step: string; lang?: Lang };

/**
 * Where a page's preview image lives, a stable address that metadata can name before the
 * post-build step draws it (scripts/og-images.ts): the home page's, a guide's, a step's.
 */
export function ogImagePath(of: OgImageOf): string {
  switch (of.kind) {
    case 'home':
      return '/og/home.png';
    case 'en-home':
      return '/og/en/home.png';
    case 'guide':
      return `/og/${of.lang === 'en' ? 'en/' : ''}guides/${of.slug}.png`;
    case 'step':
      return `/og/${of.lang === 'en' ? 'en/' : ''}guides/${of.slug}/${of.variant}/${of.os}/${of.step}.png`;
  }
}

export interface PageInfo {
  /** The page's own path, e.g. `/guides/view-real-name/`. */
  path: string;
  /** The document title, before the layout's ` · Tapguide`. */
  title: string;
  /** Used as is for <title>, without the layout's template (the home page). */
  absoluteTitle?: boolean;
  description: string;
  /** The preview image, with its alt text; absent: the home page's. */
  image?: { path: string; alt: string };
  type?: 'website' | 'article';
  /** Kept out of search engines (and out of the sitemap): test pages, redirects. */
  noindex?: boolean;
  /** When it differs from `path` (an alias page points at its replacement). */
  canonical?: string;
  /** The page's edition (default Chinese): its Open Graph locale. */
  lang?: Lang;
  /**
   * The same page in each edition, when both exist: hreflang alternates, each naming the other
   * and itself. Absolute with an origin; root-relative without one, as the canonical and the
   * sitemap then are (such a build is not one to publish, and the build says so).
   */
  languages?: Partial<Record<Lang, string>>;
}

/** The hreflang of each edition, as <link rel="alternate"> and the sitemap write it. */
export const HREFLANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** `{ zh: '/', en: '/en/' }` → `{ 'zh-CN': '/', en: '/en/' }`, or undefined unless both editions have the page. */
export function hreflangAlternates(languages: Partial<Record<Lang, string>> | undefined): Record<string, string> | undefined {
  if (!languages || Object.keys(languages).length < 2) return undefined;
  return Object.fromEntries(Object.entries(languages).map(([lang, path]) => [HREFLANG[lang as Lang], path]));
}

const HOME_IMAGE = { path: ogImagePath({ kind: 'home' }), alt: `${SITE_NAME}：一步一步点给你看的微信和 QQ 实名认证图解` };
const EN_HOME_IMAGE = { path: ogImagePath({ kind: 'en-home' }), alt: `${SITE_NAME}: WeChat Pay for visitors, tapped through step by step` };

export function pageMetadata(page: PageInfo): Metadata {
  const origin = publicOrigin();
  const canonical = page.canonical ?? page.path;
  const image = page.image ?? (page.lang === 'en' ? EN_HOME_IMAGE : HOME_IMAGE);
  const languages = hreflangAlternates(page.languages);
  const shared = { title: page.title, description: page.description };
  const icons = iconLinks();
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    ...(origin ? { metadataBase: new URL(origin) } : {}),
    ...(page.noindex ? { robots: { index: false, follow: true } } : {}),
    // Next resolves a relative canonical or alternate against http://localhost:3000 when there
    // is no metadataBase, so without an origin they go out as plain <link>s (icons are the one
    // kind of link Next writes as given, passing on their other attributes).
    ...(origin
      ? { alternates: { canonical, ...(languages ? { languages } : {}) }, icons }
      : {
          icons: {
            ...icons,
            other: [
              { rel: 'canonical', url: canonical },
              ...Object.entries(languages ?? {}).map(
                ([hrefLang, url]) => ({ rel: 'alternate', url, hrefLang }) as { rel: string; url: string },
              ),
            ],
          },
        }),
    openGraph: {
      ...shared,
      type: page.type ?? 'website',
      siteName: SITE_NAME,
      locale: page.lang === 'en' ? 'en_US' : 'zh_CN',
      ...(origin ? { url: page.path, images: [{ url: image.path, ...OG_IMAGE_SIZE, alt: image.alt, type: 'image/png' }] } : {}),
    },
    twitter: origin
      ? { card: 'summary_large_image', ...shared, images: [{ url: image.path, alt: image.alt }] }
      : { card: 'summary', ...shared },
  };
}

/** The layout's defaults, for a page that sets nothing of its own (the not-found page). */
export function siteMetadata(lang: Lang = 'zh'): Metadata {
  const origin = publicOrigin();
  return {
    title: { default: lang === 'en' ? SITE_TITLE_EN : SITE_TITLE, template: `%s · ${SITE_NAME}` },
    description: lang === 'en' ? SITE_DESCRIPTION_EN : SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    referrer: 'strict-origin-when-cross-origin',
    ...(origin ? { metadataBase: new URL(origin) } : {}),
    icons: iconLinks(),
  };
}

/** The pages that are not a guide or a step. */
export const SITE_PAGES = {
  home: { path: '/', title: SITE_TITLE, absoluteTitle: true, description: SITE_DESCRIPTION, languages: { zh: '/', en: '/en/' } },
  'en-home': {
    path: '/en/',
    title: SITE_TITLE_EN,
    absoluteTitle: true,
    description: SITE_DESCRIPTION_EN,
    lang: 'en',
    languages: { zh: '/', en: '/en/' },
  },
  'en-guides': {
    path: '/en/guides/',
    title: 'All guides',
    description:
      'Every English guide: WeChat Pay for visitors, passport verification, ID Info, and residents of Hong Kong, Macao and Taiwan.',
    lang: 'en',
  },
  'en-steps': {
    path: '/en/steps/',
    title: 'Every step (for helpers)',
    description: 'Every step of every English guide: find it, copy its link or show its QR code, and the reader opens exactly that step.',
    lang: 'en',
    languages: { zh: '/steps/', en: '/en/steps/' },
  },
  steps: {
    languages: { zh: '/steps/', en: '/en/steps/' },
    path: '/steps/',
    title: '全部步骤（给客服）',
    description: '每篇教程、每个版本的每一步：找到它，复制链接或出示二维码，客户一点就打开这一步。',
  },
  screens: {
    path: '/screens/',
    title: '画面库（给编辑用）',
    description: '所有示意画面，iOS 和安卓两种外观，标出每个可点元素的 id。',
    noindex: true,
  },
  editors: {
    path: '/editors/',
    title: '读者怎么说（给编辑用）',
    description: '读者对每一步的回答、真机核对、要重新核对的版本。需要编辑令牌。',
    noindex: true,
  },
  'bench-baseline': {
    path: '/bench-baseline/',
    title: '性能基准页',
    description: 'npm run bench 的基准：同一套站点外壳里一个没有任何客户端组件的页面，用来衡量其它页面比它多花了多少。',
    noindex: true,
  },
} satisfies Record<string, PageInfo>;

export type SitePage = keyof typeof SITE_PAGES;

export const sitePageMetadata = (page: SitePage): Metadata => pageMetadata(SITE_PAGES[page]);
