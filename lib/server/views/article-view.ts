import 'server-only';
import path from 'node:path';
import type { Metadata } from 'next';
import type { Source } from '../../shared/types';
import { lastUpdated } from '../content/load/last-updated';
import type { Content, Page } from '../content/types';
import { pageMetadata } from './page-metadata';

/** A short page of the English edition (/en/<slug>/): its text, its sources, when it was last checked. */
export interface ArticleView {
  page: Page;
  sources: Source[];
  updated: string;
  metadata: Metadata;
}

export function articleView(content: Content, slug: string): ArticleView | undefined {
  const page = content.en.pages.find((p) => p.slug === slug);
  if (!page) return undefined;
  const fm = page.frontmatter;
  return {
    page,
    sources: fm.sources.flatMap((id) => (content.register.sources[id] ? [content.register.sources[id]] : [])),
    updated: fm.updated ?? lastUpdated(path.resolve(page.file)),
    metadata: pageMetadata({ path: `/en/${page.slug}/`, title: fm.title, description: fm.summary, type: 'article', lang: 'en' }),
  };
}
