'use client';

import type { ReactNode } from 'react';
import { parseVariants, type Os } from '@/lib/shared/constants';
import { useDict } from '@/lib/shared/i18n/context.client';
import { useGuide } from '../state/guide-context';
import { ScopeBadge } from './scope-badge';

/**
 * Shown only without JavaScript: a `<noscript>`. With scripting on, the browser keeps its
 * contents as unparsed text, so the drawn screens of every step (most of a guide page's markup)
 * cost no DOM, no layout and no hydration. Left out of the search index: it repeats (scope badges,
 * drawn screens) what the article says.
 */
export function NoJsOnly({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <noscript data-pagefind-ignore="">
      <div className={className}>{children}</div>
    </noscript>
  );
}

/**
 * Text for some variants or one OS. Without JavaScript every variant's text is in the page
 * with a badge naming where it applies; with it, only the reader's variant is shown.
 */
export function Only({ variants, os, children }: { variants?: string; os?: Os; children: ReactNode }) {
  const { applies, ready, meta } = useGuide();
  const t = useDict();
  const scope = { variants: parseVariants(variants), os };
  const inScope = applies(scope);
  return (
    <div className={!ready && !inScope ? 'only-nojs' : undefined} hidden={ready && !inScope}>
      <NoJsOnly>
        <ScopeBadge {...scope} all={meta.variants} t={t} />
      </NoJsOnly>
      {children}
    </div>
  );
}
