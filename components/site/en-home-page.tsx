import Link from 'next/link';
import type { EnHomeView } from '@/lib/server/source';
import { en } from '@/lib/shared/i18n/en';
import { confidenceName, format } from '@/lib/shared/i18n/format';
import { SafetyLine } from './safety-line';
import { SearchBox } from './search-box.client';

/** The English guides and short pages, as the English home and /en/guides/ list them. */
export function EnGuideList({ view, headingLevel = 2 }: { view: EnHomeView; headingLevel?: 1 | 2 }) {
  const H = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <>
      <section aria-labelledby="en-guides" className="mt-8">
        <H id="en-guides" className={headingLevel === 1 ? 'text-2xl font-bold text-stone-900' : 'text-xl font-semibold text-stone-900'}>
          Guides
        </H>
        <ul className="mt-3 grid gap-3">
          {view.guides.map((g) => (
            <li key={g.slug}>
              <Link
                href={`/en/guides/${g.slug}/`}
                className="block rounded-2xl border border-stone-200 bg-white p-4 hover:border-emerald-600"
              >
                <span className="text-lg font-semibold text-emerald-900">{g.title}</span>
                <span className="mt-1 block text-stone-700">{g.summary}</span>
                <span className="mt-2 block text-sm text-stone-600">
                  iPhone / Android · {format(en.confidenceIs, { level: confidenceName(en, g.confidence) })}
                  {g.checked ? '' : ` · ${en.notChecked}`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {view.pages.length > 0 && (
        <section aria-labelledby="en-pages" className="mt-8">
          <h2 id="en-pages" className="text-xl font-semibold text-stone-900">
            Good to know
          </h2>
          <ul className="mt-3 grid gap-3">
            {view.pages.map((p) => (
              <li key={p.slug}>
                <a href={`/en/${p.slug}/`} className="block rounded-2xl border border-stone-200 bg-white p-4 hover:border-emerald-600">
                  <span className="text-lg font-semibold text-emerald-900">{p.title}</span>
                  <span className="mt-1 block text-stone-700">{p.summary}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The English edition's home (/en/): what the site is, search, every guide, and the Chinese edition. */
export function EnHomePage({ view }: { view: EnHomeView }) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">WeChat Pay for visitors to China, tapped through step by step</h1>
      <p className="mt-3 text-stone-700">
        Each guide comes with a drawn phone in WeChat’s English interface: tap the highlighted place and it turns to the next screen, as the
        real app does. Every step says which sources it rests on and how sure we are.
      </p>
      <div className="only-js mt-4">
        <SearchBox big />
      </div>
      <SafetyLine t={en} className="mt-4" />
      <EnGuideList view={view} />
      {view.chinese && (
        <p className="mt-8 text-[15px] text-stone-700" data-counterpart="zh">
          In Chinese:{' '}
          <a href={view.chinese.href} lang="zh-CN" hrefLang="zh-CN" className="font-medium text-emerald-800 underline underline-offset-2">
            {view.chinese.title}
          </a>{' '}
          (
          <Link href="/" lang="zh-CN" hrefLang="zh-CN" className="underline underline-offset-2">
            中文版
          </Link>
          )
        </p>
      )}
    </div>
  );
}
