'use client';

import { CopyButton } from '@/components/site/copy-button.client';
import { QrButton } from '@/components/site/qr-button.client';
import { siteOrigin, stepLink, stepPageTitle } from '@/lib/step-link';
import { useGuide } from './guide-state.client';

/**
 * “复制这一步的链接”: the absolute link of the step's own page, on the reader's version and OS.
 * `qr` (the phone's toolbar, which always shows the current step) adds its QR code. Drawn from
 * the first paint, so nothing shifts when the page wakes up; hidden without JavaScript.
 */
export function CopyStepLink({ step, qr = false, className }: { step: string; qr?: boolean; className?: string }) {
  const { meta, state, step: current, index } = useGuide();
  const url = stepLink(siteOrigin(), { slug: meta.slug, variant: state.variant, os: state.os, step });
  const variant = meta.variants.find((v) => v.id === state.variant)?.label ?? state.variant;
  return (
    <span className="only-js inline-flex items-center gap-2">
      <CopyButton text={url} label="复制这一步的链接" className={className} />
      {qr && <QrButton url={url} title={stepPageTitle({ index, step: current.title, guide: meta.title, app: meta.app, variant, os: state.os })} />}
    </span>
  );
}
