import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BrokenGuide } from '@/components/guide/broken-guide';
import { GuidePage } from '@/components/guide/guide-page';
import path from 'node:path';
import { lastUpdated } from '@/lib/content/last-updated';
import { getContent, getGuide } from '@/lib/content/load-content';

export const dynamicParams = false;

export function generateStaticParams() {
  // A build only has guides that passed the check; `next dev` keeps a broken guide's page too,
  // so it can say what is wrong and come back when the file is fixed.
  return getContent().slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return { title: guide.frontmatter.title, description: guide.frontmatter.summary, alternates: { canonical: `/guides/${guide.slug}/` } };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const guide = getGuide(slug);
  if (!guide && getContent().slugs.includes(slug)) return <BrokenGuide slug={slug} />;
  if (!guide) notFound();
  return <GuidePage guide={guide} screens={getContent().screens} updated={lastUpdated(path.resolve(guide.file))} />;
}
