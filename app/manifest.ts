import type { MetadataRoute } from 'next';
import { getManifest } from '@/lib/server/source';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return getManifest();
}
