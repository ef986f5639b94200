import type { Metadata } from 'next';
import { HomePage } from '@/components/site/home-page';
import { getHomeView, getPageMetadata } from '@/lib/server/source';

export const metadata: Metadata = getPageMetadata('home');

export default function Home() {
  return <HomePage view={getHomeView()} />;
}
