import Link from 'next/link';
import { EDITION_PREFIX, HTML_LANG, type Lang } from '@/lib/shared/constants';
import { dictFor } from '@/lib/shared/i18n';
import { SearchBox } from './search-box.client';
import { TextSizeControl } from './text-size.client';

const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

/** The other edition's home, in that edition's own words and language (中文 ↔ English). */
function EditionSwitch({ lang, className = '' }: { lang: Lang; className?: string }) {
  const t = dictFor(lang);
  const other = OTHER[lang];
  return (
    // A plain link: the other edition is another root layout, which Next loads as a full page anyway.
    <a
      href={`${EDITION_PREFIX[other]}/`}
      lang={HTML_LANG[other]}
      hrefLang={HTML_LANG[other]}
      className={`shrink-0 rounded-lg py-2.5 text-sm font-medium text-emerald-800 underline underline-offset-2 ${className}`}
      data-edition-switch={other}
    >
      {t.otherEdition}
    </a>
  );
}

export function SiteHeader({ lang = 'zh' }: { lang?: Lang }) {
  const t = dictFor(lang);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex h-12 max-w-6xl items-center gap-2 px-4">
        <Link href={`${EDITION_PREFIX[lang]}/`} className="flex shrink-0 items-center gap-2 font-bold text-stone-900">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-lg bg-emerald-700 text-sm text-white">
            {t.logoMark}
          </span>
          Tapguide
        </Link>
        <span className="hidden truncate text-sm text-stone-600 md:inline">{t.headerTagline}</span>
        <div className="only-js ml-auto flex min-w-0 flex-1 items-center justify-end gap-2" data-pagefind-ignore="">
          <SearchBox />
          <TextSizeControl />
        </div>
        {/* On a phone the header keeps its room for the search box: the switch is in the footer (and on the pages that have a counterpart). */}
        <div data-pagefind-ignore="" className="ml-auto hidden shrink-0 sm:block">
          <EditionSwitch lang={lang} className="px-2" />
        </div>
      </div>
    </header>
  );
}

export function SiteFooter({ lang = 'zh' }: { lang?: Lang }) {
  const t = dictFor(lang);
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-stone-600">
        <p>{t.footerUnofficial}</p>
        <p>{t.footerPrivacy}</p>
        <p data-pagefind-ignore="">
          <EditionSwitch lang={lang} className="inline-block" />
        </p>
        <p>
          {t.footerForSupport}
          {/* Plain links: a <Link> would prefetch these big pages' payloads on every page (scripts/prune-rsc.ts). */}
          <a href={`${EDITION_PREFIX[lang]}/steps/`} className="underline underline-offset-2">
            {t.footerSteps}
          </a>
          {lang === 'zh' && (
            <>
              <span aria-hidden="true"> · </span>
              {t.footerForEditors}
              <a href="/screens/" className="underline underline-offset-2">
                {t.footerScreens}
              </a>
            </>
          )}
        </p>
      </div>
    </footer>
  );
}
