'use client';

import { useDeferredValue, useId, useState } from 'react';
import { OS_LABEL, OS_VALUES, type Os } from '@/lib/shared/constants';
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

  return (
    <div className="mt-5">
      <div className="only-js sticky top-0 z-10 -mx-4 space-y-3 border-b border-stone-200 bg-stone-50/95 px-4 py-3 backdrop-blur">
        <div>
          <label htmlFor={inputId} className="text-sm font-medium text-stone-800">
            找步骤（输入界面上的字）
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="例如：服务、身份信息、银行卡"
            className="mt-1 block w-full rounded-xl border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900 placeholder:text-stone-500"
            autoComplete="off"
            enterKeyHint="search"
          />
        </div>
        <div className="flex items-center gap-3">
          <span id={`${inputId}-os`} className="shrink-0 text-sm font-medium text-stone-700">
            客户的手机
          </span>
          <Segmented
            name="steps-os"
            labelledBy={`${inputId}-os`}
            value={os}
            options={OS_VALUES.map((o) => ({ value: o, label: OS_LABEL[o] }))}
            onValueChange={setOs}
          />
        </div>
        <p role="status" className="text-sm text-stone-700" data-count="">
          {shown.length
            ? deferred.trim()
              ? `找到 ${shown.length} 步`
              : `共 ${shown.length} 步`
            : `没有找到“${deferred.trim()}”。试试更短的词，比如“实名”“钱包”“服务”，或者换个手机系统。`}
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
                const at = { slug: r.slug, variant: r.variant, os, step: r.step };
                const name = `第 ${r.index} 步：${r.title}（${r.app} ${r.variantLabel}）`;
                return (
                  <li
                    key={`${r.variant} ${r.step}`}
                    className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3"
                    data-step-row={`${r.variant}/${r.step}`}
                  >
                    <div className="min-w-0 flex-1 basis-56">
                      {r.via && (
                        <p className="text-sm font-medium text-emerald-800" data-via="">
                          选“{r.via}”之后
                        </p>
                      )}
                      <a href={stepPagePath(at)} className="inline-block py-0.5 font-medium text-stone-900 underline underline-offset-2">
                        第 {r.index} 步：{r.title}
                      </a>
                      <p className="text-sm text-stone-600">
                        {r.app} {r.variantLabel} ·{' '}
                        <a
                          href={guideStatePath({ ...at, firstVariant: r.firstVariant })}
                          className="inline-block py-0.5 text-emerald-800 underline underline-offset-2"
                        >
                          在教程里看
                        </a>
                      </p>
                    </div>
                    <div className="only-js flex items-center gap-2">
                      <CopyButton text={stepLink(siteOrigin(), at)} label="复制链接" name={`复制链接：${name}`} />
                      <QrButton url={stepLink(siteOrigin(), at)} title={name} name={`二维码：${name}`} />
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
