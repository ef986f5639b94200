import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuidePage } from '@/components/guide/page/guide-page';
import { getGuideView, getVersionParams } from '@/lib/server/source';

type Props = { params: Promise<{ slug: string; variant: string }> };

/** A version's own guide page (any version but the first, whose page is the guide's): complete without JavaScript. */
export const dynamicParams = false;
export const generateStaticParams = getVersionParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, variant } = await params;
  return getGuideView(slug, variant)?.metadata ?? {};
}

export default async function Page({ params }: Props) {
  const { slug, variant } = await params;
  const view = getGuideView(slug, variant);
  if (!view) notFound();
  return <GuidePage view={view} />;
}
