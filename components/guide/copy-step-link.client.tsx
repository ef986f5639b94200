'use client';

import { CopyButton } from '@/components/site/copy-button.client';
import { siteOrigin, stepLink } from '@/lib/step-link';
import { useGuide } from './guide-state.client';

/**
 * “复制这一步的链接”: the absolute link that opens this step, on the reader's version and OS.
 * Drawn from the first paint (so nothing shifts when the page wakes up); hidden without JavaScript.
 */
export function CopyStepLink({ step, className }: { step: string; className?: string }) {
  const { meta, state } = useGuide();
  const url = stepLink(siteOrigin(), { slug: meta.slug, variant: state.variant, os: state.os, step });
  return (
    <span className="only-js">
      <CopyButton text={url} label="复制这一步的链接" className={className} />
    </span>
  );
}
