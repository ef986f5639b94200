import type { Metadata } from 'next';
import { EnHomePage } from '@/components/site/en-home-page';
import { getEnHomeView, getPageMetadata } from '@/lib/server/source';

export const metadata: Metadata = getPageMetadata('en-home');

export default function EnglishHome() {
  return <EnHomePage view={getEnHomeView()} />;
}
