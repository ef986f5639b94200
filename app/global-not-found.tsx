import type { Metadata } from 'next';
import { en } from '@/lib/shared/i18n/en';
import { zh } from '@/lib/shared/i18n/zh';
import './globals.css';

/**
 * The one page for addresses the site does not have (out/404.html): each edition has its own root
 * layout (app/(zh), app/(en)), so there is no single layout to build a 404 from. It says it in
 * Chinese and, marked lang="en", in English, with a way back to each edition's home.
 */
export const metadata: Metadata = { title: `${zh.notFoundTitle} · Page not found · Tapguide`, robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="min-h-dvh font-sans antialiased">
        <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
          <p className="text-5xl font-bold text-emerald-700">404</p>
          <h1 className="mt-4 text-2xl font-bold text-stone-900">{zh.notFoundTitle}</h1>
          <p className="mt-3 text-stone-700">{zh.notFoundText}</p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a 404 page loads no router: plain links */}
          <a href="/" className="tg-btn tg-btn-primary mt-6">
            {zh.notFoundHome}
          </a>
          <section lang="en" className="mt-10 border-t border-stone-200 pt-6" data-not-found="en">
            <h2 className="text-xl font-bold text-stone-900">{en.notFoundTitle}</h2>
            <p className="mt-2 text-stone-700">{en.notFoundText}</p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/en/" className="tg-btn mt-4">
              English edition: home
            </a>
          </section>
        </main>
      </body>
    </html>
  );
}
