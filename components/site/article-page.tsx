import Link from 'next/link';
import type { ReactNode } from 'react';
import { Callout } from '@/components/guide/article/callout';
import { Checklist } from '@/components/guide/article/checklist';
import { pageContent } from '@/components/guide/article/render-guide';
import { SourceLink } from '@/components/guide/page/source-link';
import type { ArticleView } from '@/lib/server/source';
import { en } from '@/lib/shared/i18n/en';
import { format, kindName } from '@/lib/shared/i18n/format';

const t = en;

/** A short page of the English edition (/en/<slug>/): its text and its sources; no phone. */
export async function ArticlePage({ view }: { view: ArticleView }) {
  const Content = await pageContent(view.page.source);
  const components = {
    Callout: (props: { type?: 'note' | 'safety' | 'unverified'; title?: string; children: ReactNode }) => <Callout {...props} t={t} />,
    Checklist: (props: { title?: string; children: ReactNode }) => <Checklist {...props} t={t} />,
    Zh: ({ children }: { children?: ReactNode }) => <span lang="zh-CN">{children}</span>,
    h2: ({ children }: { children?: ReactNode }) => <h2 className="mt-8 text-xl font-semibold text-stone-900">{children}</h2>,
    h3: ({ children }: { children?: ReactNode }) => <h3 className="mt-6 text-lg font-semibold text-stone-900">{children}</h3>,
    a: ({ href = '', children }: { href?: string; children?: ReactNode }) =>
      /^https?:/.test(href) ? (
        <a href={href} rel="nofollow noopener noreferrer">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      ),
  };
  const fm = view.page.frontmatter;
  return (
    <div className="mx-auto max-w-3xl py-6">
      <nav aria-label={t.breadcrumb} className="text-sm text-stone-600">
        <Link href="/en/" className="underline underline-offset-2">
          {t.home}
        </Link>{' '}
        › {fm.title}
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-stone-900" data-pagefind-body="">
        {fm.title}
      </h1>
      <p className="mt-2 text-stone-700">{fm.summary}</p>
      <p className="mt-1 text-sm text-stone-600">
        {t.updatedIs}
        <time dateTime={view.updated}>{view.updated}</time>
      </p>
      <article className="tg-prose mt-4 space-y-4" data-pagefind-body="">
        <Content components={components} />
      </article>
      <section id="sources" aria-labelledby="sources-title" className="mt-8 rounded-2xl border border-stone-200 bg-white p-4">
        <h2 id="sources-title" className="text-lg font-semibold text-stone-900">
          {format(t.sourcesHeading, { n: view.sources.length })}
        </h2>
        <ul className="mt-1 space-y-2 text-[15px]" data-sources="">
          {view.sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`}>
              <SourceLink source={s} t={t} />
              <span className="text-stone-600">
                {' ('}
                {kindName(t, s.kind)}
                {s.date ? `, ${s.date}` : ''})
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
