'use client';

import { useState } from 'react';
import { loadTextsPage, type StepRef, type StepView } from './editors-api';

type Text = StepView['texts'][number];

/**
 * What readers wrote about a step since it last changed: the summary's first texts, and, when it
 * counted more, a button that reads the rest page by page from the service (GET /api/reports/texts).
 */
export function StepTexts({ at, first, more }: { at: StepRef; first: Text[]; more: number }) {
  const [texts, setTexts] = useState(first);
  const [next, setNext] = useState<string | null | undefined>(undefined); // undefined: no page read yet
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const paged = next !== undefined;
  const left = paged ? next !== null : more > 0;

  const loadMore = async () => {
    setState('loading');
    const page = await loadTextsPage(at, paged ? next : null);
    if (!page) return setState('failed');
    const current = page.texts.filter((t) => t.current);
    // The first page starts again from the top: it replaces the summary's list, which it contains.
    setTexts((shown) => (paged ? [...shown, ...current] : current));
    setNext(page.next);
    setState('idle');
  };

  return (
    <>
      {texts.length > 0 && (
        <ul className="mt-1 space-y-0.5" aria-label="读者写的">
          {texts.map((t) => (
            <li key={t.text}>
              “<bdi>{t.text}</bdi>”
              <span className="text-stone-600">
                {' '}
                × {t.count}（最近 {t.last}）
              </span>
            </li>
          ))}
        </ul>
      )}
      {left && (
        <p className="mt-1">
          <button
            type="button"
            onClick={loadMore}
            disabled={state === 'loading'}
            className="min-h-11 rounded-lg border border-stone-300 px-3 text-sm text-stone-900 hover:bg-stone-100"
            data-more-texts
          >
            {state === 'loading' ? '正在读取…' : paged ? '再显示 50 条' : `还有 ${more} 条写的话，显示更多`}
          </button>
          {state === 'failed' && (
            <span role="status" className="ml-2 text-red-800">
              没读到：请检查网络或重新登录。
            </span>
          )}
        </p>
      )}
    </>
  );
}
