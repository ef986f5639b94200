import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentReload } from '@/components/site/content-reload';
import { TextSizeScript } from '@/components/site/text-size-script';
import { ContentProblems } from '@/components/site/content-problems';
import { SiteFooter, SiteHeader } from '@/components/site/site-chrome';
import { getProblemReport, getSiteMetadata } from '@/lib/server/source';
import './globals.css';

export const metadata: Metadata = getSiteMetadata();

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#fafaf9',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const dev = process.env.NODE_ENV === 'development';
  const problems = dev ? getProblemReport() : undefined;
  return (
    // The text-size script sets data-text-size on <html> before React hydrates it.
    <html lang="zh-CN" suppressHydrationWarning>
      <body className="min-h-dvh font-sans antialiased">
        <TextSizeScript />
        {/* Offline reading (public/sw-register.js); the notice shows while <html data-offline> is set. */}
        {!dev && <script src="/sw-register.js" defer />}
        <p className="tg-offline-notice" role="status">
          现在没有网络，显示的是你之前打开过的内容
        </p>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2"
        >
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-16">
          {children}
        </main>
        <SiteFooter />
        {problems && problems.count > 0 && <ContentProblems {...problems} />}
        {dev && process.env.CONTENT_RELOAD_PORT && <ContentReload port={Number(process.env.CONTENT_RELOAD_PORT)} />}
      </body>
    </html>
  );
}
