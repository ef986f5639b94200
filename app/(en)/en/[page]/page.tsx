import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/site/article-page';
import { enPageParams, getEnPageView } from '@/lib/server/source';

type Props = { params: Promise<{ page: string }> };

/** A short page of the English edition (content/en/pages/<slug>.mdx): text and sources, no phone. */
export const dynamicParams = false;
export const generateStaticParams = enPageParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return getEnPageView((await params).page)?.metadata ?? {};
}

export default async function Page({ params }: Props) {
  const view = getEnPageView((await params).page);
  if (!view) notFound();
  return <ArticlePage view={view} />;
}
