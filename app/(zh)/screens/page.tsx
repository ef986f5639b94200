import type { Metadata } from 'next';
import { ScreenGallery } from '@/components/site/screen-gallery';
import { getPageMetadata, getScreenGallery } from '@/lib/server/source';

export const metadata: Metadata = getPageMetadata('screens');

export default function ScreensPage() {
  return <ScreenGallery screens={getScreenGallery()} />;
}
