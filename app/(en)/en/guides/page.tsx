import type { Metadata } from 'next';
import { EnGuideList } from '@/components/site/en-home-page';
import { getEnHomeView, getPageMetadata } from '@/lib/server/source';

export const metadata: Metadata = getPageMetadata('en-guides');

export default function EnglishGuides() {
  return (
    <div className="mx-auto max-w-3xl py-2">
      <EnGuideList view={getEnHomeView()} headingLevel={1} />
    </div>
  );
}
