'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { format } from '@/lib/shared/i18n/format';
import { useDict } from '@/lib/shared/i18n/context.client';
import { excerptParts, stepAnchor } from '@/lib/shared/search-excerpt';

interface Hit {
  url: string;
  title: string;
  excerpt: string;
  steps: { url: string; title: string }[];
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (q: string, o?: unknown, ms?: number) => Promise<{ results: { data: () => Promise<PagefindData> }[] } | null>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { url: string; title: string }[];
}

let loading: Promise<Pagefind | undefined> | undefined;
/** Pagefind's own script, from the export (out/pagefind/), loaded the first time someone searches. */
function loadPagefind(lang: string): Promise<Pagefind | undefined> {
  // Each edition has its own index (scripts/search-index.ts); a page loads its own edition's only.
  const url = lang === 'en' ? '/en/pagefind/pagefind.js' : '/pagefind/pagefind.js';
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)
    .then(async (pf: Pagefind) => {
      // The English bundle lives under /en/: its pages' addresses are from the site's root all the same.
      await pf.options({ excerptLength: 24, baseUrl: '/' });
      return pf;
    })
    .catch(() => undefined);
  return loading;
}

/**
 * The search box (header and home page). Results list the guides that match and, under each,
 * the steps whose titles match, linking to `#<step>`. Nothing is sent anywhere: the index is
 * static files on this site, searched in the browser.
 */
export function SearchBox({ big = false }: { big?: boolean }) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<{ for: string; hits?: Hit[]; failed?: boolean }>({ for: '' });
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();
  const t = useDict();
  const term = query.trim();

  useEffect(() => {
    if (!term) return;
    let stale = false;
    (async () => {
      const pf = await loadPagefind(t.lang);
      if (!pf) return !stale && setState({ for: term, failed: true });
      const found = await pf.debouncedSearch(term, {}, 120);
      if (!found || stale) return; // a newer query superseded this one
      const all = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
      // A version's own page (/guides/<slug>/<variant>/) repeats the text the versions share: one hit per guide.
      const guideOf = (url: string) => /\/guides\/([^/]+)\//.exec(url)?.[1] ?? url;
      const data = all.filter((d, i) => all.findIndex((o) => guideOf(o.url) === guideOf(d.url)) === i);
      const hits = data.map((d) => ({
        url: d.url,
        title: d.meta.title ?? d.url,
        excerpt: d.excerpt,
        // Steps whose section matched; two versions' steps often share a title: show it once.
        steps: d.sub_results
          .filter((s, i, all) => s.url.includes('#') && s.title !== d.meta.title && all.findIndex((o) => o.title === s.title) === i)
          .slice(0, 3)
          .map((s) => ({ url: stepAnchor(s.url), title: s.title })),
      }));
      if (!stale) setState({ for: term, hits });
    })();
    return () => {
      stale = true;
    };
  }, [term, t.lang]);

  // Closes when focus or a tap goes elsewhere.
  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);

  const hits = state.for === term ? state.hits : undefined;
  const shown = open && term !== '';
  return (
    <div
      ref={root}
      role="search"
      aria-labelledby={`${id}-label`}
      className={`relative ${big ? 'w-full' : 'min-w-0 flex-1 sm:max-w-xs'}`}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      data-search=""
    >
      <label id={`${id}-label`} htmlFor={id} className={big ? 'mb-1 block text-sm font-medium text-stone-800' : 'sr-only'}>
        {big ? t.searchBig : t.searchSmall}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={big ? t.searchPlaceholderBig : t.searchPlaceholderSmall}
        autoComplete="off"
        enterKeyHint="search"
        aria-controls={shown ? `${id}-results` : undefined}
        onFocus={() => {
          void loadPagefind(t.lang);
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        className={`block w-full rounded-xl border border-stone-300 bg-white text-stone-900 placeholder:text-stone-500 ${big ? 'px-3 py-2.5 text-base' : 'h-9 px-3 text-[15px]'}`}
      />
      {shown && (
        <div
          id={`${id}-results`}
          // In the narrow header the panel spans the screen; elsewhere it hangs under the box.
          className={`z-30 max-h-[70vh] overflow-auto rounded-xl border border-stone-200 bg-white p-3 shadow-lg ${big ? 'absolute inset-x-0 top-full mt-1' : 'fixed inset-x-2 top-12 sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-1 sm:w-[26rem]'}`}
        >
          <p role="status" className="text-sm text-stone-700">
            {state.failed
              ? t.searchFailed
              : !hits
                ? t.searchBusy
                : hits.length
                  ? format(t.searchFound, { n: hits.length })
                  : format(t.searchNone, { term })}
          </p>
          {hits && hits.length > 0 && (
            <ul className="mt-2 space-y-3">
              {hits.map((h) => (
                <li key={h.url}>
                  <a href={h.url} className="font-semibold text-emerald-900 underline underline-offset-2">
                    {h.title}
                  </a>
                  <p className="mt-0.5 text-sm text-stone-700">
                    {excerptParts(h.excerpt).map((p, i) =>
                      p.mark ? (
                        <mark key={i} className="bg-amber-100 text-stone-900">
                          {p.text}
                        </mark>
                      ) : (
                        p.text
                      ),
                    )}
                  </p>
                  {h.steps.length > 0 && (
                    <ul className="mt-1 space-y-1 border-l-2 border-stone-200 pl-3 text-sm">
                      {h.steps.map((s) => (
                        <li key={s.url}>
                          <a href={s.url} className="text-stone-800 underline underline-offset-2">
                            {s.title}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          {hits && hits.length === 0 && (
            <div className="mt-2 text-sm">
              <p className="text-stone-700">{t.searchTry}</p>
              <div className="mt-2 flex flex-wrap gap-2">
                {t.searchSuggestions.split('|').map((s) => (
                  <button key={s} type="button" className="tg-btn-small" onClick={() => setQuery(s)}>
                    {s}
                  </button>
                ))}
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
