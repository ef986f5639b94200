import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import path from 'node:path';
import { AliasRedirect } from '@/components/guide/alias-redirect';
import { StepPage } from '@/components/guide/step-page';
import { lastUpdated } from '@/lib/content/last-updated';
import { findStepPage, pagesOf } from '@/lib/content/step-page-index';
import { getContent } from '@/lib/content/load-content';
import { aliasPages } from '@/lib/content/step-pages';
import { stepPageTitle } from '@/lib/step-link';

type Params = { slug: string; variant: string; os: string; step: string };

export const dynamicParams = false;

/** Every step of every variant on both OSes, and the old ids kept as aliases (redirect pages). */
export function generateStaticParams(): Params[] {
  return getContent().guides.flatMap((guide) => {
    const pages = pagesOf(guide);
    return [...pages, ...aliasPages(pages, guide.frontmatter.aliases).map((a) => ({ ...a.to, step: a.from }))].map(({ slug, variant, os, step }) => ({ slug, variant, os, step }));
  });
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = findStepPage(await params);
  if (!found) return {};
  const { guide, page, alias } = found;
  const fm = guide.frontmatter;
  const title = stepPageTitle({ index: page.index, step: page.title, guide: fm.title, app: fm.app, variant: fm.variants.find((v) => v.id === page.variant)!.label, os: page.os });
  if (alias) return { title, robots: { index: false }, alternates: { canonical: page.path } };
  const text = guide.stepText[page.step];
  const description = `第 ${page.index} / ${page.total} 步。${text ? `${text.length > 90 ? `${text.slice(0, 90)}…` : text}` : fm.summary}`;
  return {
    title,
    description,
    alternates: { canonical: `/guides/${guide.slug}/` },
    openGraph: { type: 'article', title, description, url: page.path, siteName: 'Tapguide', locale: 'zh_CN' },
  };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const found = findStepPage(await params);
  if (!found) notFound();
  const { guide, page, alias } = found;
  if (alias) return <AliasRedirect to={page.path} title={`第 ${page.index} 步：${page.title}`} />;
  return <StepPage guide={guide} page={page} screens={getContent().screens} updated={lastUpdated(path.resolve(guide.file))} />;
}
