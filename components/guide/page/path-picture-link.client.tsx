'use client';

import { useDict } from '@/lib/shared/i18n/context.client';
import { pathImagePath } from '@/lib/shared/links';
import { useGuide } from '../state/guide-state.client';

/**
 * The long picture of the reader's version and OS, every step in one image (scripts/path-images.ts):
 * opened, it can be long-pressed to save or to forward in a chat. Without JavaScript the link is
 * the default version's (the server HTML's state).
 */
export function PathPictureLink() {
  const { meta, state } = useGuide();
  const t = useDict();
  return (
    <p className="text-[15px]">
      <a
        href={pathImagePath({ slug: meta.slug, variant: state.variant, os: state.os, lang: meta.lang })}
        className="font-medium text-emerald-800 underline underline-offset-2"
        data-path-picture=""
      >
        {t.pathPicture}
      </a>
      <span className="text-stone-700">{t.pathPictureRest}</span>
    </p>
  );
}
