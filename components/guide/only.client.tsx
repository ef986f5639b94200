'use client';

import type { ReactNode } from 'react';
import { parseVariants, type Os } from '@/lib/content/constants';
import { useGuide } from './guide-state.client';
import { ScopeBadge } from './scope-badge';

/**
 * Shown only without JavaScript. CSS hides it from the first paint where scripting is on
 * (`@media (scripting: enabled)`), and React hides it after hydration for browsers without that query.
 */
export function NoJsOnly({ children, className, searchable = true }: { children: ReactNode; className?: string; searchable?: boolean }) {
  const { ready } = useGuide();
  return (
    <div className={`only-nojs ${className ?? ''}`} hidden={ready} data-pagefind-ignore={searchable ? undefined : ''}>
      {children}
    </div>
  );
}

/**
 * Text for some variants or one OS. Without JavaScript every variant's text is in the page
 * with a badge naming where it applies; with it, only the reader's variant is shown.
 */
export function Only({ variants, os, children }: { variants?: string; os?: Os; children: ReactNode }) {
  const { applies, ready, meta } = useGuide();
  const scope = { variants: parseVariants(variants), os };
  const inScope = applies(scope);
  return (
    <div className={!ready && !inScope ? 'only-nojs' : undefined} hidden={ready && !inScope}>
      <NoJsOnly searchable={false}>
        <ScopeBadge {...scope} all={meta.variants} />
      </NoJsOnly>
      {children}
    </div>
  );
}
