import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BrokenGuide } from '@/components/guide/page/broken-guide';
import { GuidePage } from '@/components/guide/page/guide-page';
import { enGuideParams, getEnGuideView, isBrokenEnGuide } from '@/lib/server/source';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export const generateStaticParams = enGuideParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return getEnGuideView((await params).slug)?.metadata ?? {};
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const view = getEnGuideView(slug);
  if (!view && isBrokenEnGuide(slug)) return <BrokenGuide slug={slug} />;
  if (!view) notFound();
  return <GuidePage view={view} />;
}
