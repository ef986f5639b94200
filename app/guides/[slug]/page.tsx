import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuidePage } from '@/components/guide/guide-page';
import path from 'node:path';
import { lastUpdated } from '@/lib/content/last-updated';
import { getContent, getGuide } from '@/lib/content/load-content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().guides.map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return { title: guide.frontmatter.title, description: guide.frontmatter.summary, alternates: { canonical: `/guides/${guide.slug}/` } };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  return <GuidePage guide={guide} screens={getContent().screens} updated={lastUpdated(path.resolve(guide.file))} />;
}
