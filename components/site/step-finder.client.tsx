'use client';

import { useDeferredValue, useId, useState } from 'react';
import { OS_VALUES, type Os } from '@/lib/shared/constants';
import { useDict } from '@/lib/shared/i18n/context.client';
import { format, osName } from '@/lib/shared/i18n/format';
import type { StepRow } from '@/lib/shared/types';
import { guideStatePath, siteOrigin, stepLink, stepPagePath } from '@/lib/shared/links';
import { Segmented } from '@/components/ui/segmented';
import { CopyButton } from './copy-button.client';
import { QrButton } from './qr-button.client';

/** Every query word must appear (as typed: Chinese labels are matched as substrings). */
function matches(row: StepRow, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => row.words.includes(w));
}

/**
 * /steps/: a filter box and the customer's OS over every step of every guide and variant. Each
 * row opens the step's page, copies its link, shows its QR code, or opens it in the whole guide.
 * Without JavaScript the list is all there, with the iPhone links.
 */
export function StepFinder({ rows }: { rows: StepRow[] }) {
  const [query, setQuery] = useState('');
  const [os, setOs] = useState<Os>('ios');
  const deferred = useDeferredValue(query);
  const shown = rows.filter((r) => r.os.includes(os) && matches(r, deferred));
  const guides = [...new Set(shown.map((r) => r.slug))];
  const inputId = useId();
  const t = useDict();

  return (
    <div className="mt-5">
      <div className="only-js sticky top-0 z-10 -mx-4 space-y-3 border-b border-stone-200 bg-stone-50/95 px-4 py-3 backdrop-blur">
        <div>
          <label htmlFor={inputId} className="text-sm font-medium text-stone-800">
            {t.findStep}
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t.findStepPlaceholder}
            className="mt-1 block w-full rounded-xl border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900 placeholder:text-stone-500"
            autoComplete="off"
            enterKeyHint="search"
          />
        </div>
        <div className="flex items-center gap-3">
          <span id={`${inputId}-os`} className="shrink-0 text-sm font-medium text-stone-700">
            {t.customerPhone}
          </span>
          <Segmented
            name="steps-os"
            labelledBy={`${inputId}-os`}
            value={os}
            options={OS_VALUES.map((o) => ({ value: o, label: osName(t, o) }))}
            onValueChange={setOs}
          />
        </div>
        <p role="status" className="text-sm text-stone-700" data-count="">
          {shown.length
            ? deferred.trim()
              ? format(t.stepsFound, { n: shown.length })
              : format(t.stepsAll, { n: shown.length })
            : format(t.stepsNone, { term: deferred.trim() })}
        </p>
      </div>
      {guides.map((slug) => {
        const list = shown.filter((r) => r.slug === slug);
        return (
          <section key={slug} aria-labelledby={`steps-${slug}`} className="mt-6">
            <h2 id={`steps-${slug}`} className="text-lg font-semibold text-stone-900">
              {list[0]!.guide}
            </h2>
            <ul className="mt-2 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
              {list.map((r) => {
                const at = { slug: r.slug, variant: r.variant, os, step: r.step, lang: r.lang };
                const name = format(t.stepRowName, { n: r.index, title: r.title, app: r.app, variant: r.variantLabel });
                return (
                  <li
                    key={`${r.variant} ${r.step}`}
                    className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3"
                    data-step-row={`${r.variant}/${r.step}`}
                  >
                    <div className="min-w-0 flex-1 basis-56">
                      {r.via && (
                        <p className="text-sm font-medium text-emerald-800" data-via="">
                          {format(t.afterChoosing, { label: r.via })}
                        </p>
                      )}
                      <a href={stepPagePath(at)} className="inline-block py-0.5 font-medium text-stone-900 underline underline-offset-2">
                        {format(t.stepTitle, { index: r.index, step: r.title })}
                      </a>
                      <p className="text-sm text-stone-600">
                        {r.app} {r.variantLabel} ·{' '}
                        <a
                          href={guideStatePath({ ...at, firstVariant: r.firstVariant })}
                          className="inline-block py-0.5 text-emerald-800 underline underline-offset-2"
                        >
                          {t.seeInGuideShort}
                        </a>
                      </p>
                    </div>
                    <div className="only-js flex items-center gap-2">
                      <CopyButton text={stepLink(siteOrigin(), at)} label={t.copyLink} name={format(t.copyLinkOf, { name })} />
                      <QrButton url={stepLink(siteOrigin(), at)} title={name} name={format(t.qrOf, { url: name })} />
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
