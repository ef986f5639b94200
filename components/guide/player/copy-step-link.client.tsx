'use client';

import { CopyButton } from '@/components/site/copy-button.client';
import { QrButton } from '@/components/site/qr-button.client';
import { useDict } from '@/lib/shared/i18n/context.client';
import { siteOrigin, stepLink } from '@/lib/shared/links';
import { stepPageTitle } from '@/lib/shared/titles';
import { variantLabel } from '@/lib/shared/variants';
import { useGuide } from '../state/guide-state.client';

/**
 * “复制这一步的链接”: the absolute link of the step's own page, on the reader's version and OS.
 * `qr` (the phone's toolbar, which always shows the current step) adds its QR code. Drawn from
 * the first paint, so nothing shifts when the page wakes up; hidden without JavaScript.
 */
export function CopyStepLink({ step, qr = false, className }: { step: string; qr?: boolean; className?: string }) {
  const { meta, state, step: current, route } = useGuide();
  const t = useDict();
  const url = stepLink(siteOrigin(), { slug: meta.slug, variant: state.variant, os: state.os, step, lang: meta.lang });
  return (
    <span className="only-js inline-flex items-center gap-2">
      <CopyButton text={url} label={t.copyLink} name={t.copyStepLink} className={className} />
      {qr && (
        <QrButton
          className={className}
          url={url}
          title={stepPageTitle(
            {
              index: route.index,
              step: current.title,
              guide: meta.title,
              app: meta.app,
              variant: variantLabel(meta.variants, state.variant),
              os: state.os,
            },
            t,
          )}
        />
      )}
    </span>
  );
}
