import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { RootDocument } from '@/components/site/root-document';
import { getProblemReport, getSiteMetadata } from '@/lib/server/source';
import '../globals.css';

/** The Chinese edition's root layout: every page outside /en/ (URLs unchanged by the route group). */
export const metadata: Metadata = getSiteMetadata('zh');

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#fafaf9',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const problems = process.env.NODE_ENV === 'development' ? getProblemReport() : undefined;
  return (
    <RootDocument lang="zh" problems={problems}>
      {children}
    </RootDocument>
  );
}
