'use client';

import { Children, isValidElement, useDeferredValue, useId, useState, type ReactNode } from 'react';

/**
 * The gallery's filter: every typed word must occur in a screen's name, labels, description or in
 * the guides and steps that use it. The cards are drawn on the server and passed in as children
 * (keyed by screen name); this only shows or hides them. Without JavaScript every card shows.
 */
export function GalleryFilter({ words, children }: { words: Record<string, string>; children: ReactNode }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const id = useId();
  const terms = deferred.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (name: string) => terms.every((t) => words[name]?.includes(t));
  const count = Object.keys(words).filter(shown).length;
  return (
    <>
      <div className="only-js sticky top-0 z-10 -mx-4 mt-3 space-y-1 border-b border-stone-200 bg-stone-50/95 px-4 py-3 backdrop-blur">
        <label htmlFor={id} className="text-sm font-medium text-stone-800">
          找画面（名字、画面上的字，或用到它的教程和步骤）
        </label>
        <input
          id={id}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="例如：钱包、身份信息、qq/、更换实名"
          className="block w-full rounded-xl border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900 placeholder:text-stone-500"
          autoComplete="off"
        />
        <p role="status" className="text-sm text-stone-700" data-gallery-count="">
          {terms.length ? `找到 ${count} 个画面` : `共 ${count} 个画面`}
        </p>
      </div>
      {Children.map(children, (child) =>
        isValidElement(child) && typeof child.key === 'string' && !shown(child.key) ? <div hidden>{child}</div> : child,
      )}
    </>
  );
}
