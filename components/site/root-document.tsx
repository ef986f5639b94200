import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/site/content-problems';
import { ContentReload } from '@/components/site/content-reload';
import { SiteFooter, SiteHeader } from '@/components/site/site-chrome';
import { TextSizeScript } from '@/components/site/text-size-script';
import { HTML_LANG, type Lang } from '@/lib/shared/constants';
import { DictProvider } from '@/lib/shared/i18n/context.client';
import { dictFor } from '@/lib/shared/i18n';
import { clientDict } from '@/lib/shared/i18n/client-dict';

/**
 * The whole document of one edition's pages: each edition is a root layout of its own
 * (app/(zh)/layout.tsx, app/(en)/layout.tsx), so `<html lang>` is right in the HTML itself —
 * for screen readers, the browser's voices and Pagefind, which indexes each language apart. The
 * edition's dictionary reaches client components through <DictProvider>, as data.
 */
export function RootDocument({
  lang,
  problems,
  children,
}: {
  lang: Lang;
  problems?: { count: number; report: string };
  children: ReactNode;
}) {
  const dev = process.env.NODE_ENV === 'development';
  const t = dictFor(lang);
  return (
    // The text-size script sets data-text-size on <html> before React hydrates it.
    <html lang={HTML_LANG[lang]} suppressHydrationWarning>
      <body className="min-h-dvh font-sans antialiased">
        <TextSizeScript />
        {/* Offline reading (public/sw-register.js); the notice shows while <html data-offline> is set. */}
        {!dev && <script src="/sw-register.js" defer />}
        <p className="tg-offline-notice" role="status">
          {t.offline}
        </p>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2"
        >
          {t.skipToMain}
        </a>
        <DictProvider dict={clientDict(t)}>
          <SiteHeader lang={lang} />
          <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-16">
            {children}
          </main>
          <SiteFooter lang={lang} />
        </DictProvider>
        {problems && problems.count > 0 && <ContentProblems {...problems} />}
        {dev && process.env.CONTENT_RELOAD_PORT && <ContentReload port={Number(process.env.CONTENT_RELOAD_PORT)} />}
      </body>
    </html>
  );
}
