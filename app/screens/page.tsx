import type { Metadata } from 'next';
import { ScreenGallery } from '@/components/site/screen-gallery';
import { getScreenGallery } from '@/lib/server/source';

export const metadata: Metadata = {
  title: '画面库（给编辑用）',
  description: '所有示意画面，iOS 和安卓两种外观，标出每个可点元素的 id。',
  robots: { index: false },
};

export default function ScreensPage() {
  return <ScreenGallery screens={getScreenGallery()} />;
}
