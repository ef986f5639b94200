import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuidePage } from '@/components/guide/page/guide-page';
import { getEnGuideView, getEnVersionParams } from '@/lib/server/source';

type Props = { params: Promise<{ slug: string; variant: string }> };

/** An English guide's version page (any version but the first): complete without JavaScript. */
export const dynamicParams = false;
export const generateStaticParams = getEnVersionParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, variant } = await params;
  return getEnGuideView(slug, variant)?.metadata ?? {};
}

export default async function Page({ params }: Props) {
  const { slug, variant } = await params;
  const view = getEnGuideView(slug, variant);
  if (!view) notFound();
  return <GuidePage view={view} />;
}
