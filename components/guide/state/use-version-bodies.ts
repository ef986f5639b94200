'use client';

import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { GuideMeta } from '@/lib/shared/types';
import { renderBody, type BodyNode } from '../article/step-body';

type Bodies = Record<string, BodyNode>;

/**
 * The reader's version's steps' text. The page carries one version's (its HTML and payload stay
 * small: issue 21); when the reader is on another, its text comes from
 * /guides/<slug>/<variant>/steps.json (app/guides/[slug]/[variant]/steps.json/route.ts), once. Until
 * it arrives the steps the versions share show the page's text, and the others say they are loading.
 */
export function useVersionBodies(meta: GuideMeta, inline: Bodies, variant: string, ready: boolean) {
  const own = meta.page?.variant ?? meta.inline ?? meta.variants[0]!.id;
  const [loaded, setLoaded] = useState<Record<string, Bodies | 'failed'>>({});
  const got = variant === own ? inline : loaded[variant];

  useEffect(() => {
    // A step page changes version by opening the guide page (GuideProvider's choose).
    if (!ready || meta.page || variant === own || loaded[variant]) return;
    let gone = false;
    fetch(`/guides/${meta.slug}/${variant}/steps.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Bodies>) : Promise.reject(new Error(String(r.status)))))
      .then(
        (b) => !gone && startTransition(() => setLoaded((l) => ({ ...l, [variant]: b }))),
        () => !gone && setLoaded((l) => ({ ...l, [variant]: 'failed' })),
      );
    return () => {
      gone = true;
    };
  }, [ready, meta, variant, own, loaded]);

  const shown = useMemo(() => {
    const json = got && got !== 'failed' ? got : inline;
    const out: Record<string, ReactNode> = {};
    for (const id in json) out[id] = renderBody(json[id]!);
    return out;
  }, [got, inline]);
  return { shown, failed: got === 'failed' };
}
